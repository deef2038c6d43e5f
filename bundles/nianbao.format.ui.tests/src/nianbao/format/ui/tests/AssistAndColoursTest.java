// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import nianbao.format.ide.highlighting.FormatHighlighting;
import nianbao.format.ui.contentassist.FormatCompletionProcessor;
import nianbao.format.ui.editor.FormatEditor;
import nianbao.format.ui.highlighting.FormatStyles;
import nianbao.format.ui.highlighting.LexicalClassifier;

/**
 * Content assist and colours in the format editor in a real workbench, on a copy of the official 2021
 * format. The names expected are those nianbao.format's own loader reads from the file.
 */
class AssistAndColoursTest extends WorkbenchTest {

	/** Ctrl+Space in {@code 办理总计[c]} of rule T3-BAL opens the popup with the columns of 表三 and the loop variable. */
	@Test
	void contentAssistInACellsColumnSlotProposesTheTablesColumns() throws Exception {
		FormatEditor editor = open2021();
		int caret = Official.after(text, "新收[c] + 上年结转[c] == 办理总计[");
		editor.selectAndReveal(caret, 0);
		Display display = Display.getCurrent();
		Set<Shell> before = Set.of(display.getShells());
		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
		Table[] popup = new Table[1];
		Ui.waitUntil(() -> {
			popup[0] = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible())
					.map(AssistAndColoursTest::table).filter(t -> t != null && t.getItemCount() > 0).findFirst().orElse(null);
			return popup[0] != null;
		}, "the content assist popup");
		List<String> shown = Arrays.stream(popup[0].getItems()).map(TableItem::getText).toList();
		List<String> names = shown.stream().map(s -> s.split(" — ")[0]).toList();
		List<String> columns = Official.names(Official.table("表三"), false);
		List<String> first = new java.util.ArrayList<>(List.of("c"));
		first.addAll(columns);
		assertEquals(first, names.subList(0, first.size()), "the loop variable, then the columns as declared: " + shown);
		assertTrue(names.stream().noneMatch(Official.names(Official.table("表三"), true)::contains), "no rows: " + shown);
		assertTrue(shown.contains("社会公益组织 — 列 社会公益组织"), shown.toString());
		popup[0].getShell().dispose();
	}

	/** In a row slot the rows of 表三 are proposed; what is typed narrows them, and choosing one inserts it. */
	@Test
	void contentAssistInARowSlotProposesRowsAndInsertsTheChosenOne() throws Exception {
		FormatEditor editor = open2021();
		IDocument document = Ui.document(editor);
		int start = text.indexOf("结转下年度[c]\n");
		FormatCompletionProcessor processor = new FormatCompletionProcessor(editor::model);

		List<String> all = names(processor.computeCompletionProposals(editor.viewer(), start));
		assertTrue(all.containsAll(Official.names(Official.table("表三"), true)), all.toString());
		assertTrue(all.containsAll(List.of("sum", "narrative", "previous")), "keywords that may start an operand: " + all);

		document.replace(start, "结转下年度".length(), "结");
		ICompletionProposal[] narrowed = processor.computeCompletionProposals(editor.viewer(), start + 1);
		assertEquals(List.of("结转下年度"), names(narrowed));
		((ICompletionProposalExtension2) narrowed[0]).apply(editor.viewer(), (char) 0, 0, start + 1);
		assertEquals(text, document.get());
		assertTrue(new String(processor.getCompletionProposalAutoActivationCharacters()).contains("["));
	}

	private static List<String> names(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" — ")[0]).toList();
	}

	private static Table table(Control control) {
		if (control instanceof Table table) {
			return table;
		}
		if (control instanceof Composite composite) {
			return Arrays.stream(composite.getChildren()).map(AssistAndColoursTest::table).filter(t -> t != null)
					.findFirst().orElse(null);
		}
		return null;
	}

	@Test
	void ruleIdsRowsVariablesKeywordsAndStringsHaveTheirColoursAsYouType() throws Exception {
		FormatEditor editor = open2021();
		StyledText widget = editor.viewer().getTextWidget();
		int rule = text.indexOf("rule T3-BAL");
		assertStyle(widget, rule, LexicalClassifier.KEYWORD, SWT.BOLD);
		assertStyle(widget, rule + "rule ".length(), FormatHighlighting.RULE_ID, SWT.BOLD);
		assertStyle(widget, rule + "rule T3-".length(), FormatHighlighting.RULE_ID, SWT.BOLD);
		assertStyle(widget, text.indexOf("\"{column}列：第一项加第二项之和"), LexicalClassifier.STRING, SWT.NORMAL);
		int cell = text.indexOf("新收[c] + 上年结转[c]");
		assertStyle(widget, cell, FormatHighlighting.ROW, SWT.NORMAL);
		assertStyle(widget, cell + "新收[".length(), FormatHighlighting.VARIABLE, SWT.ITALIC);
		assertStyle(widget, text.indexOf("column 自然人") + "column ".length(), FormatHighlighting.COLUMN, SWT.NORMAL);
		assertStyle(widget, text.indexOf(": title-complete") + 2, FormatHighlighting.CHECK, SWT.BOLD | SWT.ITALIC);
		// a keyword inside a check's name is the check's
		assertStyle(widget, text.indexOf(": published-in-time") + ": published-".length(), FormatHighlighting.CHECK,
				SWT.BOLD | SWT.ITALIC);
		assertStyle(widget, text.indexOf("// identity"), LexicalClassifier.COMMENT, SWT.NORMAL);

		// typing: a new rule id is coloured as one once the reconciler has seen it, a new comment at once
		IDocument document = Ui.document(editor);
		document.replace(rule + "rule ".length(), "T3-BAL".length(), "T3-平衡");
		document.replace(0, 0, "// 新注释\n");
		assertStyle(widget, 0, LexicalClassifier.COMMENT, SWT.NORMAL);
		Ui.analysed(editor);
		int renamed = document.get().indexOf("T3-平衡");
		assertStyle(widget, renamed + "T3-".length(), FormatHighlighting.RULE_ID, SWT.BOLD);
	}

	private static void assertStyle(StyledText widget, int offset, String style, int fontStyle) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		String at = "at " + offset + " (" + widget.getText(offset, Math.min(widget.getCharCount() - 1, offset + 8)) + ")";
		assertTrue(range != null && range.foreground != null, "styled " + at);
		RGB expected = FormatStyles.attribute(style).getForeground().getRGB();
		assertEquals(expected, range.foreground.getRGB(), style + " " + at);
		assertEquals(fontStyle, range.fontStyle, "font style " + at);
	}
}
