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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.SubContributionItem;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.check.ReportAudit;
import nianbao.format.ui.editor.FormatEditor;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;
import nianbao.ui.Messages;
import nianbao.ui.editors.FindingHover;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.OpenFileHandler;
import nianbao.ui.views.FindingRow;
import nianbao.ui.views.FindingsView;

/** The report editor in a real workbench (under Xvfb in the build): 济宁 2020 with its findings marked. */
class ReportEditorTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	/** An annotation as the test reads it: type, where it is (line:column of the text), what it says. */
	private record Mark(String type, String at, String text) {
	}

	@Test
	void theFindingsOf001AreMarkedAtTheirCells() throws Exception {
		var store = EFS.getLocalFileSystem().getStore(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toUri());
		ReportEditor editor = assertInstanceOf(ReportEditor.class,
				IDE.openEditor(page(), new FileStoreEditorInput(store), ReportEditor.ID));
		settle();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		assertFalse(editor.text().isEditable(), "a report is read, not edited");
		assertTrue(editor.text().isWordWrapEnabled(), "long paragraphs wrap");

		List<Mark> errors = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a.getType().endsWith(".error")) {
				errors.add(mark(document, a, model.getPosition(a)));
			}
		});
		errors.sort(Comparator.comparing(Mark::at));
		// the places are the ones the command line prints, checked by hand on lines 37 and 59 of the file
		assertEquals(List.of("37:20 T3-BAL", "37:45 T3-BAL", "59:39 NT-2"), errors.stream()
				.map(m -> m.at().substring(0, m.at().indexOf('@')) + " " + m.text().substring(0, m.text().indexOf('（'))).toList());
		assertEquals("19", text(document, errors.getFirst()));
		// the hover: rule, message, operands with values, expected/actual/difference, basis
		assertEquals(List.of(
				"T3-BAL（" + Messages.severity_error + "）自然人列：第一项加第二项之和 新收 19 + 上年结转 0 = 19，不等于第三项加第四项之和 办理总计 19 + 结转下年度 1 = 20，相差 -1",
				"  左边：表三 一、本年新收政府信息公开申请数量 / 自然人 = 19",
				"  左边：表三 二、上年结转政府信息公开申请数量 / 自然人 = 0",
				"  右边：表三 三、本年度办理结果/（七）总计 / 自然人 = 19",
				"  右边：表三 四、结转下年度继续办理 / 自然人 = 1",
				"  实际 19，应为 20，相差 -1",
				"  规则依据：官方：表三注“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”"),
				errors.getFirst().text().lines().toList());
	}

	/**
	 * The hover over 19 at 37:20 gives its finding (not the highlight of a shown finding's cells), and its
	 * control shows the lines as lines: the heading in bold, the operands below it, no wider than a
	 * readable line (the platform's HTML hover ran them into one cut-off paragraph).
	 */
	@Test
	void theHoverShowsAFindingsLinesAsLinesWithItsHeadingInBold() throws Exception {
		var store = EFS.getLocalFileSystem().getStore(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toUri());
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(), new FileStoreEditorInput(store), ReportEditor.ID);
		settle();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = document.getLineOffset(36) + 19;
		ISourceViewer viewer = (ISourceViewer) editor.text().getAdapter(ITextOperationTarget.class);
		// a finding shown: its cells highlighted, which the hover leaves out
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, editor.text().audit().orElseThrow());
		editor.show(audit.findings().stream().filter(f -> f.ruleId().equals("T3-BAL")).findFirst().orElseThrow());

		String info = new FindingHover.Text(viewer).getHoverInfo(viewer, new Region(offset, 0));
		assertTrue(info.startsWith("T3-BAL（" + Messages.severity_error + "）自然人列"), info);
		assertEquals(7, info.lines().count(), "one finding, its heading and six lines: " + info);

		Display display = Display.getCurrent();
		List<Shell> before = List.of(display.getShells());
		IInformationControl control = FindingHover.CONTROL.createInformationControl(display.getActiveShell());
		try {
			((IInformationControlExtension2) control).setInput(info);
			Shell hover = Arrays.stream(display.getShells()).filter(s -> !before.contains(s)).findFirst().orElseThrow();
			StyledText styled = styledText(hover);
			assertEquals(info, styled.getText());
			assertEquals(7, styled.getLineCount());
			assertTrue((styled.getStyleRangeAtOffset(0).fontStyle & SWT.BOLD) != 0, "the heading is bold");
			assertNull(styled.getStyleRangeAtOffset(styled.getOffsetAtLine(1) + 2), "an operand's line is not");
			GC gc = new GC(styled);
			double glyph = gc.getFontMetrics().getAverageCharacterWidth();
			gc.dispose();
			assertTrue(control.computeSizeHint().x < 100 * glyph, "no wider than a readable line");
		} finally {
			control.dispose();
		}
	}

	/**
	 * The report is read in the editor's job, not on the display thread (a scan's OCR takes seconds): the
	 * editor opens saying that it reads the file, then shows the text, not dirty.
	 */
	@Test
	void theReportIsReadInAJobWhileTheEditorSaysSo() throws Exception {
		Path sample = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(),
				new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(sample.toUri())), ReportEditor.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(NLS.bind(Messages.editor_reading, sample.getFileName()), document.get());
		settle();
		assertTrue(document.get().contains("济宁市人力资源和社会保障局"), document.get());
		assertFalse(editor.isDirty(), "the text replaced the note, nobody typed it");
		assertInstanceOf(ReportAudit.Assessed.class, editor.text().audit().orElseThrow());
	}

	/** A file that cannot be read opens all the same, saying why, and its audit is "not assessed". */
	@Test
	void aReportThatCannotBeReadOpensSayingWhy(@TempDir Path dir) throws Exception {
		Path broken = Files.writeString(dir.resolve("半截.pdf"), "%PDF-1.7\n1 0 obj");
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(),
				new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(broken.toUri())), ReportEditor.ID);
		settle();
		ReportAudit.NotAssessed audit = assertInstanceOf(ReportAudit.NotAssessed.class, editor.text().audit().orElseThrow());
		assertEquals(NLS.bind(Messages.editor_unreadable, "半截.pdf", audit.reason()),
				editor.getDocumentProvider().getDocument(editor.getEditorInput()).get());
		assertFalse(editor.isDirty());
	}

	/** The 编辑 menu of a report: the text editor's find entries in the workbench's language, no typing aids. */
	@Test
	void theEditMenuOfAReportHasItsFindEntriesInTheWorkbenchsLanguageAndNoTypingAids() throws Exception {
		var store = EFS.getLocalFileSystem().getStore(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toUri());
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(), new FileStoreEditorInput(store), ReportEditor.ID);
		settle();
		IMenuManager edit = editor.getEditorSite().getActionBars().getMenuManager().findMenuUsingPath("edit");
		Map<String, String> entries = new HashMap<>();
		for (IContributionItem item : edit.getItems()) {
			IContributionItem inner = item instanceof SubContributionItem sub ? sub.getInnerItem() : item;
			if (inner instanceof ActionContributionItem action && action.getAction().getActionDefinitionId() != null) {
				entries.put(action.getAction().getActionDefinitionId(), action.getAction().getText());
			}
		}
		assertEquals(Messages.menu_findNext, entries.get("org.eclipse.ui.edit.findNext"), entries.toString());
		assertEquals(Messages.menu_findIncremental, entries.get("org.eclipse.ui.edit.findIncremental"));
		assertFalse(entries.containsKey("org.eclipse.ui.edit.text.hippieCompletion"), "word completion");
		assertFalse(entries.containsKey("org.eclipse.ui.edit.text.showInformation"), "tooltip description");
	}

	private static StyledText styledText(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof StyledText text) {
				return text;
			}
			if (child instanceof Composite inner && styledText(inner) != null) {
				return styledText(inner);
			}
		}
		return null;
	}

	private static Mark mark(IDocument document, Annotation annotation, Position position) {
		try {
			int line = document.getLineOfOffset(position.getOffset());
			int column = position.getOffset() - document.getLineOffset(line) + 1;
			return new Mark(annotation.getType(), (line + 1) + ":" + column + "@" + position.getOffset() + "+"
					+ position.getLength(), annotation.getText());
		} catch (BadLocationException e) {
			throw new AssertionError(e);
		}
	}

	private static String text(IDocument document, Mark mark) throws BadLocationException {
		String where = mark.at().substring(mark.at().indexOf('@') + 1);
		int offset = Integer.parseInt(where.substring(0, where.indexOf('+')));
		int length = Integer.parseInt(where.substring(where.indexOf('+') + 1));
		return document.get(offset, length);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void everySampleIsMarkedWithTheErrorsOfItsGroundTruth(Path sample) throws Exception {
		var store = EFS.getLocalFileSystem().getStore(sample.toUri());
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(), new FileStoreEditorInput(store), ReportEditor.ID);
		settle();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> rules = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a.getType().endsWith(".error")) {
				// every annotation sits on characters of the text, not on an empty place
				assertTrue(model.getPosition(a).getLength() > 0, a.getText());
				rules.add(a.getText().substring(0, a.getText().indexOf('（')));
			}
		});
		List<String> expected = Samples.groundTruth(sample).expectedFindings().stream()
				.map(GroundTruth.ExpectedFinding::rule).sorted().toList();
		assertEquals(expected, rules.stream().sorted().toList());
	}

	static List<Path> samples() {
		return Samples.textReports();
	}

	/** 表三 on the table page: its rows under their groups, its columns under 法人或其他组织 where the format puts them. */
	@Test
	void theTablePageShowsTheRowGroupsAndColumnGroupsOfTheFormat() throws Exception {
		ReportEditor editor = ReportEditor.open(page(), Samples.root().resolve("reports/004_19bd55d77ac0ead4.txt"));
		settle();
		List<String> table3 = editor.tableOutline("收到和处理政府信息公开申请情况");
		assertEquals("自然人", table3.get(0));
		assertEquals("法人或其他组织\n商业企业", table3.get(1));
		assertEquals("法人或其他组织\n社会公益组织", table3.get(3));
		assertTrue(table3.containsAll(List.of("三、本年度办理结果", "  （三）不予公开", "    1.属于国家秘密")), table3.toString());
		assertEquals(1, table3.stream().filter(l -> l.equals("  （三）不予公开")).count(), "a group once, above its rows");
	}

	/** Two reports of the same name open in tabs that name their folders too; the tooltip gives the whole path. */
	@Test
	void reportsOfTheSameNameAreToldApartByTheirFolders() throws Exception {
		Path a = Files.createDirectories(Files.createTempDirectory("nianbao").resolve("洪泽区"));
		Path b = Files.createDirectories(a.getParent().resolve("淮安市"));
		Path first = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), a.resolve("年报.txt"));
		Path second = Files.copy(Samples.root().resolve("reports/002_d8a64146deb0a773.txt"), b.resolve("年报.txt"));
		ReportEditor one = ReportEditor.open(page(), first);
		assertEquals("年报.txt", one.getPartName(), "alone, the file's name");
		ReportEditor two = ReportEditor.open(page(), second);
		settle();
		assertEquals("年报.txt — 洪泽区", one.getPartName());
		assertEquals("年报.txt — 淮安市", two.getPartName());
		assertEquals(second.toString(), two.getTitleToolTip());
	}

	/** The Outline lists the report's parts as printed, its tables and its findings; a finding chosen there is shown. */
	@Test
	void theOutlineListsPartsTablesAndFindings() throws Exception {
		ReportEditor editor = ReportEditor.open(page(), Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"));
		settle();
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		settle();
		List<String> outline = editor.outline();
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, editor.audit().orElseThrow());
		assertTrue(outline.contains(Messages.outline_findings + " (" + audit.findings().size() + ")"), outline.toString());
		assertTrue(outline.contains("  二、主动公开政府信息情况"), outline.toString());
		assertTrue(outline.stream().anyMatch(l -> l.startsWith("  表三 ")), outline.toString());
		String nt2 = outline.stream().filter(l -> l.startsWith("  NT-2 ")).findFirst().orElseThrow().strip();
		editor.chooseInOutline(nt2);
		ITextSelection selection = (ITextSelection) editor.text().getSelectionProvider().getSelection();
		assertEquals(59, selection.getStartLine() + 1, "结转下年度 总计, where NT-2 is shown");
	}

	@Test
	void theFindingsViewListsTheReportsFindingsAndShowsTheirPlace() throws Exception {
		var store = EFS.getLocalFileSystem().getStore(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toUri());
		ReportEditor editor = (ReportEditor) IDE.openEditor(page(), new FileStoreEditorInput(store), ReportEditor.ID);
		settle();
		FindingsView view = (FindingsView) page().showView(FindingsView.ID);
		view.show(editor);
		// 济宁 2020: T3-BAL ×2, ID-1, ID-7, LB-1 ×2, CV-2, CV-3, NT-2 (format-spec §7.4)
		assertEquals(9, view.shownRows().size());
		FindingRow nt2 = view.shownRows().stream().filter(r -> r.ruleId().equals("NT-2")).findFirst()
				.orElseThrow();
		view.open(nt2);
		ITextSelection selection = (ITextSelection) editor.text().getSelectionProvider().getSelection();
		assertEquals(58, selection.getStartLine(), "line 59 of the report, where 结转下年度 总计 is printed");
		assertEquals("1", selection.getText());
	}

	/** 文件 › 打开文件… opens a report in the report editor and a format file in the format editor. */
	@Test
	void openFileOpensEachKindInItsEditor() throws Exception {
		assertInstanceOf(ReportEditor.class,
				OpenFileHandler.open(page(), Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt")));
		Path format = Files.writeString(Files.createTempDirectory("nianbao").resolve("own.nbformat"),
				"format \"own\" basedOn \"2021\" {\n}\n");
		assertInstanceOf(FormatEditor.class, OpenFileHandler.open(page(), format));
	}
}
