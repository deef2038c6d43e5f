// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.format.FormatMessages;
import nianbao.format.ui.editor.FormatEditor;
import nianbao.format.ui.navigation.FormatHyperlinkDetector;
import nianbao.format.ui.navigation.FormatTextHover;
import nianbao.format.ui.navigation.OfficialFormatInput;
import nianbao.format.ui.problems.ProblemAnnotations;

/**
 * The format editor in a real workbench (under Xvfb in the build), on a copy of the official 2021
 * format in a workspace project: problems as you type, folding, hover, going to declarations, saving.
 */
class FormatEditorTest extends WorkbenchTest {

	private static final String OPEN_HYPERLINK = "org.eclipse.ui.edit.text.open.hyperlink";
	private static final String QUICK_ASSIST = ITextEditorActionDefinitionIds.QUICK_ASSIST;

	private static <T> T service(Class<T> type) {
		return PlatformUI.getWorkbench().getService(type);
	}

	@Test
	void theOfficialFormatOpensInTheFormatEditorWithoutProblems() throws Exception {
		FormatEditor editor = open2021();
		assertEquals(text, Ui.document(editor).get());
		assertEquals(List.of(), Ui.errors(editor));
		assertEquals(List.of(), Ui.annotations(editor, ProblemAnnotations.WARNING));
		assertTrue(editor.isEditable());
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("own.nbprofile");
		assertEquals("nianbao.format.ui.formatFile", type.getId());
		assertEquals("UTF-8", type.getDefaultCharset());
	}

