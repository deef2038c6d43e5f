// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.DecorationContext;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.IDecorationContext;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Auditor;
import nianbao.check.ReportAudit;
import nianbao.format.ui.editor.FormatEditor;
import nianbao.format.ui.problems.ProblemAnnotations;
import nianbao.format.ui.problems.ProblemAnnotations.ProblemAnnotation;
import nianbao.formats.OfficialFormats;
import nianbao.read.ReportFiles;
import nianbao.testing.Samples;
import nianbao.ui.Messages;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.AuditFolderHandler;
import nianbao.ui.handlers.OpenAuditProjectHandler;
import nianbao.ui.handlers.TryFormatHandler;
import nianbao.ui.views.FindingRow;
import nianbao.ui.views.FindingsView;
import nianbao.workspace.AuditMarkers;

/**
 * A folder of reports opened as an audit project (markers, the report editor showing them, a broken
 * format file's error shown once in the format editor) and a
 * folder audited by the 审核文件夹 job, in a real workbench.
 */
class AuditProjectTest {

	@TempDir
	Path dir;

	private IProject project;

	@AfterEach
	void close() throws Exception {
		Workbench.closeAll(project);
	}

	/** The shared images a decorator lays over an element's icon. */
	private static List<String> overlays(ILightweightLabelDecorator decorator, Object element) {
		List<ImageDescriptor> added = new ArrayList<>();
		decorator.decorate(element, new IDecoration() {
			@Override
			public void addOverlay(ImageDescriptor overlay) {
				added.add(overlay);
			}

			@Override
			public void addOverlay(ImageDescriptor overlay, int quadrant) {
				added.add(overlay);
			}

			@Override
			public void addPrefix(String prefix) {
				// no text decorations
			}

			@Override
			public void addSuffix(String suffix) {
				// no text decorations
			}

			@Override
			public void setForegroundColor(Color color) {
				// no colours
			}

			@Override
			public void setBackgroundColor(Color color) {
				// no colours
			}

			@Override
			public void setFont(Font font) {
				// no fonts
			}

			@Override
			public IDecorationContext getDecorationContext() {
				return DecorationContext.DEFAULT_CONTEXT;
			}
		});
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return added.stream().map(d -> Stream.of(ISharedImages.IMG_DEC_FIELD_ERROR, ISharedImages.IMG_DEC_FIELD_WARNING)
				.filter(name -> images.getImageDescriptor(name).equals(d)).findFirst().orElse(d.toString())).toList();
	}

	private Path reports() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("济宁2020"));
		for (Path sample : Samples.textReports()) {
			Files.copy(sample, folder.resolve(sample.getFileName()));
		}
		return folder;
	}

	@Test
	void aFolderOpenedAsAnAuditProjectIsMarkedAndItsReportsShowTheMarkers() throws Exception {
		project = OpenAuditProjectHandler.open(reports());
		settle();
		IFile report = project.getFile("001_79dfd87bc59a18f9.txt");
		List<String> errors = new ArrayList<>();
		for (IMarker marker : report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				errors.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + " " + marker.getAttribute(AuditMarkers.RULE_ID, ""));
			}
		}
		assertEquals(List.of("37 T3-BAL", "37 T3-BAL", "59 NT-2"), errors.stream().sorted().toList());

		// the Project Explorer lists the project with its reports
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().refresh();
		explorer.getCommonViewer().expandToLevel(project, 1);
		TreeItem projectItem = Arrays.stream(explorer.getCommonViewer().getTree().getItems())
				.filter(item -> item.getText().equals(project.getName())).findFirst().orElseThrow(
						() -> new AssertionError("not in the Project Explorer: " + project.getName()));
		assertTrue(Arrays.stream(projectItem.getItems()).anyMatch(item -> item.getText().equals("001_79dfd87bc59a18f9.txt")),
				Arrays.toString(projectItem.getItems()));

		// the Project Explorer's decorations: 001 has errors, 004 only a warning (ID-1), the project its worst
		ILightweightLabelDecorator decorator = PlatformUI.getWorkbench().getDecoratorManager()
				.getLightweightLabelDecorator("nianbao.ui.findingsDecorator");
		assertEquals(List.of(ISharedImages.IMG_DEC_FIELD_ERROR), overlays(decorator, report));
		assertEquals(List.of(ISharedImages.IMG_DEC_FIELD_WARNING), overlays(decorator, project.getFile("004_19bd55d77ac0ead4.txt")));
		assertEquals(List.of(ISharedImages.IMG_DEC_FIELD_ERROR), overlays(decorator, project));

		// the Problems view opens the report in the report editor, which draws the markers with their operands
		ReportEditor editor = assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), report));
