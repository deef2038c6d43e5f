// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nianbao.check.Auditor;
import nianbao.check.Correction;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.format.FormatLibrary;
import nianbao.format.TableStructure;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.Format;
import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.model.SourceRange;
import nianbao.ui.Messages;
import nianbao.ui.TriageStore;
import nianbao.workspace.AuditMarkers;

/**
 * The auditor's editor of a report: page 原文 shows the report's text with its findings marked
 * ({@link ReportTextPage}), page 表格 the tables extracted from it as grids ({@link TablePage}), where
 * misread cells are corrected.
 */
public class ReportEditor extends MultiPageEditorPart implements IGotoMarker {

	/** The editor's id in plugin.xml. */
	public static final String ID = "nianbao.ui.reportEditor";

	/** The property that changes when the report was audited again (after a correction). */
	public static final int PROP_AUDIT = 0x4e42;

	/** Annotation types of a shown finding's cells. */
	public static final String TARGET = ReportTextPage.TARGET;
	public static final String OPERAND = ReportTextPage.OPERAND;

	private ReportTextPage text;
	private TablePage tables;
	/** The PDF's pages, for a PDF report; null otherwise. */
	private PdfPages pdf;
	private int pdfIndex = -1;
	/** The tables of a Word, Excel or HTML report as the file has them; null otherwise. */
	private FileTables fileTables;
	/** The Outline's page of the report. */
	private ReportOutline outline;
	/** A marker to go to once the report is read and audited (its text and a PDF's pages come with the audit). */
	private IMarker pendingMarker;

