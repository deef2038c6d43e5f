// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import nianbao.check.TriageFile;
import nianbao.cli.Main;
import nianbao.testing.Samples;
import nianbao.ui.Messages;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.OpenAuditProjectHandler;
import nianbao.ui.views.FindingsView;
import nianbao.workspace.AuditMarkers;

/**
 * An auditor corrects a misread cell in the report editor's table page, in a real workbench: the
 * findings change at once in the table page, the text, the 问题 view and the Problems view's markers;
 * the correction is in the triage file next to the reports, survives closing everything (the project
 * too), and the headless runner honours it.
 */
class CorrectionTest {

	private static final String CARRIED_OVER = "表三 四、结转下年度继续办理 / 自然人";
	/** How the table page shows the cell corrected, in the workbench's language. */
	private static final String SHOWN = CARRIED_OVER + "=" + NLS.bind(Messages.correction_corrected, "0", "1");

	/** The audit project of the test that opens one. */
	private IProject project;

	@TempDir
	Path dir;

	@AfterEach
	void close() throws Exception {
		Workbench.closeAll(project);
	}

	/** The rule and subject of each finding marker of a report, and of each correction marker its message. */
	private static List<String> markers(IFile report) throws Exception {
		List<String> markers = new ArrayList<>();
		for (IMarker marker : report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO)) {
			markers.add(marker.getAttribute(AuditMarkers.RULE_ID, "") + " " + marker.getAttribute(AuditMarkers.SUBJECT, "")
					+ (marker.getAttribute(AuditMarkers.CORRECTED, false) ? " (corrected)" : ""));
		}
		for (IMarker marker : report.findMarkers(AuditMarkers.CORRECTION, false, IResource.DEPTH_ZERO)) {
			markers.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + " " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return markers.stream().sorted().toList();
	}

	/** Fills the dialog that opens next as an auditor does, then presses OK. */
	private static void whenTheDialogOpens(Consumer<List<Text>> fill) {
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			List<Text> fields = new ArrayList<>();
			List<Button> buttons = new ArrayList<>();
			collect(shell, fields, buttons);
			fill.accept(fields);
			Button ok = buttons.stream().filter(b -> b.getText().equals(IDialogConstants.OK_LABEL)).findFirst().orElseThrow();
			assertTrue(ok.isEnabled(), "OK with a number and a reason");
			ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	/** Presses a button of the dialog that opens next (after the one being filled), such as Yes of a question. */
	private static void thenPress(String label) {
		Display display = Display.getCurrent();
		display.asyncExec(() -> display.asyncExec(() -> {
			List<Button> buttons = new ArrayList<>();
			collect(display.getActiveShell(), new ArrayList<>(), buttons);
			buttons.stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow()
					.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		}));
	}

	/**
	 * A triage file that cannot be read is never written over: the workbench says so and, agreed,
	 * keeps it as a copy and starts a new one with the correction.
	 */
	@Test
	void anUnreadableTriageFileIsKeptAsACopyNotOverwritten() throws Exception {
		Path report = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"),
				dir.resolve("001_79dfd87bc59a18f9.txt"));
		String broken = "{\"decisions\": [ {\"fingerprint\": ";
		Files.writeString(dir.resolve(TriageFile.NAME), broken);
		ReportEditor editor = ReportEditor.open(page(), report);
		settle();
		whenTheDialogOpens(fields -> {
			fields.get(0).setText("0");
			fields.get(1).setText("原件为 0");
		});
		thenPress(Messages.triage_setAside);
		editor.correctCell(CARRIED_OVER);

		assertEquals(List.of(SHOWN), editor.correctedCells());
		assertEquals(1, TriageFile.read(dir.resolve(TriageFile.NAME)).corrections().size());
		try (var files = Files.list(dir)) {
			List<Path> copies = files.filter(f -> f.getFileName().toString().startsWith(TriageFile.NAME + ".unreadable-"))
					.toList();
			assertEquals(1, copies.size());
			assertEquals(broken, Files.readString(copies.getFirst()), "kept as it was");
		}
	}

	private static void collect(Control control, List<Text> fields, List<Button> buttons) {
		if (control instanceof Text text && (text.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
			fields.add(text);
		} else if (control instanceof Button button) {
			buttons.add(button);
		}
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(c -> collect(c, fields, buttons));
		}
	}

	@Test
	void aCellCorrectedInTheTablePageChangesTheFindingsEverywhereAndStays() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("济宁2020"));
		for (Path sample : Samples.textReports()) {
			Files.copy(sample, folder.resolve(sample.getFileName()));
		}
		project = OpenAuditProjectHandler.open(folder);
		settle();
		IFile report = project.getFile("001_79dfd87bc59a18f9.txt");
		List<String> before = markers(report);
		assertTrue(before.containsAll(List.of("NT-2 ", "T3-BAL 总计", "T3-BAL 自然人")), "the sample's truth: " + before);
		assertTrue(before.stream().noneMatch(m -> m.startsWith("T3-ROW") || m.contains("已更正")), before.toString());

		ReportEditor editor = assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), report));
