// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import nianbao.format.language.Table;
import nianbao.format.ui.editor.FormatEditor;
import nianbao.format.ui.outline.FormatOutlinePage;
import nianbao.format.ui.outline.OutlineNode;

/** The format editor's outline in the workbench's Outline view. */
class OutlineTest extends WorkbenchTest {

	/** Shows the Outline view, which shows the editor's outline page, and waits for its tree. */
	static FormatOutlinePage showOutline(FormatEditor editor) throws Exception {
		Ui.page().showView(IPageLayout.ID_OUTLINE);
		FormatOutlinePage outline = assertInstanceOf(FormatOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
		Ui.waitUntil(() -> outline.getControl() != null && ((Tree) outline.getControl()).getItemCount() > 0,
				"the outline's tree");
		return outline;
	}

	/** The texts of the tree's items at a depth (0: the formats), as far as they are expanded. */
	private static List<String> items(Tree tree, int depth) {
		List<TreeItem> level = new ArrayList<>(Arrays.asList(tree.getItems()));
		for (int i = 0; i < depth; i++) {
			level = level.stream().flatMap(item -> Arrays.stream(item.getItems())).toList();
		}
		return level.stream().map(TreeItem::getText).toList();
	}

	static OutlineNode node(OutlineNode root, String label) {
		return search(root, label).orElseThrow(() -> new AssertionError("no " + label));
	}

	private static Optional<OutlineNode> search(OutlineNode node, String label) {
		return node.label().equals(label) ? Optional.of(node)
				: node.children().stream().map(c -> search(c, label)).flatMap(Optional::stream).findFirst();
	}

	@Test
	void theOutlineListsTheFormatsPartsAndTables() throws Exception {
		FormatOutlinePage outline = showOutline(open2021());
		Tree tree = (Tree) outline.getControl();
		assertEquals(List.of("format \"" + Official.LOCAL + "\""), items(tree, 0));
		assertEquals(List.of("part 一 总体情况", "part 二 主动公开政府信息情况", "part 三 收到和处理政府信息公开申请情况",
				"part 四 政府信息公开行政复议、行政诉讼情况", "part 五 存在的主要问题及改进情况", "part 六 其他需要报告的事项"),
				items(tree, 1).stream().filter(s -> s.startsWith("part ")).toList());
		List<String> expected = new ArrayList<>();
		for (Table table : Official.format2021().getParts().stream().flatMap(p -> p.getTables().stream()).toList()) {
			expected.add("table " + table.getName() + " " + table.getCaption());
		}
		assertEquals(expected, items(tree, 2).stream().filter(s -> s.startsWith("table ")).toList());
		assertTrue(items(tree, 1).contains("rule NT-1 error"), "the format's own rules follow its parts");
	}

	@Test
	void theOutlineListsDeclaredChecksWithTheirMessagesAndTestCases() throws Exception {
		FormatEditor editor = open(Ui.write(project, "own.nbformat", """
				check labels-as-prescribed "表格的标签与格式相同" {
				    message 列标签(表, 印为, 标签) "{表}的列印作“{印为}”"
				    message 行标签(表, 印为, 标签) "{表}的行印作“{印为}”"
				}
				test "001" report "001.txt" {
				    expect warning LB-1
				}
				"""));
		Tree tree = (Tree) showOutline(editor).getControl();
		assertEquals(List.of("check labels-as-prescribed", "test \"001\" report \"001.txt\""), items(tree, 0));
		assertEquals(List.of("message 列标签(表, 印为, 标签)", "message 行标签(表, 印为, 标签)"), items(tree, 1));
	}

	@Test
	void selectingATableInTheOutlineSelectsItsName() throws Exception {
		FormatEditor editor = open2021();
		FormatOutlinePage outline = showOutline(editor);
		OutlineNode table3 = node(outline.roots().getFirst(), "table 表三 收到和处理政府信息公开申请情况");
		outline.getTreeViewer().setSelection(new StructuredSelection(table3), true);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("表三", selection.getText());
		assertEquals(text.indexOf("table 表三") + "table ".length(), selection.getOffset());
	}

	@Test
	void theOutlineFollowsTheTextAndKeepsWhatWasExpanded() throws Exception {
		FormatEditor editor = open2021();
		FormatOutlinePage outline = showOutline(editor);
		Tree tree = (Tree) outline.getControl();
		TreeItem part4 = Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getText().startsWith("part 四")).findFirst()
				.orElseThrow();
		TreeItem table4 = part4.getItem(0);
		assertEquals("table 表四 政府信息公开行政复议、行政诉讼情况", table4.getText());
		outline.getTreeViewer().setExpandedState(table4.getData(), true);

		// a new caption: the same table (by name), so it stays expanded
		IDocument document = Ui.document(editor);
		int caption = Official.after(text, "table 表四 \"");
		document.replace(caption, "政府信息公开行政复议、行政诉讼情况".length(), "复议和诉讼");
		Ui.analysed(editor);
		List<String> tables = items(tree, 2);
		assertTrue(tables.contains("table 表四 复议和诉讼"), tables.toString());
		assertTrue(items(tree, 3).containsAll(List.of("columns", "rows", "rule T4-SUM error")),
				"the table is still expanded: " + items(tree, 3));
	}
}