	@Test
	void anUnknownRowIsMarkedAtItsCharactersAndUndoRemovesTheMark() throws Exception {
		FormatEditor editor = open2021();
		IDocument document = Ui.document(editor);
		int at = text.indexOf("新收[c] + 上年结转[c]") + "新收[c] + ".length();
		document.replace(at, "上年结转".length(), "上年转结");
		Ui.analysed(editor);
		assertEquals(List.of(at + "+4 " + NLS.bind(FormatMessages.noSuchRow, "表三", "上年转结")), Ui.errors(editor));
		assertTrue(editor.isDirty());

		// the hover over the squiggle shows the message
		FormatTextHover hover = new FormatTextHover(editor::model);
		Region region = (Region) hover.getHoverRegion(editor.viewer(), at + 1);
		assertEquals(new Region(at, 4), region);
		assertEquals(NLS.bind(FormatMessages.noSuchRow, "表三", "上年转结"), hover.getHoverInfo(editor.viewer(), region));

		service(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(text, document.get());
		Ui.analysed(editor);
		assertEquals(List.of(), Ui.errors(editor));
	}

	@Test
	void aSyntaxErrorIsMarkedWhereTheParserStopped() throws Exception {
		FormatEditor editor = open2021();
		IDocument document = Ui.document(editor);
		int at = text.indexOf("rule T3-BAL");
		document.replace(at, "rule".length(), "rul");
		Ui.analysed(editor);
		List<String> errors = Ui.errors(editor);
		assertFalse(errors.isEmpty());
		assertTrue(errors.getFirst().startsWith(at + "+3 "), errors.toString());
		// in the author's words, naming what was written (not ANTLR's "mismatched input 'rul' expecting …")
		assertTrue(errors.getFirst().contains("rul") && !errors.getFirst().contains("mismatched"), errors.toString());
	}

	@Test
	void aTableFoldsToItsFirstLineAndStaysFoldedWhileTheAuthorTypesElsewhere() throws Exception {
		FormatEditor editor = open2021();
		IDocument document = Ui.document(editor);
		ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
		ProjectionAnnotationModel folds = viewer.getProjectionAnnotationModel();
		int tableLine = document.getLineOfOffset(text.indexOf("table 表三"));
		// the table's closing brace: the last one at its indentation before part 四
		int closingLine = document.getLineOfOffset(text.lastIndexOf("\n        }", text.indexOf("part 四")) + 1);
		ProjectionAnnotation table = fold(folds, document, tableLine);
		Position region = folds.getPosition(table);
		assertEquals(closingLine, document.getLineOfOffset(region.getOffset() + region.getLength() - 1),
				"the fold ends on the table's closing brace");

		int shown = viewer.getTextWidget().getLineCount();
		folds.collapse(table);
		assertEquals(shown - (closingLine - tableLine), viewer.getTextWidget().getLineCount(),
				"the table's lines but its first are hidden");

		int below = text.indexOf("// narrative against tables");
		document.replace(below, 0, "// 注 ");
		Ui.analysed(editor);
		assertSame(table, fold(folds, document, tableLine), "the same fold, still folded");
		assertTrue(table.isCollapsed());
	}

	/** The fold that starts on {@code line}. */
	private static ProjectionAnnotation fold(ProjectionAnnotationModel folds, IDocument document, int line) {
		List<ProjectionAnnotation> found = new ArrayList<>();
		folds.getAnnotationIterator().forEachRemaining(a -> {
			try {
				if (a instanceof ProjectionAnnotation fold && document.getLineOfOffset(folds.getPosition(a).getOffset()) == line) {
					found.add(fold);
				}
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(1, found.size(), "one fold starts on line " + (line + 1));
		return found.getFirst();
	}

	@Test
	void theHoverOfAReferenceSaysWhatItIsAndTheHoverOfARuleItsMessage() throws Exception {
		FormatEditor editor = open2021();
		FormatTextHover hover = new FormatTextHover(editor::model);
		ISourceViewer viewer = editor.viewer();
		int reference = text.indexOf("结转下年度[c]");
		assertEquals(new Region(reference, 5), hover.getHoverRegion(viewer, reference + 2));
		assertEquals("行 结转下年度：四、结转下年度继续办理\n表 表三：收到和处理政府信息公开申请情况",
				hover.getHoverInfo(viewer, new Region(reference, 5)));
		int rule = text.indexOf("T3-ROW");
		String info = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, rule));
		assertEquals("规则 T3-ROW（error）\n消息：{row}：总计 {lhs}，各类申请人之和 {rhs}，相差 {diff}\n依据：结构性：总计列为六类申请人之和",
				info);
		// a check: what it does, a sentence a line, and its messages, from the file that declares it
		int check = text.indexOf(": parts-in-order") + 2;
		String checkInfo = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, check + 1));
		assertTrue(checkInfo.startsWith("检查 parts-in-order：格式的每个部分（optional 的除外）都在报告中，且顺序与格式相同。\n"
				+ "文本显示缺少某部分时报告缺少；\n只是未识别出其标题时无法评估。\n消息 缺少（编号、标题）：缺少第{编号}部分“{标题}”，或其位置不对\n")
				&& checkInfo.endsWith("\n来自 checks.nbformat"), checkInfo);
	}