settle();
		FindingsView view = (FindingsView) page().showView(FindingsView.ID);
		view.show(editor);
		assertTrue(editor.offeredCells().getFirst().startsWith("表三 四、结转下年度继续办理 / 总计 — 可疑单元格"),
				"the suspect cell is offered first: " + editor.offeredCells());

		// the auditor reads 0 on the page where the file says 1
		whenTheDialogOpens(fields -> {
			assertEquals("1", fields.get(0).getText(), "the field starts from what was read");
			fields.get(0).setText("0");
			fields.get(1).setText("原件第 4 页此格为 0");
		});
		editor.correctCell(CARRIED_OVER);

		// at once, in the editor's table page and the 问题 view
		assertEquals(List.of(SHOWN), editor.correctedCells());
		List<String> rows = view.shownRows().stream().map(r -> r.ruleId() + " " + r.subject()).toList();
		assertFalse(rows.contains("T3-BAL 自然人"), rows.toString());
		assertTrue(rows.contains("T3-ROW 四、结转下年度继续办理"), "the row no longer adds up: " + rows);
		assertTrue(view.shownRows().stream().filter(r -> r.ruleId().equals("T3-ROW"))
				.allMatch(r -> r.corrected()));

		// the builder's markers: the Problems view and the text page's annotations
		settle();
		List<String> corrected = List.of("59 已更正：" + CARRIED_OVER + " 读作“1”，审核员更正为 0：原件第 4 页此格为 0",
				"T3-ROW 四、结转下年度继续办理 (corrected)");
		List<String> markers = markers(report);
		assertTrue(markers.containsAll(corrected), markers.toString());
		assertFalse(markers.contains("T3-BAL 自然人"), markers.toString());
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> annotations = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof MarkerAnnotation m) {
				annotations.add(m.getMarker().getAttribute(AuditMarkers.RULE_ID, "-"));
			}
		});
		assertTrue(annotations.contains("T3-ROW"), annotations.toString());
		assertEquals(1, annotations.stream().filter("T3-BAL"::equals).count(), annotations.toString());

		// kept next to the reports: after closing the editor and the project, all is as it was
		assertEquals(1, TriageFile.read(folder.resolve(TriageFile.NAME)).corrections().size());
		page().closeAllEditors(false);
		project.close(null);
		project.open(null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		settle();
		assertEquals(markers, markers(report));
		ReportEditor reopened = assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), report));
		settle();
		assertEquals(List.of(SHOWN), reopened.correctedCells());

		// the headless runner on the same folder honours it
		Path out = dir.resolve("audit.txt");
		assertEquals(Main.FINDINGS, Main.run("audit", "-o", out.toString(), folder.toString()));
		String printed = Files.readString(out);
		assertTrue(printed.contains("001_79dfd87bc59a18f9.txt:59:15: info CORRECTED " + CARRIED_OVER), printed);
		assertFalse(printed.contains("T3-BAL 自然人列"), printed);

		// withdrawn, the cell is read from the file again
		reopened.withdrawCorrection(CARRIED_OVER);
		assertEquals(List.of(), reopened.correctedCells());
		assertTrue(view.shownRows().stream().anyMatch(r -> r.ruleId().equals("T3-BAL")
				&& r.subject().equals("自然人")));
	}

	/**
	 * A report whose 表三 could not be read at all (its rows cut out, as from a scan too poor for OCR):
	 * the whole table typed in from the original (the sample's hand-checked truth) gives the findings of
	 * the printed report.
	 */
	@Test
	void aWholeTableTypedInIsAudited() throws Exception {
		Path printed = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		String text = Files.readString(printed);
		Path report = dir.resolve("001_79dfd87bc59a18f9.txt");
		Files.writeString(report, text.substring(0, text.indexOf("(本列数据的勾稽关系为")) + text.substring(text.indexOf("四、政府信息公开行政复议")));
		ReportEditor editor = ReportEditor.open(page(), report);
		settle();
		FindingsView view = (FindingsView) page().showView(FindingsView.ID);
		view.show(editor);
		assertTrue(view.shownRows().stream().noneMatch(r -> r.ruleId().startsWith("T3-")));

		JsonObject truth = Samples.groundTruth(printed).table("table3");
		List<String> cells = new ArrayList<>();
		truth.entrySet().forEach(row -> row.getValue().getAsJsonObject().entrySet()
				.forEach(cell -> cells.add(cell.getValue().getAsString())));
		whenTheDialogOpens(fields -> {
			// a field per cell, row by row as the table prints them, then the reason
			assertEquals(cells.size() + 1, fields.size());
			for (int i = 0; i < cells.size(); i++) {
				fields.get(i).setText(cells.get(i));
			}
			fields.getLast().setText("扫描件无法识别，按原件录入");
		});
		editor.typeInTable("表三");

		assertEquals(cells.size(), editor.correctedCells().size());
		assertEquals(List.of("T3-BAL 总计", "T3-BAL 自然人"), view.shownRows().stream()
				.filter(r -> r.ruleId().startsWith("T3-")).map(r -> r.ruleId() + " " + r.subject())
				.sorted().toList());
		assertEquals(cells.size(), TriageFile.read(dir.resolve(TriageFile.NAME)).corrections().size());
	}
}
