// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nianbao.format.FormatInheritance;
import nianbao.format.TableStructure;
import nianbao.format.language.CellReference;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.language.Row;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;

@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatInheritanceTest {

	@Inject
	ParseHelper<FormatFile> parseHelper;

	@Inject
	ValidationTestHelper validation;

	static final String FORMATS = """
			format "new" {
			    years 2021..
			    deadline department 1-31
			    part 一 "总体情况"
			    part 三 "申请情况" {
			        table 表三 "申请情况" {
			            columns { column 总计 }
			            rows {
			                row 新收
			                group 办理结果 { row 予以公开 group 其他处理 { row 逾期 row 其他 } row 办理总计 }
			            }
			            rule TOT error "m" : 办理总计[总计] == sum(予以公开 .. 其他处理[总计])
			        }
			    }
			    rule FEE warning "m" : 表三.逾期[总计] == 0
			    rule KEEP info "m" : 表三.新收[总计] >= 0
			}
			format "old" basedOn "new" {
			    years 2019..2020
			    part 二 "主动公开" {
			        table 表二 "第九项" { columns { column 数量 } rows { row 采购 } }
			    }
			    change table 表三 {
			        replace 其他处理 with row 其他处理 "（六）其他处理"
			    }
			    omit rule FEE
			    rule KEEP error "replaced" : 表三.新收[总计] >= 1
			}
			""";

	@Test
	void aDerivedFormatValidatesAgainstItsBase() throws Exception {
		validation.assertNoErrors(parseHelper.parse(FORMATS));
	}

	@Test
	void theEffectiveFormatAppliesTheOverrides() throws Exception {
		FormatFile file = parseHelper.parse(FORMATS);
		Format base = file.getFormats().get(0);
		Format effective = FormatInheritance.effective(file.getFormats().get(1));

		assertSame(base, FormatInheritance.effective(base), "a format without base is its own effective format");
		assertEquals("old", effective.getName());
		assertEquals(2019, effective.getYears().getFrom());
		assertEquals(1, effective.getDeadlines().size(), "inherited");
		assertEquals(List.of("一", "三", "二"), effective.getParts().stream().map(p -> p.getName()).toList());

		Table table3 = EcoreUtil2.eAllOfType(effective, Table.class).stream().filter(t -> t.getName().equals("表三"))
				.findFirst().orElseThrow();
		assertNotSame(EcoreUtil2.eAllOfType(base, Table.class).getFirst(), table3, "a copy, not the base's table");
		assertEquals(List.of("新收", "予以公开", "其他处理", "办理总计"),
				TableStructure.leafRows(table3).stream().map(Row::getName).toList());

		List<String> rules = EcoreUtil2.eAllOfType(effective, Rule.class).stream().map(Rule::getName).toList();
		assertEquals(List.of("TOT", "KEEP"), rules, "FEE omitted");
		Rule keep = EcoreUtil2.eAllOfType(effective, Rule.class).stream().filter(r -> r.getName().equals("KEEP"))
				.findFirst().orElseThrow();
		assertEquals("replaced", keep.getMessage());
	}

	@Test
	void everyReferenceOfTheEffectiveFormatPointsIntoIt() throws Exception {
		FormatFile file = parseHelper.parse(FORMATS);
		Format effective = FormatInheritance.effective(file.getFormats().get(1));
		for (CellReference cell : EcoreUtil2.eAllOfType(effective, CellReference.class)) {
			assertSame(effective, EcoreUtil.getRootContainer(cell.getRow()), "row of " + cell);
			assertSame(effective, EcoreUtil.getRootContainer(cell.getColumn()), "column of " + cell);
			if (cell.getRowEnd() != null) {
				assertSame(effective, EcoreUtil.getRootContainer(cell.getRowEnd()));
				assertTrue(cell.getRowEnd() instanceof Row, "the replaced group is now the row 其他处理");
			}
		}
	}
}
