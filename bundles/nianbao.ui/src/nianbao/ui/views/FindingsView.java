// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

import nianbao.check.Auditor;
import nianbao.check.BatchAudit;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Severity;
import nianbao.check.Triage;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;
import nianbao.extract.Extraction;
import nianbao.format.FormatLibrary;
import nianbao.read.LineMap;
import nianbao.results.ResultFiles;
import nianbao.ui.Messages;
import nianbao.ui.SeverityIcons;
import nianbao.ui.TriageStore;
import nianbao.ui.editors.ReportEditor;
import nianbao.workspace.AuditMarkers;
import nianbao.workspace.ProjectAudit;

/**
 * 问题 (Findings): the findings of the active report, of its whole project or of an audited folder;
 * grouped by report, rule or severity and filtered by text. Double-clicking a finding opens its
 * report at its cell with the operand cells highlighted. Findings are confirmed or dismissed with a
 * reason (kept in the triage file the headless runner honours) and exported to CSV, Excel, HTML or
 * SARIF exactly as the runner writes them.
 */
public class FindingsView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "nianbao.ui.findingsView";

	/** The key of the grouping in the view's saved state. */
	private static final String GROUPING = "grouping";

	private TreeViewer viewer;
	private Text filter;
	private Combo grouping;
	private Label status;
	private IAction projectScope;

	/** The audits shown, and the formats they were audited with (for the export). */
	private List<ReportAudit.Assessed> audits = List.of();
	/** The reports of the audits shown that could not be assessed: listed first, never taken for clean. */
	private List<ReportAudit.NotAssessed> unassessed = List.of();
	private FormatLibrary formats;
	/** What the summary line says first about the audits shown (a folder's batch), or "". */
	private String scope = "";
	/** The audit project shown from its markers, or null when the view shows audits it holds. */
	private IProject project;
	private List<FindingRow> rows = List.of();
	private ReportEditor editor;

	/** Shows the project's findings again when the builder has marked its reports anew. */
	private final IResourceChangeListener markersChanged = event -> {
		IProject shown = project;
		if (shown != null && event.getDelta() != null
				&& event.findMarkerDeltas(AuditMarkers.PROBLEM, true).length > 0) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (project == shown && !viewer.getControl().isDisposed()) {
					reload();
				}
			});
		}
	};

	/** Shows the report of the editor shown again when it was audited again (after a correction). */
	private final IPropertyListener audited = (source, property) -> {
		if (property == ReportEditor.PROP_AUDIT && source == editor && !viewer.getControl().isDisposed()) {
			show(editor);
		}
	};

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof ReportEditor report && report != editor) {
				show(report);
			}
		}
	};

	/** The grouping the view had when the workbench was last closed, if any. */
	private String savedGrouping;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		savedGrouping = memento == null ? null : memento.getString(GROUPING);
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		memento.putString(GROUPING, selectedGrouping().name());
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.findings_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> refresh());
		new Label(parent, SWT.NONE).setText(Messages.findings_groupBy);
		grouping = new Combo(parent, SWT.READ_ONLY);
		for (Grouping g : Grouping.values()) {
			grouping.add(g.label);
		}
		grouping.select(Arrays.stream(Grouping.values()).filter(g -> g.name().equals(savedGrouping)).findFirst()
				.orElse(Grouping.NONE).ordinal());
		grouping.addModifyListener(e -> refresh());
		// the summary has a line of its own: a folder's counts and the extraction status are long
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);

		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		column(Messages.findings_severity, 110, r -> Messages.severity(r.severity()), g -> g.label() + " (" + g.rows().size() + ")",
				n -> Messages.findings_notAssessed, true);
		column(Messages.findings_rule, 110, FindingRow::ruleId, g -> "", n -> "");
		column(Messages.findings_subject, 180, FindingRow::subject, g -> "", n -> "");
		column(Messages.findings_message, 560, FindingRow::message, g -> "", ReportAudit.NotAssessed::reason);
		column(Messages.findings_report, 220, FindingRow::report, g -> "", n -> n.source().getFileName().toString());
		column(Messages.findings_line, 50, r -> String.valueOf(r.line()), g -> "", n -> "");
		column(Messages.findings_triage, 200, FindingRow::triageText, g -> "", n -> "");
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof FindingRow row) {
				open(row);
			}
		});
		// selecting a finding of the report in the editor highlights its cells there
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof FindingRow row && row.finding() != null
					&& editor != null && editor.audit().map(a -> a.source().equals(row.source())).orElse(false)) {
				editor.show(row.finding());
			}
		});
		getSite().setSelectionProvider(viewer);
		createActions();
		getSite().getPage().addPartListener(editors);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markersChanged, IResourceChangeEvent.POST_CHANGE);
		if (getSite().getPage().getActiveEditor() instanceof ReportEditor report) {
			show(report);
		}
	}

	private void createActions() {
		projectScope = new Action(Messages.findings_scopeProject, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				if (editor != null) {
					show(editor);
				}
			}
		};
		projectScope.setToolTipText(Messages.findings_scopeProject);
		projectScope.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(IDE.SharedImages.IMG_OBJ_PROJECT));
		IAction confirm = new Action(Messages.findings_confirm) {
			@Override
			public void run() {
				decide(selectedRows(), TriageStore.today(Triage.State.CONFIRMED, ""));
			}
		};
		IAction dismiss = new Action(Messages.findings_dismiss) {
			@Override
			public void run() {
				dismiss(selectedRows());
			}
		};
		IAction reopen = new Action(Messages.findings_reopen) {
			@Override
			public void run() {
				decide(selectedRows(), null);
			}
		};
		IAction export = new Action(Messages.findings_export) {
			@Override
			public void run() {
				export();
			}
		};
		export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		getViewSite().getActionBars().getToolBarManager().add(projectScope);
		getViewSite().getActionBars().getToolBarManager().add(export);
		MenuManager menu = new MenuManager();
		menu.add(confirm);
		menu.add(dismiss);
		menu.add(reopen);
		menu.add(export);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * Shows the findings of a report editor's report, or of its whole project when the view's
	 * project scope is on and the report is in an audit project.
	 */
	public void show(ReportEditor report) {
		if (editor != report) {
			if (editor != null) {
				editor.removePropertyListener(audited);
			}
			report.addPropertyListener(audited);
		}
		editor = report;
		Optional<IFile> file = report.file();
		if (projectScope.isChecked() && file.isPresent() && ProjectAudit.isAuditProject(file.get().getProject())) {
			showProject(file.get().getProject());
			return;
		}
		// before its audit, a report has no auditor yet: its formats are loaded in the audit's job
		show(report.audit().map(List::of).orElse(List.of()),
				Optional.ofNullable(report.auditor()).map(Auditor::formats).orElse(null));
	}

	/**
	 * Shows the findings of an audit project as its builder marked them: no report is audited again
	 * (the reports it could not assess are listed from their markers too).
	 */
	public void showProject(IProject shown) {
		this.scope = "";
		this.project = shown;
		this.audits = List.of();
		this.formats = null;
		reload();
	}

	/**
	 * Shows the findings of audits made with the given formats (an audited folder, a project), and the
	 * reports that could not be assessed.
	 */
	public void show(List<ReportAudit> audits, FormatLibrary formats) {
		show(audits, formats, "");
	}

	/**
	 * Shows the findings of audits made with the given formats, and the reports that could not be
	 * assessed, the summary line starting with what the audits were (a folder's batch, cancelled or done).
	 */
	public void show(List<ReportAudit> audits, FormatLibrary formats, String scope) {
		this.scope = scope;
		this.project = null;
		this.audits = audits.stream().flatMap(a -> a instanceof ReportAudit.Assessed assessed ? Stream.of(assessed)
				: Stream.empty()).toList();
		this.unassessed = audits.stream().flatMap(a -> a instanceof ReportAudit.NotAssessed not ? Stream.of(not)
				: Stream.empty()).toList();
		this.formats = formats;
		reload();
	}

	/** Reads the triage again (and a project's markers) and shows the rows. */
	private void reload() {
		List<FindingRow> all = new ArrayList<>();
		TriageFiles triage = TriageStore.current();
		if (project != null) {
			List<ReportAudit.NotAssessed> notAssessed = new ArrayList<>();
			for (IFile report : reports(project)) {
				Path source = report.getLocation().toFile().toPath();
				TriageFile governing = triage.governing(source);
				for (IMarker marker : markers(report, AuditMarkers.FINDING)) {
					all.add(FindingRow.of(marker, source, governing.of(marker.getAttribute(AuditMarkers.FINGERPRINT, ""))));
				}
				for (IMarker marker : markers(report, AuditMarkers.CANNOT_ASSESS)) {
					if (marker.getAttribute(AuditMarkers.RULE_ID, null) == null) {
						notAssessed.add(new ReportAudit.NotAssessed(source, marker.getAttribute(AuditMarkers.REASON, "")));
					}
				}
			}
			all.sort(Comparator.comparing(FindingRow::report));
			unassessed = notAssessed;
		}
		for (ReportAudit.Assessed audit : audits) {
			TriageFile governing = triage.governing(audit.source());
			LineMap lines = new LineMap(audit.report().getText());
			for (Finding finding : audit.findings()) {
				all.add(FindingRow.of(audit, lines, finding, governing.of(audit.source(), finding)));
			}
		}
		rows = all;
		refresh();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<FindingRow> shown = shownRows();
		List<ReportAudit.NotAssessed> notShown = shownUnassessed();
		viewer.setInput(Stream.concat(notShown.stream(), Arrays.stream(selectedGrouping().elements(shown))).toArray());
		viewer.expandAll();
		long errors = shown.stream().filter(r -> r.severity() == Severity.ERROR && !dismissed(r)).count();
		long warnings = shown.stream().filter(r -> r.severity() == Severity.WARNING && !dismissed(r)).count();
		// a dismissed finding counts as information, as its marker shows it
		long infos = shown.size() - errors - warnings;
		status.setText(scope + (shown.isEmpty() && unassessed.isEmpty() ? Messages.findings_none
				: NLS.bind(Messages.findings_count, new Object[] { shown.size(), errors, warnings, infos }))
				+ (unassessed.isEmpty() ? "" : NLS.bind(Messages.findings_unassessed, unassessed.size())) + extraction());
	}

	/** How completely the shown reports' tables were read: a report's status, or how many were read partly. */
	private String extraction() {
		List<Extraction> read = audits.stream().map(a -> Extraction.of(a.report())).toList();
		if (read.isEmpty()) {
			return "";
		}
		if (read.size() == 1) {
			Extraction one = read.getFirst();
			String detail = one.incomplete().stream().map(t -> t.key() + " " + t.read() + "/" + t.cells())
					.reduce((a, b) -> a + ", " + b).orElse("");
			return NLS.bind(Messages.findings_extraction, switch (one.status()) {
				case COMPLETE -> Messages.extraction_complete;
				case PARTIAL -> NLS.bind(Messages.extraction_partial, detail);
				case NOT_RECOGNISED -> Messages.extraction_not_recognised;
			});
		}
		long partly = read.stream().filter(e -> e.status() != Extraction.Status.COMPLETE).count();
		return NLS.bind(Messages.findings_extraction, NLS.bind(Messages.extraction_reports, partly));
	}

	private static boolean dismissed(FindingRow row) {
		return row.triage().map(Triage::dismissed).orElse(false);
	}

	private Grouping selectedGrouping() {
		return Grouping.values()[Math.max(0, grouping.getSelectionIndex())];
	}

	/** The reports that could not be assessed that the filter lets through (by file name or reason). */
	public List<ReportAudit.NotAssessed> shownUnassessed() {
		String needle = filter.getText().strip().toLowerCase();
		return unassessed.stream().filter(n -> needle.isEmpty() || n.reason().toLowerCase().contains(needle)
				|| n.source().getFileName().toString().toLowerCase().contains(needle)).toList();
	}

	/** The rows the filter lets through, in audit order. */
	public List<FindingRow> shownRows() {
		String text = filter.getText();
		return rows.stream().filter(r -> r.matches(text)).toList();
	}

	/** Shows the whole project of the report shown, or the report alone (as the toolbar button does). */
	public void setProjectScope(boolean whole) {
		projectScope.setChecked(whole);
		projectScope.run();
	}

	/** Sets the filter text (as typing into the filter field does). */
	public void setFilter(String text) {
		filter.setText(text);
	}

	/** Groups the rows (as choosing in the group box does). */
	public void setGrouping(String name) {
		grouping.select(Grouping.valueOf(name).ordinal());
		refresh();
	}

	/** The viewer's top-level elements: rows, or groups of rows. */
	public Object[] topLevel() {
		return (Object[]) viewer.getInput();
	}

	/** The reports of a project, or none if it is gone. */
	private static List<IFile> reports(IProject project) {
		try {
			return project.isOpen() ? ProjectAudit.reports(project) : List.of();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** A report's markers of a type, in the order of their lines. */
	private static List<IMarker> markers(IFile report, String type) {
		try {
			return Arrays.stream(report.findMarkers(type, false, IResource.DEPTH_ZERO))
					.sorted(Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0))).toList();
		} catch (CoreException e) {
			return List.of(); // the report is gone: it has no findings to show
		}
	}

	/**
	 * The audits of a batch of files: those done, of how many files, and whether it was cancelled
	 * before the end.
	 */
	public record Batch(List<ReportAudit> audits, int files, boolean cancelled) {

		/** What the batch came to: reports assessed (with findings among them), not assessed, and of how many. */
		public String summary() {
			long notAssessed = audits.stream().filter(ReportAudit.NotAssessed.class::isInstance).count();
			long withFindings = audits.stream()
					.filter(a -> a instanceof ReportAudit.Assessed assessed && !assessed.findings().isEmpty()).count();
			return NLS.bind(cancelled ? Messages.auditFolder_cancelled : Messages.auditFolder_done,
					new Object[] { audits.size() - notAssessed, withFindings, notAssessed, files });
		}
	}

	/**
	 * Audits files as a batch (series and all), with progress and cancel; the reports not assessed too.
	 * A cancelled batch keeps the reports audited until then.
	 */
	public static Batch audit(Auditor auditor, List<Path> files, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		List<ReportAudit> assessed = Collections.synchronizedList(new ArrayList<>());
		try {
			new BatchAudit(auditor, Runtime.getRuntime().availableProcessors()).run(files, assessed::add, (done, total) -> {
				progress.setTaskName(NLS.bind(Messages.auditFolder_progress, done, total));
				progress.worked(1);
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
			});
		} catch (OperationCanceledException e) {
			return new Batch(List.copyOf(assessed), files.size(), true);
		}
		return new Batch(List.copyOf(assessed), files.size(), false);
	}

	private List<FindingRow> selectedRows() {
		List<FindingRow> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof FindingRow row) {
				selected.add(row);
			} else if (element instanceof Grouping.Group group) {
				selected.addAll(group.rows());
			}
		}
		return selected;
	}

	/** Selects rows (as clicking them does). */
	public void select(List<FindingRow> selection) {
		viewer.setSelection(new StructuredSelection(selection), true);
	}

	private void dismiss(List<FindingRow> selected) {
		if (selected.isEmpty()) {
			return;
		}
		IInputValidator reasonGiven = text -> text.isBlank() ? Messages.findings_reasonNeeded : null;
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.findings_dismissTitle,
				NLS.bind(Messages.findings_dismissPrompt, selected.size(),
						TriageStore.location(selected.getFirst().source())),
				"", reasonGiven);
		if (dialog.open() == Window.OK) {
			decide(selected, TriageStore.today(Triage.State.DISMISSED, dialog.getValue().strip()));
		}
	}

	/** Records a decision about rows (null: withdraws it) and shows the rows with it. */
	public void decide(List<FindingRow> selected, Triage triage) {
		if (selected.isEmpty()) {
			return;
		}
		try {
			TriageStore.decide(selected.stream()
					.map(r -> new TriageStore.Decided(r.source(), r.fingerprint(), r.ruleId(), r.subject())).toList(), triage);
		} catch (IOException e) {
			if (TriageStore.offerToSetAside(getSite().getShell(), TriageStore.location(selected.getFirst().source()),
					e)) {
				decide(selected, triage);
				return;
			}
			MessageDialog.openError(getSite().getShell(), Messages.findings_triage,
					NLS.bind(Messages.findings_triageFailed, e.getMessage()));
		}
		reload();
	}

	/** Where the export dialog remembers the last export: the workbench's dialog settings of this view. */
	public static final String EXPORT_SETTINGS = "nianbao.ui.views.FindingsView.export";
	private static final String EXPORT_FOLDER = "folder";
	private static final String EXPORT_NAME = "name";

	private static IDialogSettings exportSettings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FindingsView.class)).getDialogSettings();
		IDialogSettings section = all.getSection(EXPORT_SETTINGS);
		return section != null ? section : all.addNewSection(EXPORT_SETTINGS);
	}

	private void export() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(Arrays.stream(ResultFiles.Kind.values()).map(k -> "*." + k.extension())
				.toArray(String[]::new));
		// the folder and name of the last export (its format too), else next to the reports shown, never in
		// the product's folder
		IDialogSettings settings = exportSettings();
		dialog.setFileName(Optional.ofNullable(settings.get(EXPORT_NAME)).orElse("审核结果.csv"));
		Optional.ofNullable(settings.get(EXPORT_FOLDER)).filter(folder -> Files.isDirectory(Path.of(folder)))
				.or(() -> rows.stream().map(r -> r.source().toAbsolutePath().getParent().toString()).findFirst())
				.ifPresent(dialog::setFilterPath);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			Path file = Path.of(chosen);
			export(file);
			MessageDialog.openInformation(getSite().getShell(), Messages.findings_export,
					NLS.bind(Messages.findings_exported, file));
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), Messages.findings_export,
					NLS.bind(Messages.findings_exportFailed, e.getMessage()));
		}
	}

	/**
	 * Writes the findings the view shows (filter applied), with the checks that lacked data, to a file
	 * whose extension names the format: csv, xlsx, html or sarif.
	 *
	 * @throws IOException if it cannot be written
	 * @throws IllegalArgumentException if the extension names no export format
	 */
	public void export(Path file) throws IOException {
		String name = file.getFileName().toString();
		ResultFiles.Kind kind = Arrays.stream(ResultFiles.Kind.values())
				.filter(k -> name.toLowerCase().endsWith("." + k.extension())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(name + ": the name ends in none of .csv .xlsx .html .sarif"));
		// the next export starts where this one went, in its format
		exportSettings().put(EXPORT_FOLDER, file.toAbsolutePath().getParent().toString());
		exportSettings().put(EXPORT_NAME, name);
		Set<String> shown = shownRows().stream().map(FindingRow::fingerprint).collect(Collectors.toSet());
		List<ReportAudit.Assessed> exported = audits;
		FormatLibrary exportedWith = formats;
		if (project != null) {
			// the markers name the findings; a file of results holds their reports' cells too: the
			// project's reports are audited for it, as the builder audited them
			Auditor auditor;
			try {
				auditor = ProjectAudit.auditor(project).correctedBy(TriageStore.current()::corrections);
			} catch (CoreException e) {
				throw new IOException(e.getMessage(), e);
			}
			List<Path> files = reports(project).stream().map(f -> f.getLocation().toFile().toPath()).toList();
			List<ReportAudit> audited = new ArrayList<>();
			try {
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(m -> audited.addAll(audit(auditor, files, m).audits()));
			} catch (InvocationTargetException e) {
				throw new IOException(e.getCause().getMessage(), e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			exported = audited.stream().flatMap(a -> a instanceof ReportAudit.Assessed x ? Stream.of(x) : Stream.empty()).toList();
			exportedWith = auditor.formats();
		}
		// the findings shown, and the checks that lacked data (which the runner reports too)
		List<ReportAudit> written = exported.stream().<ReportAudit>map(audit -> new ReportAudit.Assessed(audit.source(),
				audit.report(), audit.outcomes().stream()
						.filter(o -> o instanceof RuleOutcome.Failed f ? shown.contains(f.finding().fingerprint(audit.source()))
								: !(o instanceof RuleOutcome.CannotAssess c) || c.cause() == RuleOutcome.Cause.DATA)
						.toList()))
				.collect(Collectors.toCollection(ArrayList::new));
		written.addAll(shownUnassessed());
		// the columns headed as the view heads its own, in its language
		ResultFiles.write(kind, exportedWith, written, file, Messages::column);
	}

	/** Opens a finding's report at its place: its operand cells highlighted, or at its marker. */
	public void open(FindingRow row) {
		if (row.marker() != null) {
			try {
				IDE.openEditor(getSite().getPage(), row.marker());
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			}
			return;
		}
		ReportEditor report = ReportEditor.open(getSite().getPage(), row.source());
		if (report != null) {
			report.show(row.finding());
		}
	}

	private void column(String title, int width, Function<FindingRow, String> text,
			Function<Grouping.Group, String> groupText, Function<ReportAudit.NotAssessed, String> notAssessedText) {
		column(title, width, text, groupText, notAssessedText, false);
	}

	/** A column; the first shows each finding's severity as an icon too (a dismissed one as information). */
	private void column(String title, int width, Function<FindingRow, String> text,
			Function<Grouping.Group, String> groupText, Function<ReportAudit.NotAssessed, String> notAssessedText,
			boolean icons) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		// a click on the header sorts the findings by the column, a second click the other way round
		column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), text));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return switch (element) {
					case FindingRow row -> text.apply(row);
					case ReportAudit.NotAssessed not -> notAssessedText.apply(not);
					default -> groupText.apply((Grouping.Group) element);
				};
			}

			@Override
			public Image getImage(Object element) {
				return icons ? severityIcon(element) : null;
			}
		});
	}

	/** The workbench's icon of a row's severity, as the Problems view shows it; none for a group. */
	public Image severityIcon(Object element) {
		return switch (element) {
			case FindingRow row when dismissed(row) -> SeverityIcons.of(Severity.INFO);
			case FindingRow row -> SeverityIcons.of(row.severity());
			case ReportAudit.NotAssessed not -> SeverityIcons.of(Severity.ERROR);
			default -> null;
		};
	}

	/**
	 * Sorts the findings (within their groups) by a column's text, numbers as numbers; the reports not
	 * assessed stay first, the groups in their order. The same column again turns the order round.
	 */
	private void sortBy(TreeColumn column, Function<FindingRow, String> text) {
		Tree tree = viewer.getTree();
		int direction = tree.getSortColumn() == column && tree.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		tree.setSortColumn(column);
		tree.setSortDirection(direction);
		Comparator<String> byText = (a, b) -> a.matches("\\d+") && b.matches("\\d+")
				? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				if (a instanceof FindingRow x && b instanceof FindingRow y) {
					int order = byText.compare(text.apply(x), text.apply(y));
					return direction == SWT.UP ? order : -order;
				}
				return Boolean.compare(!(a instanceof ReportAudit.NotAssessed), !(b instanceof ReportAudit.NotAssessed));
			}
		});
		viewer.expandAll();
	}

	/** Sorts by the column with this title, as clicking its header does. */
	public void sortBy(String title) {
		for (TreeColumn column : viewer.getTree().getColumns()) {
			if (column.getText().equals(title)) {
				column.notifyListeners(SWT.Selection, new Event());
			}
		}
	}

	/** The summary line: how many findings of each severity, how the tables were read. */
	public String summary() {
		return status.getText();
	}

	/** The findings in the order the view shows them (groups expanded). */
	public List<FindingRow> shownInOrder() {
		List<FindingRow> rows = new ArrayList<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			if (item.getData() instanceof FindingRow row) {
				rows.add(row);
			}
			for (TreeItem child : item.getItems()) {
				if (child.getData() instanceof FindingRow row) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Grouping.Group group ? group.rows().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Grouping.Group;
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markersChanged);
		if (editor != null) {
			editor.removePropertyListener(audited);
		}
		super.dispose();
	}
}