	@Test
	void f3OnAReferenceSelectsItsDeclaration() throws Exception {
		FormatEditor editor = open2021();
		List<String> keys = Arrays.stream(service(IBindingService.class).getActiveBindingsFor(OPEN_HYPERLINK))
				.map(TriggerSequence::format).toList();
		assertTrue(keys.contains("F3"), "F3 is bound in the format editor: " + keys);

		editor.selectAndReveal(text.indexOf("新收[c] + 上年结转[c]") + 1, 0);
		service(IHandlerService.class).executeCommand(OPEN_HYPERLINK, null);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("row 新收") + "row ".length(), selection.getOffset());
		assertEquals("新收", selection.getText());
	}

	@Test
	void ctrlClickOnABaseFormatOpensTheProjectsFileOfThatFormat() throws Exception {
		String base = "\"" + Official.LOCAL + "\"";
		IFile own = Ui.write(project, "own.nbformat", "format \"own\" basedOn " + base + " {\n    years 2030..\n}\n");
		FormatEditor editor = open(own);
		assertEquals(List.of(), Ui.errors(editor));
		String ownText = Ui.document(editor).get();
		IHyperlink[] links = new FormatHyperlinkDetector(editor, editor::model).detectHyperlinks(editor.viewer(),
				new Region(ownText.indexOf(Official.LOCAL), 0), false);
		assertEquals(1, links.length);
		assertEquals(new Region(ownText.indexOf(base), base.length()), links[0].getHyperlinkRegion());
		links[0].open();

		FormatEditor target = assertInstanceOf(FormatEditor.class, Ui.page().getActiveEditor());
		assertEquals(project.getFile("2021.nbformat"), target.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals(base, selection.getText());
		assertEquals(text.indexOf(base), selection.getOffset());
		own.delete(true, null);
	}

	@Test
	void aBaseFormatOnlyTheToolShipsOpensReadOnly() throws Exception {
		IProject alone = Ui.project("own-formats");
		try {
			IFile own = Ui.write(alone, "own.nbformat", "format \"own\" basedOn \"2021\" {\n    omit rule T3-FEE\n}\n");
			FormatEditor editor = open(own);
			String ownText = Ui.document(editor).get();
			editor.selectAndReveal(ownText.indexOf("T3-FEE") + 1, 0);
			service(IHandlerService.class).executeCommand(OPEN_HYPERLINK, null);

			FormatEditor official = assertInstanceOf(FormatEditor.class, Ui.page().getActiveEditor());
			assertEquals(new OfficialFormatInput(Official.FILE), official.getEditorInput());
			assertFalse(official.isEditable());
			ITextSelection selection = (ITextSelection) official.getSelectionProvider().getSelection();
			assertEquals("T3-FEE", selection.getText());
			assertEquals(Official.text2021().indexOf("rule T3-FEE") + "rule ".length(), selection.getOffset());
			Ui.analysed(official);
			assertEquals(List.of(), official.analysis().problems());
		} finally {
			Ui.page().closeAllEditors(false);
			alone.delete(true, true, null);
		}
	}

	/** The mark of a missing } goes as soon as the } is typed, and nothing of it comes back with the save. */
	@Test
	void aFixedErrorLeavesNoMarkAfterTheSave() throws Exception {
		IFile file = Ui.write(project, "unfinished.nbformat", "format \"own\" {\n    years 2030..\n");
		try {
			FormatEditor editor = open(file);
			Ui.analysed(editor);
			IDocument document = Ui.document(editor);
			assertEquals(1, Ui.errors(editor).size(), Ui.errors(editor).toString());
			assertTrue(Ui.errors(editor).getFirst().startsWith((document.getLength() - 1) + "+1 "), Ui.errors(editor).toString());

			document.replace(document.getLength(), 0, "}\n");
			Ui.analysed(editor);
			assertEquals(List.of(), Ui.errors(editor));
			editor.doSave(null);
			Ui.analysed(editor);
			assertEquals(List.of(), Ui.errors(editor), "after the save");
			assertEquals(List.of(), Ui.annotations(editor, ProblemAnnotations.WARNING));
			editor.close(false);
		} finally {
			file.delete(true, null);
		}
	}

	@Test
	void savingWritesTheWorkspaceFile() throws Exception {
		IFile file = Ui.copy2021(project, "saved.nbformat");
		FormatEditor editor = open(file);
		Ui.document(editor).replace(0, 0, "// 本地修改\n");
		editor.doSave(null);
		assertFalse(editor.isDirty());
		try (var in = file.getContents(true)) {
			assertEquals("// 本地修改\n" + text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		file.delete(true, null);
	}

	@Test
	void aFileOutsideTheWorkspaceOpensWithItsNeighboursAndSaves(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("base.nbformat"), "format \"base\" {\n    rule MINE info \"m\" : title-complete\n}\n",
				StandardCharsets.UTF_8);
		Path file = Files.writeString(dir.resolve("own.nbformat"), "format \"own\" basedOn \"base\" {\n    omit rule MINE\n}\n",
				StandardCharsets.UTF_8);
		IEditorPart part = IDE.openEditorOnFileStore(Ui.page(), EFS.getLocalFileSystem().getStore(file.toUri()));
		FormatEditor editor = assertInstanceOf(FormatEditor.class, part);
		Ui.analysed(editor);
		assertEquals(List.of(), Ui.errors(editor), "basedOn finds the format next to the file");

		IDocument document = Ui.document(editor);
		document.replace(document.get().indexOf("MINE"), 4, "THEIRS");
		Ui.analysed(editor);
		assertEquals(1, Ui.errors(editor).size());
		editor.doSave(null);
		assertEquals(document.get(), Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Ctrl+Shift+F (the format command) lays the file out as the language's formatter does, in one undoable
	 * change; a file with syntax errors is left as it is.
	 */
	@Test
	void theFormatCommandLaysTheFileOutAndOneUndoTakesItBack(@TempDir Path dir) throws Exception {
		String messy = "format \"own\" {   years 2021..\n  part 一 \"总体情况\"\n\n\n\n      rule R info \"m\" : title-complete }\n";
		Path file = Files.writeString(dir.resolve("own.nbformat"), messy, StandardCharsets.UTF_8);
		FormatEditor editor = (FormatEditor) IDE.openEditorOnFileStore(Ui.page(), EFS.getLocalFileSystem().getStore(file.toUri()));
		Ui.analysed(editor);
		IDocument document = Ui.document(editor);

		service(IHandlerService.class).executeCommand(FormatEditor.FORMAT_COMMAND, null);
		assertEquals("""
				format "own" {
				    years 2021..
				    part 一 "总体情况"

				    rule R info "m" : title-complete
				}
				""", document.get());
		// the undo action follows the history once the display has run what the change posted
		Ui.analysed(editor);
		service(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(messy, document.get(), "one undo takes the whole layout back");

		document.set("format \"own\" {   years 2021.. rule R info : title-complete }\n");
		String broken = document.get();
		service(IHandlerService.class).executeCommand(FormatEditor.FORMAT_COMMAND, null);
		assertEquals(broken, document.get(), "a file with syntax errors is not formatted");
		editor.close(false);
	}

	/**
	 * A copy of the official format that keeps its name is marked where the name is written (an audit would
	 * refuse it), and Ctrl+1 there renames it, in one change that one undo takes back.
	 */
	@Test
	void ctrl1OnAFormatNamedAsAnOfficialOneRenamesIt() throws Exception {
		String official = Official.text2021();
		IFile clash = Ui.write(project, "clash.nbformat", official);
		try {
			FormatEditor editor = open(clash);
			Ui.analysed(editor);
			int at = official.indexOf("\"2021\"");
			assertEquals(List.of(at + "+6 " + NLS.bind(FormatMessages.formatDefinedElsewhere, "2021", "2021.nbformat")),
					Ui.errors(editor));
			List<String> keys = Arrays.stream(service(IBindingService.class).getActiveBindingsFor(QUICK_ASSIST))
					.map(TriggerSequence::format).toList();
			assertTrue(keys.contains("Ctrl+1"), "Ctrl+1 is bound in the format editor: " + keys);

			IQuickAssistAssistant assistant = ((ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant();
			ICompletionProposal[] fixes = ((QuickAssistAssistant) assistant).getQuickAssistProcessor()
					.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), at + 2, -1));
			assertEquals(List.of(NLS.bind(FormatMessages.fixRename, "2021-2")),
					Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList());
			IDocument document = Ui.document(editor);
			fixes[0].apply(document);
			assertEquals(official.replaceFirst("\"2021\"", "\"2021-2\""), document.get());
			Ui.analysed(editor);
			assertEquals(List.of(), Ui.errors(editor));

			service(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
			assertEquals(official, document.get(), "one undo takes the fix back");
			editor.close(false);
		} finally {
			clash.delete(true, null);
		}
	}
}
