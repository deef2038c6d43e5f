// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nianbao.format.TableStructure;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Table;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.highlighting.Highlight;
import nianbao.format.ui.highlighting.LexicalClassifier;
import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.model.Neighbours;
import nianbao.format.ui.navigation.Symbol;
import nianbao.format.ui.outline.OutlineNode;
import nianbao.format.ui.outline.OutlineTree;

/**
 * What the editor computes from the text, without a workbench: lexical classes, the outline, and what
 * hovers and links say about the symbols of the official 2021 format.
 */
class LanguageServicesTest {

	static String text;
	static FormatModel model;

	@BeforeAll
	static void parse() {
		text = Official.text2021();
		model = new FormatModel(FormatUi.injector(), URI.createFileURI(Path.of("/formats/2021.nbformat").toString()),
				Neighbours.NONE);
	}

	@Test
	void theLexerClassifiesKeywordsStringsNumbersAndComments() {
		String source = "// 注释\nrule T3-ROW error \"m\" : for each row r: r[总计] == 0\n";
		List<String> classes = new LexicalClassifier(FormatUi.injector()).classify(source).stream()
				.map(h -> source.substring(h.offset(), h.end()).strip() + "=" + h.style()).toList();
		assertEquals(List.of("// 注释=" + LexicalClassifier.COMMENT, "rule=" + LexicalClassifier.KEYWORD,
				"error=" + LexicalClassifier.KEYWORD, "\"m\"=" + LexicalClassifier.STRING, "for=" + LexicalClassifier.KEYWORD,
				"each=" + LexicalClassifier.KEYWORD, "row=" + LexicalClassifier.KEYWORD, "0=" + LexicalClassifier.NUMBER),
				classes);
	}

	@Test
	void theWholeOfficialFileLexesWithoutAGap() {
		List<Highlight> highlights = new LexicalClassifier(FormatUi.injector()).classify(text);
		assertTrue(highlights.stream().anyMatch(h -> text.startsWith("basedOn", h.offset()) || text.startsWith("format", h.offset())));
		for (int i = 1; i < highlights.size(); i++) {
			assertTrue(highlights.get(i - 1).end() <= highlights.get(i).offset(), "in order, not overlapping");
		}
	}

	@Test
	void theOutlineShowsPartsTablesGroupsRulesAndChecks() throws Exception {
		List<OutlineNode> roots = model.read(text, OutlineTree::of);
		assertEquals(List.of("format \"2021\""), roots.stream().map(OutlineNode::label).toList());
		OutlineNode format = roots.getFirst();
		List<String> parts = format.children().stream().filter(n -> n.kind() == OutlineNode.Kind.PART).map(OutlineNode::label)
				.toList();
		assertEquals(List.of("part 一 总体情况", "part 二 主动公开政府信息情况", "part 三 收到和处理政府信息公开申请情况",
				"part 四 政府信息公开行政复议、行政诉讼情况", "part 五 存在的主要问题及改进情况", "part 六 其他需要报告的事项"), parts);
		List<String> tables = format.children().stream().flatMap(p -> p.children().stream())
				.filter(n -> n.kind() == OutlineNode.Kind.TABLE).map(n -> n.label().split(" ")[1]).toList();
		assertEquals(Official.format2021().getParts().stream().flatMap(p -> p.getTables().stream()).map(Table::getName)
				.toList(), tables);

		OutlineNode table3 = find(format, "table 表三 收到和处理政府信息公开申请情况");
		assertEquals(text.indexOf("table 表三") + "table ".length(), table3.offset());
		assertEquals(2, table3.length());
		assertEquals(List.of("columns", "rows", "rule T3-ROW error", "rule T3-TOT error", "rule T3-BAL error"),
				table3.children().stream().map(OutlineNode::label).toList());
		OutlineNode group = find(table3, "group 法人或其他组织");
		ColumnNode declared = TableStructure.allColumnNodes(Official.table("表三")).stream()
				.filter(c -> c.getName().equals("法人或其他组织")).findFirst().orElseThrow();
		assertEquals(TableStructure.leaves(declared).size(), group.children().size());
		assertEquals("row 予以公开 （一）予以公开", find(table3, "group 办理结果 三、本年度办理结果").children().getFirst().label());
		OutlineNode check = find(table3, "rule T3-BAL error").children().getFirst();
		assertEquals("for each column c: 新收[c] + 上年结转[c] == 办理总计[c] + 结转下年度[c]", check.label());
		assertEquals(check.label(), text.substring(check.offset(), check.offset() + check.length()));
		assertFalse(find(format, "rule ST-5 warning").children().isEmpty());
	}

