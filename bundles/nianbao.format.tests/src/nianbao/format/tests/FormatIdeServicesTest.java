// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import nianbao.format.ide.FormatIdeSetup;
import nianbao.format.ide.contentassist.FormatContentAssist;
import nianbao.format.ide.highlighting.FormatHighlighting;

/** Content assist and highlighting as an editor gets them, without a workbench. */
class FormatIdeServicesTest {

	static final String TEXT = """
			format "t" {
			    part 三 "申请情况" {
			        table 表三 "申请情况" {
			            columns { column 自然人 group 法人 "法人或其他组织" { column 商业企业 } column 总计 }
			            rows { row 新收 "一、本年新收政府信息公开申请数量" row 结转 }
			            rule A error "m" : for each row r: r[总计] == r[自然人]
			        }
			    }
			}
			""";

	static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static XtextResource parse(String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("t.nbformat"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static List<ContentAssistEntry> proposalsAt(String text, String marker) throws Exception {
		int offset = text.indexOf(marker) + marker.length();
		return injector.getInstance(FormatContentAssist.class).proposals(parse(text), text, offset);
	}

	@Test
	void aColumnSlotProposesTheTablesColumnsWithTheirLabels() throws Exception {
		String text = TEXT.replace("r[自然人]", "r[]");
		List<ContentAssistEntry> proposals = proposalsAt(text, "== r[");
		List<String> names = proposals.stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(names.containsAll(List.of("自然人", "法人", "商业企业", "总计")), names.toString());
		assertTrue(names.stream().noneMatch(n -> n.equals("新收") || n.equals("r")), "no rows in a column slot: " + names);
		ContentAssistEntry group = proposals.stream().filter(p -> p.getProposal().equals("法人")).findFirst().orElseThrow();
		assertEquals("列 法人或其他组织", group.getDescription());
	}

	@Test
	void aRowSlotProposesRowsAndTheLoopVariable() throws Exception {
		String text = TEXT.replace("== r[自然人]", "== ");
		List<String> names = proposalsAt(text, "== ").stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(names.containsAll(List.of("新收", "结转", "r", "sum", "narrative")), names.toString());
		assertTrue(names.stream().noneMatch(n -> n.equals("自然人")), "no columns in a row slot: " + names);
	}

	@Test
	void aRulesCheckProposesTheDeclaredChecks() throws Exception {
		String text = "check cells-filled \"统计单元格填写数字\" {\n    message 空白(单元格) \"{单元格} 空白\"\n}\n"
				+ TEXT.replace("rule A error \"m\" : for each row r: r[总计] == r[自然人]", "rule A error \"m\" : ");
		List<String> names = proposalsAt(text, "rule A error \"m\" : ").stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(names.containsAll(List.of("cells-filled", "新收", "for", "if")), names.toString());
	}

	@Test
	void keywordsAreProposedWhereADeclarationMayStart() throws Exception {
		String text = TEXT.replace("            rule A", "            \n            rule A");
		List<String> names = proposalsAt(text, "row 结转 }\n            ").stream().map(ContentAssistEntry::getProposal)
				.toList();
		assertTrue(names.contains("rule"), names.toString());
	}

	@Test
	void rulesRowsColumnsAndVariablesAreHighlighted() throws Exception {
		XtextResource resource = parse(TEXT);
		List<String> styled = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> styled.add(TEXT.substring(offset, offset + length) + "=" + String.join(",", ids)),
				CancelIndicator.NullImpl);
		assertTrue(styled.containsAll(List.of("A=" + FormatHighlighting.RULE_ID, "新收=" + FormatHighlighting.ROW,
				"自然人=" + FormatHighlighting.COLUMN, "总计=" + FormatHighlighting.COLUMN)), styled.toString());
		assertTrue(styled.contains("r=" + FormatHighlighting.VARIABLE), styled.toString());
	}
}
