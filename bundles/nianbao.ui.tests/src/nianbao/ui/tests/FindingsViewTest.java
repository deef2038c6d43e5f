// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import nianbao.check.Triage;
import nianbao.check.TriageFile;
import nianbao.testing.Samples;
import nianbao.ui.Messages;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.views.FindingRow;
import nianbao.ui.views.FindingsView;

/** The 问题 view on 济宁 2020 (sample 001): grouping, filter, the shown finding's cells, triage, export. */
class FindingsViewTest {

	@TempDir
	Path dir;

	private ReportEditor editor;
	private FindingsView view;

	@BeforeEach
	void open001() throws Exception {
		Path report = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), dir.resolve("001.txt"));
		editor = ReportEditor.open(page(), report);
		settle();
		view = (FindingsView) page().showView(FindingsView.ID);
		view.show(editor);
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		view.setFilter("");
		view.setGrouping("NONE");
	}

	private FindingRow row(String rule) {
		return view.shownRows().stream().filter(r -> r.ruleId().equals(rule)).findFirst().orElseThrow();
	}

	@Test
	void groupsAndFilters() {
		view.setGrouping("RULE");
		// T3-BAL, ID-1, LB-1, CV-2, CV-3, NT-2, ID-7: seven rules among the nine findings
		assertEquals(7, view.topLevel().length);
		view.setGrouping("SEVERITY");
		assertEquals(3, view.topLevel().length, "error, warning, info");
		view.setFilter("自然人");
		assertEquals(List.of("T3-BAL"), view.shownRows().stream().map(r -> r.ruleId()).toList());
		view.setFilter("");
		assertEquals(9, view.shownRows().size());
	}

	/**
	 * A click on a column's header sorts the findings by it (numbers as numbers), a second click the
	 * other way round; the summary counts every severity (001: three errors, four warnings, two infos);
	 * the grouping is kept in the view's saved state for the next start.
	 */
	@Test
	void sortsByAColumnCountsEverySeverityAndKeepsItsGrouping() {
		view.sortBy(Messages.findings_line);
		List<Integer> lines = view.shownInOrder().stream().map(FindingRow::line).toList();
		assertEquals(List.of(1, 1, 16, 16, 22, 32, 37, 37, 59), lines);
		view.sortBy(Messages.findings_line);
		assertEquals(List.of(59, 37, 37, 32, 22, 16, 16, 1, 1), view.shownInOrder().stream().map(FindingRow::line).toList());
		assertTrue(view.summary().startsWith(NLS.bind(Messages.findings_count, new Object[] { 9, 3, 4, 2 })), view.summary());

		// the severity column shows the workbench's icons, as the Problems view does
		assertEquals(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK),
				view.severityIcon(row("T3-BAL")));
		assertEquals(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK),
				view.severityIcon(row("ID-1")));

		view.setGrouping("RULE");
		XMLMemento state = XMLMemento.createWriteRoot("view");
		view.saveState(state);
		assertEquals("RULE", state.getString("grouping"));
	}

	@Test
	void showingAFindingHighlightsItsCellsTheTargetInItsOwnColour() throws Exception {
		view.open(row("T3-BAL"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> targets = texts(document, model, ReportEditor.TARGET);
		List<String> operands = texts(document, model, ReportEditor.OPERAND);
		// 新收 19 (the target, 37:20), 上年结转 0, 办理总计 19, 结转下年度 1
		assertEquals(List.of("19@37"), targets);
		assertEquals(List.of("0@38", "19@58", "1@59"), operands.stream().sorted((a, b) -> Integer.compare(
				Integer.parseInt(a.substring(a.indexOf('@') + 1)), Integer.parseInt(b.substring(b.indexOf('@') + 1)))).toList());
		// selecting another finding in the view replaces the highlight
		view.select(List.of(row("NT-2")));
		assertEquals(List.of("1@59"), texts(document, model, ReportEditor.TARGET));
	}

	private static List<String> texts(IDocument document, IAnnotationModel model, String type) throws Exception {
		List<String> texts = new ArrayList<>();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a.getType().equals(type)) {
				Position p = model.getPosition(a);
				texts.add(document.get(p.getOffset(), p.getLength()) + "@" + (document.getLineOfOffset(p.getOffset()) + 1));
			}
		}
		return texts;
	}

	@Test
	void theTablePageShowsTheTablesWithTheFindingsCellsColoured() throws Exception {
		// 表二 is five tables in the 2021 format (第二十条 (一)(五)(六)(八)(九)), then 表三 and 表四
		assertEquals(7, editor.tableTabs().size(), editor.tableTabs().toString());
		assertEquals("收到和处理政府信息公开申请情况", editor.tableTabs().get(5));
		// T3-BAL and NT-2 are errors: their cells in 表三 are coloured as errors, among them 新收 自然人 19
		assertTrue(editor.markedCells("error").contains("一、本年新收政府信息公开申请数量/自然人=19"),
				editor.markedCells("error").toString());
		view.open(row("T3-BAL"));
		assertEquals(List.of("一、本年新收政府信息公开申请数量/自然人=19"), editor.markedCells("target"));
		assertEquals("收到和处理政府信息公开申请情况", editor.selectedTableTab(), "the target's table in front");
		assertEquals(3, editor.markedCells("operand").size(), editor.markedCells("operand").toString());
		// double-clicking NT-2's cell (结转下年度 总计, line 59) shows it in the text
		int offset = row("NT-2").finding().range().getOffset();
		editor.openCell(offset);
		ITextSelection selection = (ITextSelection) editor.text().getSelectionProvider().getSelection();
		assertEquals(offset, selection.getOffset());
		assertEquals("1", selection.getText());
		assertTrue(!editor.showsTables(), "the text page is shown");
	}

	@Test
	void aDismissalIsKeptNextToTheReportAndShown() throws Exception {
		view.decide(List.of(row("NT-2")), new Triage(Triage.State.DISMISSED, "正文所称全部办结指本年新收申请", null));
		Path triageFile = dir.resolve(TriageFile.NAME);
		assertTrue(Files.readString(triageFile).contains("正文所称全部办结指本年新收申请"));
		assertEquals("已驳回：正文所称全部办结指本年新收申请", row("NT-2").triageText());
		view.decide(List.of(row("NT-2")), null);
		assertEquals("", row("NT-2").triageText());
		assertTrue(TriageFile.read(triageFile).entries().isEmpty());
	}

	@Test
	void exportsWhatItShows() throws Exception {
		view.setFilter("T3-BAL");
		Path csv = dir.resolve("out.csv");
		view.export(csv);
		List<String> lines = Files.readAllLines(csv);
		assertEquals(3, lines.size(), "the header and the two T3-BAL findings: " + lines);
		assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",T3-BAL,")), lines.toString());
		// with a byte order mark (Excel on Chinese Windows), the columns headed as the view heads them
		assertTrue(lines.getFirst().startsWith("\uFEFF" + Messages.findings_report + "," + Messages.findings_line + ","),
				lines.getFirst());
		assertTrue(lines.getFirst().contains("," + Messages.findings_severity + "," + Messages.findings_rule + ","
				+ Messages.findings_subject + "," + Messages.findings_message + ","), lines.getFirst());

		view.setFilter("");
		Path xlsx = dir.resolve("out.xlsx");
		view.export(xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			assertEquals(10, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "header and nine findings");
			assertEquals(Messages.findings_rule, workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue());
		}
		Path sarif = dir.resolve("out.sarif");
		view.export(sarif);
		assertTrue(Pattern.compile("\"ruleId\"\\s*:\\s*\"NT-2\"").matcher(Files.readString(sarif)).find());
		Path html = dir.resolve("out.html");
		view.export(html);
		assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
		assertThrows(IllegalArgumentException.class, () -> view.export(dir.resolve("a.txt")), "not an export format");
		// the export dialog starts where the last export went, with its name (and so its format)
		IDialogSettings remembered = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FindingsView.class))
				.getDialogSettings().getSection(FindingsView.EXPORT_SETTINGS);
		assertEquals(dir.toAbsolutePath().toString(), remembered.get("folder"));
		assertEquals("out.html", remembered.get("name"));
	}
}