	@Test
	void aProfileIsOutlinedWithItsSettings() {
		String profile = "profile \"本地\" for \"2021\" {\n    rule ST-4 off\n    rule CV-2 info\n}\n";
		FormatModel profiles = new FormatModel(FormatUi.injector(), URI.createFileURI("/formats/local.nbprofile"),
				Neighbours.NONE);
		assertEquals(List.of(), profiles.analyse(profile, CancelIndicator.NullImpl).problems());
		List<OutlineNode> roots = profiles.read(profile, OutlineTree::of);
		assertEquals(List.of("profile \"本地\""), roots.stream().map(OutlineNode::label).toList());
		assertEquals(List.of("rule ST-4 off", "rule CV-2 info"),
				roots.getFirst().children().stream().map(OutlineNode::label).toList());
	}

	/** The node with this label, depth first. */
	private static OutlineNode find(OutlineNode node, String label) {
		return search(node, label).orElseThrow(() -> new AssertionError("no " + label + " under " + node.label()));
	}

	private static Optional<OutlineNode> search(OutlineNode node, String label) {
		return node.label().equals(label) ? Optional.of(node)
				: node.children().stream().map(c -> search(c, label)).flatMap(Optional::stream).findFirst();
	}

	private static Symbol symbolAt(int offset) {
		return model.read(text, r -> Symbol.at(r, offset)).orElseThrow(() -> new AssertionError("no symbol at " + offset));
	}

	@Test
	void aRowReferenceDescribesTheRowAndLeadsToItsDeclaration() {
		Symbol row = symbolAt(text.indexOf("新收[c] + 上年结转[c]") + 1);
		assertTrue(row.reference());
		assertEquals("行 新收：一、本年新收政府信息公开申请数量\n表 表三：收到和处理政府信息公开申请情况", row.description());
		assertEquals(new Symbol.Declaration(model.uri(), text.indexOf("row 新收") + 4, 2), row.declaration());
	}

	@Test
	void groupsColumnsVariablesTablesAndPartsAreDescribed() throws Exception {
		assertEquals("行组 不予公开（8 行）：三、本年度办理结果 / （三）不予公开\n表 表三：收到和处理政府信息公开申请情况",
				symbolAt(text.indexOf("group 不予公开") + 6).description());
		assertEquals("列 社会公益组织：法人或其他组织 / 社会公益组织\n表 表三：收到和处理政府信息公开申请情况",
				symbolAt(text.indexOf("column 社会公益组织") + 7).description());
		assertEquals("列 收费金额：本年收费金额（单位：万元）\n金额，单位万元，4 位小数\n表 第八项：第二十条第（八）项",
				symbolAt(text.indexOf("column 收费金额") + 7).description());
		assertEquals("循环变量 r：逐行（for each row）", symbolAt(text.indexOf("r[总计] == sum(r[自然人")).description());
		Table table3 = Official.table("表三");
		assertEquals("表 表三：收到和处理政府信息公开申请情况\n" + TableStructure.leafRows(table3).size() + " 行 × "
				+ TableStructure.leafColumns(table3).size() + " 列，在第三部分「收到和处理政府信息公开申请情况」",
				symbolAt(text.indexOf("表三.新收[总计]")).description());
		assertEquals("第五部分：存在的主要问题及改进情况", symbolAt(text.indexOf("part 五 matches") + 5).description());
	}

	@Test
	void aRuleIdDescribesTheRulesMessageAndBasis() {
		Symbol rule = symbolAt(text.indexOf("T3-BAL") + 2);
		assertFalse(rule.reference());
		assertEquals("规则 T3-BAL（error）\n消息：{column}列：第一项加第二项之和 {lhs}，不等于第三项加第四项之和 {rhs}，相差 {diff}\n"
				+ "依据：官方：表三注“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”", rule.description());
		assertEquals(new Symbol.Declaration(model.uri(), text.indexOf("T3-BAL"), 6), rule.declaration());
	}

	@Test
	void keywordsAndStringsAreNoSymbols() {
		assertTrue(model.read(text, r -> Symbol.at(r, text.indexOf("rule T3-BAL"))).isEmpty());
		assertTrue(model.read(text, r -> Symbol.at(r, text.indexOf("\"结构性：总计列为六类申请人之和\"") + 3)).isEmpty());
	}
}