settle();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> texts = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof MarkerAnnotation m && m.getMarker().getAttribute(AuditMarkers.RULE_ID, "").equals("T3-BAL")) {
				texts.add(a.getText());
			}
		});
		assertEquals(2, texts.size(), "自然人 and 总计");
		for (String text : texts) {
			assertTrue(text.startsWith("T3-BAL ") && text.contains("\n  左边：表三 一、本年新收政府信息公开申请数量 / "),
					"with its operands: " + text);
		}
		page().closeAllEditors(false);

		// the Problems view's double-click: the report opens on its text page, at the marker's cell
		IMarker nt2 = Arrays.stream(report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("NT-2")).findFirst().orElseThrow();
		ReportEditor atMarker = assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), nt2));
		settle();
		ITextSelection selection = (ITextSelection) atMarker.text().getSelectionProvider().getSelection();
		assertEquals(59, selection.getStartLine() + 1);
		assertEquals("1", selection.getText(), "结转下年度 总计");
	}

	/**
	 * The 问题 view's project scope lists the project's findings from the builder's markers: every
	 * finding marker once, the report that could not be assessed first — and no report is audited for it.
	 */
	@Test
	void theProjectScopeOfTheFindingsViewFillsFromTheMarkersWithoutAnAudit() throws Exception {
		Path folder = reports();
		Files.writeString(folder.resolve("半截.pdf"), "%PDF-1.7\n1 0 obj");
		project = OpenAuditProjectHandler.open(folder);
		settle();
		List<String> marked = new ArrayList<>();
		for (IResource member : project.members()) {
			for (IMarker marker : member.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO)) {
				marked.add(member.getName() + " " + marker.getAttribute(AuditMarkers.RULE_ID, "") + " "
						+ marker.getAttribute(AuditMarkers.SUBJECT, ""));
			}
		}
		ReportEditor editor = ReportEditor.open(page(), folder.resolve("001_79dfd87bc59a18f9.txt"));
		settle();
		FindingsView view = (FindingsView) page().showView(FindingsView.ID);
		view.show(editor);
		long audited = Auditor.audited();
		view.setProjectScope(true);
		settle();
		assertEquals(audited, Auditor.audited(), "the project's reports were audited again");
		assertEquals(marked.stream().sorted().toList(), view.shownRows().stream()
				.map(r -> r.report() + " " + r.ruleId() + " " + r.subject()).sorted().toList());
		assertEquals(List.of("半截.pdf"), view.shownUnassessed().stream().map(n -> n.source().getFileName().toString()).toList());
		// an export writes what the view shows, as the runner writes it (the reports audited for the file)
		Path csv = dir.resolve("项目.csv");
		view.export(csv);
		String exported = Files.readString(csv);
		assertTrue(marked.stream().allMatch(m -> exported.contains(m.split(" ")[1])), exported);
		assertTrue(exported.contains("半截.pdf"), exported);
		// a row from a marker opens the report at the marker
		FindingRow nt2 = view.shownRows().stream().filter(r -> r.ruleId().equals("NT-2")).findFirst().orElseThrow();
		view.open(nt2);
		settle();
		ReportEditor atMarker = (ReportEditor) page().getActiveEditor();
		assertEquals(59, ((ITextSelection) atMarker.text().getSelectionProvider().getSelection()).getStartLine() + 1);
		view.setProjectScope(false);
	}

	@Test
	void aBrokenFormatFileIsListedAsAMarkerAndShownOnceInTheFormatEditor() throws Exception {
		Path folder = reports();
		Files.writeString(folder.resolve("own.nbformat"), "format \"own\" basedOn \"2021\" {\n  nonsense\n}\n");
		project = OpenAuditProjectHandler.open(folder);
		settle();
		IFile format = project.getFile("own.nbformat");
		List<Integer> markerLines = Arrays.stream(format.findMarkers(AuditMarkers.FORMAT_PROBLEM, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)).distinct().toList();
		assertEquals(List.of(2), markerLines, "the builder's marker, which the Problems view lists");

		FormatEditor editor = assertInstanceOf(FormatEditor.class, IDE.openEditor(page(), format));
		long end = System.currentTimeMillis() + 20_000;
		while (editor.analysis() == null && System.currentTimeMillis() < end) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertTrue(editor.analysis() != null, "the editor analysed the file");
		IDocument document = editor.viewer().getDocument();
		IAnnotationModel model = editor.viewer().getAnnotationModel();
		List<String> shown = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (ProblemAnnotations.TYPES.contains(a.getType()) || a instanceof MarkerAnnotation) {
				try {
					shown.add((a instanceof ProblemAnnotation ? "editor" : "marker") + " line "
							+ (document.getLineOfOffset(model.getPosition(a).getOffset()) + 1));
				} catch (BadLocationException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		assertEquals(List.of("editor line 2"), shown, "the error once, from the editor's own analysis");
	}

	@Test
	void theAuditFolderJobShowsTheFindingsOfEveryReport() throws Exception {
		Job job = AuditFolderHandler.schedule(page(), reports());
		job.join();
		settle();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		FindingsView view = (FindingsView) page().findView(FindingsView.ID);
		view.setGrouping("REPORT");
		// the samples with findings: 001 (nine), 002, 003, 004; 000 has none
		assertEquals(4, view.topLevel().length);
		assertEquals(9, view.shownRows().stream().filter(r -> r.report().startsWith("001")).count());
		view.setGrouping("NONE");
	}

	/**
	 * 在报告上试运行…: the format being edited, as its text stands (here with a rule the saved file has not),
	 * audits a folder of reports; the findings view lists where the rule fired.
	 */
	@Test
	void theFormatBeingEditedIsTriedOnAFolderOfReports(@TempDir Path formats) throws Exception {
		Path file = Files.writeString(formats.resolve("local.nbformat"), "format \"本地\" basedOn \"2021\" {\n}\n");
		String edited = "format \"本地\" basedOn \"2021\" {\n    rule LOCAL-1 warning \"本年未收到申请\" : 表三.新收[总计] == 0\n}\n";
		Job job = AuditFolderHandler.schedule(page(), List.of(reports()), "try", summary -> summary,
				TryFormatHandler.auditor(file, edited));
		job.join();
		settle();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		FindingsView view = (FindingsView) page().findView(FindingsView.ID);
		// the samples in the 2021 format (000, 003, 004) all received applications; 001 and 002 are 2019-trial
		assertEquals(List.of("000", "003", "004"), view.shownRows().stream().filter(r -> r.ruleId().equals("LOCAL-1"))
				.map(r -> r.report().substring(0, 3)).sorted().toList());
	}

	/**
	 * 在示例报告上试运行: without sample reports beside the product (the test runtime has none) the command is
	 * disabled; with them, it audits them with the format in the editor as it stands.
	 */
	@Test
	void theFormatBeingEditedIsTriedOnTheSampleReports() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Path install = Path.of(Platform.getInstallLocation().getURL().getPath());
		Path samples = install.resolve("samples");
		assertNull(TryFormatHandler.samples());
		project = OpenAuditProjectHandler.open(reports());
		Files.writeString(project.getFile("local.nbformat").getLocation().toFile().toPath(),
				"format \"本地\" basedOn \"2021\" {\n}\n");
		project.refreshLocal(IResource.DEPTH_ONE, null);
		FormatEditor editor = assertInstanceOf(FormatEditor.class, IDE.openEditor(page(), project.getFile("local.nbformat")));
		editor.viewer().getDocument().set("format \"本地\" basedOn \"2021\" {\n    rule LOCAL-1 warning \"本年未收到申请\" : 表三.新收[总计] == 0\n}\n");
		settle();
		assertFalse(commands.getCommand("nianbao.ui.trySamples").isEnabled(), "no samples, no command");
		try {
			Files.createDirectories(samples);
			for (Path sample : Samples.textReports()) {
				Files.copy(sample, samples.resolve(sample.getFileName()));
			}
			assertEquals(samples, TryFormatHandler.samples());
			handlers.executeCommand("nianbao.ui.trySamples", null);
			String name = NLS.bind(Messages.tryFormat_job, "local.nbformat", samples);
			for (Job job : Job.getJobManager().find(null)) {
				if (job.getName().equals(name)) {
					job.join();
				}
			}
			settle();
			FindingsView view = (FindingsView) page().findView(FindingsView.ID);
			// the samples in the 2021 format (000, 003, 004) all received applications; 001 and 002 are 2019-trial
			assertEquals(List.of("000", "003", "004"), view.shownRows().stream().filter(r -> r.ruleId().equals("LOCAL-1"))
					.map(r -> r.report().substring(0, 3)).sorted().toList());
		} finally {
			try (Stream<Path> files = Files.list(samples)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(samples);
			editor.doRevertToSaved();
		}
	}

	/** Reports the job cannot assess are listed, first and with the reason, never left out as if clean. */
	@Test
	void theAuditFolderJobListsTheReportsItCouldNotAssess() throws Exception {
		Path folder = reports();
		Files.createFile(folder.resolve("空白.txt"));
		Files.writeString(folder.resolve("半截.pdf"), "%PDF-1.7\n1 0 obj");
		Job job = AuditFolderHandler.schedule(page(), folder);
		job.join();
		settle();
		FindingsView view = (FindingsView) page().findView(FindingsView.ID);
		assertEquals(List.of("半截.pdf", "空白.txt"), view.shownUnassessed().stream()
				.map(n -> n.source().getFileName().toString()).sorted().toList());
		List<Object> top = Arrays.asList(view.topLevel());
		assertInstanceOf(ReportAudit.NotAssessed.class, top.get(0), "listed first");
		assertInstanceOf(ReportAudit.NotAssessed.class, top.get(1));
		assertEquals(2 + view.shownRows().size(), top.size(), "the findings stay listed beside them");
		assertEquals(9, view.shownRows().stream().filter(r -> r.report().startsWith("001")).count());
		// the summary says what the folder came to: five samples assessed, four with findings, two not
		assertTrue(view.summary().startsWith(NLS.bind(Messages.auditFolder_scope, folder.getFileName(),
				NLS.bind(Messages.auditFolder_done, new Object[] { 5, 4, 2, 7 }))), view.summary());
	}

	/** A folder audit cancelled midway keeps the reports it audited, and says how far it came. */
	@Test
	void aCancelledFolderAuditKeepsWhatItAuditedAndSaysSo() throws Exception {
		List<Path> files = ReportFiles.collect(List.of(reports()));
		NullProgressMonitor cancelAfterOne = new NullProgressMonitor() {
			private int worked;

			@Override
			public void worked(int work) {
				worked += work;
			}

			@Override
			public boolean isCanceled() {
				return worked >= 1;
			}
		};
		FindingsView.Batch batch = FindingsView.audit(new Auditor(OfficialFormats.library()), files, cancelAfterOne);
		assertTrue(batch.cancelled());
		assertTrue(batch.audits().size() >= 1 && batch.audits().size() < files.size(), batch.audits().toString());
		assertTrue(batch.summary().startsWith(NLS.bind(Messages.auditFolder_cancelled, new Object[] {
				batch.audits().size(), batch.audits().stream().filter(a -> a instanceof ReportAudit.Assessed x && !x.findings().isEmpty())
						.count(), 0, files.size() })), batch.summary());
	}
}