	/**
	 * Opens a report in the report editor: as a workspace file where it is one (so that the project's
	 * formats and markers apply), else as a file outside the workspace.
	 *
	 * @return the editor, or null if the report could not be opened (the workbench says why)
	 */
	public static ReportEditor open(IWorkbenchPage page, Path report) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(report.toUri());
			String id = id(report);
			IEditorPart editor = files.length > 0 && files[0].exists() ? IDE.openEditor(page, files[0], id)
					: IDE.openEditor(page, new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(report.toUri())), id);
			// an editor that failed while it was made is the platform's error part, which says why
			return editor instanceof ReportEditor opened ? opened : null;
		} catch (PartInitException e) {
			return null;
		}
	}

	/**
	 * The report editor's entry for a kind of file (plugin.xml has one per kind, with its icon), so that
	 * the editor's tab shows the file's kind; {@link #ID} for a file of no declared kind.
	 */
	private static String id(Path report) {
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor(report.getFileName().toString());
		return editor != null && editor.getId().startsWith(ID) ? editor.getId() : ID;
	}

	@Override
	protected void createPages() {
		text = new ReportTextPage();
		try {
			setPageText(addPage(text, getEditorInput()), Messages.editor_text);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		setPartName(partName());
		setTitleToolTip(reportPath());
		// the text shows at once; the tables and pages follow the audit, which runs in a job
		((ReportDocumentProvider) text.getDocumentProvider()).whenAudited(getEditorInput(), this::audited);
	}

	/** The report's audit is done: its tables, and a PDF's pages, join the text; the 问题 view follows. */
	private void audited() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (text.audit().orElse(null) instanceof ReportAudit.Assessed assessed) {
			Composite container = getContainer();
			tables = new TablePage(container, assessed, this::showInText, this::correct, this::columnGroup);
			setPageText(addPage(tables.control()), Messages.editor_tables);
			if (assessed.source().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
				addPdfPages(container, assessed);
			}
			((ReportDocumentProvider) text.getDocumentProvider()).document(getEditorInput()).filter(FileTables::shows)
					.ifPresent(document -> {
						fileTables = new FileTables(container, document, assessed);
						setPageText(addPage(fileTables.control()), Messages.editor_fileTables);
					});
		}
		if (outline != null) {
			outline.show(text.audit().orElse(null));
		}
		if (pendingMarker != null) {
			gotoMarker(pendingMarker);
		}
		pendingMarker = null;
		firePropertyChange(PROP_AUDIT);
	}

	/** The official label of the group a column of a report's table belongs to in its format, or null. */
	private String columnGroup(nianbao.model.Table table, nianbao.model.Column column) {
		Report report = (Report) table.eContainer();
		FormatLibrary formats = auditor().formats();
		Format format = report.getFormatId() == null ? null : formats.byId(report.getFormatId()).orElse(null);
		nianbao.format.language.Table official = format == null ? null : formats.table(format, table.getKey());
		if (official == null) {
			return null;
		}
		return TableStructure.leafColumns(official).stream().filter(c -> c.getName().equals(column.getKey())).findFirst()
				.filter(c -> c.eContainer() instanceof ColumnGroup).map(c -> TableStructure.label(c.eContainer())).orElse(null);
	}

	/** A PDF report opens on its pages as printed, the findings' boxes drawn on them. */
	private void addPdfPages(Composite container, ReportAudit.Assessed assessed) {
		try {
			pdf = new PdfPages(container, assessed.source(), assessed);
		} catch (IOException | RuntimeException e) {
			// the file changed since it was read: the text and tables pages show the report as read
			return;
		}
		pdfIndex = addPage(pdf.control());
		setPageText(pdfIndex, Messages.editor_pages);
		setActivePage(pdfIndex);
	}

	/**
	 * Records corrections of the report's cells (and withdraws others) in its triage file, and audits
	 * the report again at once: the table page, the text's findings and the 问题 view follow; the
	 * builder renews the project's markers.
	 */
	private void correct(List<Correction> corrections, List<Correction> withdrawn) {
		Optional<ReportAudit> audit = audit();
		if (audit.isEmpty()) {
			return;
		}
		Path source = audit.get().source();
		try {
			TriageStore.correct(source, corrections, withdrawn);
		} catch (IOException e) {
			if (!TriageStore.offerToSetAside(getSite().getShell(), TriageStore.location(source), e)) {
				MessageDialog.openError(getSite().getShell(), Messages.correction_title,
						NLS.bind(Messages.correction_failed, e.getMessage()));
				return;
			}
			correct(corrections, withdrawn);
			return;
		}
		reaudit();
	}

	/** Audits the report again, as read when opened, with the corrections as they are now. */
	public void reaudit() {
		((ReportDocumentProvider) text.getDocumentProvider()).reaudit(getEditorInput());
		if (tables != null && audit().orElse(null) instanceof ReportAudit.Assessed assessed) {
			tables.show(assessed);
			if (pdf != null) {
				pdf.show(assessed);
			}
			if (fileTables != null) {
				fileTables.show(assessed);
			}
			if (outline != null) {
				outline.show(assessed);
			}
		}
		firePropertyChange(PROP_AUDIT);
	}

	/** Opens the correction dialog of a cell of the table page, by its label ("表三 … / 自然人"), as its context menu does. */
	public void correctCell(String label) {
		Cell cell = tables == null ? null : tables.cell(label);
		if (cell == null) {
			throw new IllegalArgumentException("no cell " + label);
		}
		setActivePage(1);
		tables.correct(cell, tables.whyOffered(cell));
	}

	/** Withdraws the correction of a cell of the table page, by its label, as its context menu does. */
	public void withdrawCorrection(String label) {
		if (tables != null) {
			tables.withdraw(tables.cell(label));
		}
	}

	/** Opens the dialog that types in a whole table, by its key (表三), as the table page's context menu does. */
	public void typeInTable(String key) {
		setActivePage(1);
		tables.typeIn(tables.table(key));
	}

	/** What the table page shows in the corrected cells, as {@code label=shown}. */
	public List<String> correctedCells() {
		return tables == null ? List.of() : tables.corrected();
	}

	/** The cells the table page offers for correction first, as it lists them. */
	public List<String> offeredCells() {
		return tables == null ? List.of() : tables.offered();
	}

	/** The text page. */
	public ReportTextPage text() {
		return text;
	}

	/** The document provider of the text page (the report's canonical text and its annotations). */
	public IDocumentProvider getDocumentProvider() {
		return text.getDocumentProvider();
	}

	/** The audit of the report this editor shows. */
	public Optional<ReportAudit> audit() {
		return text.audit();
	}

	/** The auditor the report was audited with: its project's, or the official formats'. */
	public Auditor auditor() {
		return text.auditor();
	}

	/** The workspace file shown, if it is one. */
	public Optional<IFile> file() {
		return getEditorInput() instanceof IFileEditorInput input ? Optional.of(input.getFile()) : Optional.empty();
	}

	/**
	 * Shows a finding: its cell selected in the text, its operand cells highlighted in text and tables;
	 * for a PDF, its page with the boxes of its target and operands, which is the page then shown.
	 */
	public void show(Finding finding) {
		text.show(finding);
		if (tables != null) {
			tables.mark(finding);
		}
		if (fileTables != null) {
			fileTables.mark(finding);
		}
		if (pdf != null) {
			pdf.show(finding);
			setActivePage(pdfIndex);
		} else {
			setActivePage(0);
		}
	}

	/** Selects and reveals a range of the report's text, on the text page. */
	private void showInText(SourceRange range) {
		setActivePage(0);
		text.show(range);
	}

	/** The table page's tab labels. */
	public List<String> tableTabs() {
		return tables == null ? List.of() : tables.tabs();
	}

	/** A table page tab's column headers, then its rows indented under their groups. */
	public List<String> tableOutline(String tab) {
		return tables == null ? List.of() : tables.outline(tab);
	}

	/** The cells of the table page with a mark: "target", "operand", "error", "warning" or "info". */
	public List<String> markedCells(String mark) {
		return tables == null ? List.of() : tables.marked(TablePage.Mark.valueOf(mark.toUpperCase()));
	}

	/** Opens the table cell whose text starts at {@code offset} in the text, as double-clicking it does. */
	public void openCell(int offset) {
		if (tables != null) {
			setActivePage(1);
			tables.open(offset);
		}
	}

	/** The label of the table page's tab in front. */
	public String selectedTableTab() {
		return tables == null ? "" : tables.selectedTab();
	}

	/** Whether the table page is the one shown. */
	public boolean showsTables() {
		return getActivePage() == 1;
	}

	/**
	 * Shows a marker's place (the Problems view's double-click): selected on the text page, and for a
	 * PDF on its page with its box, which is the page then shown.
	 */
	@Override
	public void gotoMarker(IMarker marker) {
		if (text.audit().isEmpty()) {
			// the report is still being read: its text, with the marker's place, comes with its audit
			pendingMarker = marker;
			return;
		}
		setActivePage(0);
		IDE.gotoMarker(text, marker);
		int page = marker.getAttribute(AuditMarkers.PAGE, 0);
		if (pdf != null && page > 0) {
			String[] box = marker.getAttribute(AuditMarkers.BOX, "0,0,0,0").split(",");
			pdf.show(page, Double.parseDouble(box[1]));
			setActivePage(pdfIndex);
		}
	}

	/**
	 * The cells of the page of the file's own tables (Word, Excel, HTML) with a mark ("target", "operand",
	 * "error", "warning", "info"), as "place=text" (表格 1 第 5 行第 3 列=19); none for other reports.
	 */
	public List<String> fileTableCells(String mark) {
		return fileTables == null ? List.of() : fileTables.marked(TablePage.Mark.valueOf(mark.toUpperCase(Locale.ROOT)));
	}

	/** The Outline's entries: each heading, then its entries indented (parts, tables, findings). */
	public List<String> outline() {
		return outline == null ? List.of() : outline.lines();
	}

	/** Chooses an Outline entry by its text, as clicking it does. */
	public void chooseInOutline(String entry) {
		if (outline != null) {
			outline.choose(entry);
		}
	}

	/** Whether the PDF's pages are the page shown. */
	public boolean showsPdfPages() {
		return pdf != null && getActivePage() == pdfIndex;
	}

	/** The PDF page shown (from 1), or 0 for a report that is not a PDF. */
	public int pdfPage() {
		return pdf == null ? 0 : pdf.page();
	}

	/**
	 * The boxes drawn on the PDF page shown, as "mark x,y,width,height" in whole points (mark: error,
	 * warning, info, target, operand).
	 */
	public List<String> pdfBoxes() {
		return pdf == null ? List.of()
				: pdf.boxes().stream().map(b -> b.mark().name().toLowerCase(Locale.ROOT) + " " + Math.round(b.x()) + ","
						+ Math.round(b.y()) + "," + Math.round(b.width()) + "," + Math.round(b.height())).toList();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new ReportOutline(this::showInText, this::show);
				outline.show(text == null ? null : text.audit().orElse(null));
			}
			return adapter.cast(outline);
		}
		// Find/Replace and the other text actions work on the text page while it is shown
		return text != null && getActivePage() <= 0 ? text.getAdapter(adapter) : super.getAdapter(adapter);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		setPartName(input.getName());
	}

	/**
	 * The tab's name: the file's, and where another open report has the same name (the same agency's
	 * report saved twice, two years' "年报.pdf"), its folder's too — in both tabs.
	 */
	private String partName() {
		String name = getEditorInput().getName();
		List<ReportEditor> twins = Arrays.stream(getSite().getPage().getEditorReferences()).map(r -> r.getEditor(false))
				.flatMap(e -> e instanceof ReportEditor other && other != this && other.getEditorInput().getName().equals(name)
						? Stream.of(other) : Stream.empty())
				.toList();
		twins.forEach(ReportEditor::nameWithFolder);
		return twins.isEmpty() ? name : withFolder(name);
	}

	/** Names the tab by its file and folder, as a report of the same name is opened beside it. */
	private void nameWithFolder() {
		setPartName(withFolder(getEditorInput().getName()));
	}

	private String withFolder(String name) {
		Path folder = Path.of(reportPath()).getParent();
		return folder != null && folder.getFileName() != null ? name + " — " + folder.getFileName() : name;
	}

	/** The report's file as a path, or its name where the input has no file. */
	private String reportPath() {
		return getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())
				? Path.of(input.getURI()).toString() : getEditorInput().getName();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a report is read, never written
	}

	@Override
	public void doSaveAs() {
		// a report is read, never written
	}
}
