// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nianbao.format.TableStructure;
import nianbao.format.language.Binary;
import nianbao.format.language.CellReference;
import nianbao.format.language.Comparison;
import nianbao.format.language.ForEach;
import nianbao.format.language.FormatFile;
import nianbao.format.language.Layout;
import nianbao.format.language.LoopKind;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.NumberLiteral;
import nianbao.format.language.Row;
import nianbao.format.language.Rule;
import nianbao.format.language.Severity;
import nianbao.format.language.Table;
import nianbao.format.language.Total;

@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatParsingTest {

	static final String SMALL = """
			format "test" {
			    notice "国办公开办函〔2021〕30号"
			    years 2021..
			    fingerprint "本年制发件数"
			    part 三 "收到和处理政府信息公开申请情况" {
			        table 表三 "收到和处理" {
			            note "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
			            columns {
			                column 自然人
			                group 法人或其他组织 { column 商业企业 column 其他 }
			                column 总计
			            }
			            rows {
			                row 新收 "一、本年新收政府信息公开申请数量"
			                group 办理结果 "三、本年度办理结果" {
			                    row 予以公开 "（一）予以公开"
			                    group 不予公开 "（三）不予公开" { row 国家秘密 "1.属于国家秘密" }
			                    row 办理总计 "（七）总计"
			                }
			            }
			            rule T3-ROW error "{row}：{lhs} ≠ {rhs}" basis "结构性"
			                : for each row r: r[总计] == sum(r[自然人 .. 其他])
			            rule T3-TOT warning "x" : for each column c: 办理总计[c] == sum(予以公开 .. 国家秘密[c])
			            rule X-9 info "y" : 新收[总计] - 1.5 <= 办理总计[总计]
			        }
			    }
			}
			""";

	@Inject
	ParseHelper<FormatFile> parseHelper;

	@Test
	void parsesFormatsWithChineseNamesGroupsAndRules() throws Exception {
		FormatFile file = parseHelper.parse(SMALL);
		assertTrue(file.eResource().getErrors().isEmpty(), () -> file.eResource().getErrors().toString());
		var format = file.getFormats().getFirst();
		assertEquals("test", format.getName());
		assertEquals(2021, format.getYears().getFrom());
		assertEquals(0, format.getYears().getTo(), "open-ended year range");
		Table table = format.getParts().getFirst().getTables().getFirst();
		assertEquals(Layout.GRID, table.getLayout());
		assertEquals(List.of("自然人", "商业企业", "其他", "总计"),
				TableStructure.leafColumns(table).stream().map(c -> c.getName()).toList());
		List<Row> rows = TableStructure.leafRows(table);
		assertEquals(List.of("新收", "予以公开", "国家秘密", "办理总计"), rows.stream().map(Row::getName).toList());
		assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"), TableStructure.labelPath(rows.get(2)));
		assertEquals("总计", TableStructure.label(TableStructure.leafColumns(table).getLast()), "name is the label");
	}

	@Test
	void parsesRulesWithLoopsRangesSumsAndNumbers() throws Exception {
		FormatFile file = parseHelper.parse(SMALL);
		List<Rule> rules = file.getFormats().getFirst().getParts().getFirst().getTables().getFirst().getRules();
		assertEquals(List.of("T3-ROW", "T3-TOT", "X-9"), rules.stream().map(Rule::getName).toList());
		assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO), rules.stream().map(Rule::getSeverity).toList());
		assertEquals("结构性", rules.getFirst().getBasis());

		ForEach loop = assertInstanceOf(ForEach.class, rules.getFirst().getCheck());
		assertEquals(LoopKind.ROW, loop.getVariable().getKind());
		Total total = assertInstanceOf(Total.class, loop.getComparison().getRight());
		CellReference range = total.getCells();
		assertInstanceOf(LoopVariable.class, range.getRow());
		assertEquals("自然人", range.getColumn().getName());
		assertEquals("其他", range.getColumnEnd().getName());

		Comparison plain = assertInstanceOf(Comparison.class, rules.get(2).getCheck());
		Binary difference = assertInstanceOf(Binary.class, plain.getLeft());
		assertEquals(new BigDecimal("1.5"), assertInstanceOf(NumberLiteral.class, difference.getRight()).getValue());
	}
}
