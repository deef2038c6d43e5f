// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nianbao.format.language.FormatFile;

@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatFormatterTest {

	@Inject
	FormatterTestHelper formatter;

	@Inject
	ParseHelper<FormatFile> parseHelper;

	@Inject
	ISerializer serializer;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Test
	void declarationsGoOnLinesOfTheirOwnWithIndentedBlocks() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					format "t" { years 2021.. part 三 "申请情况" { table 表三 "申请情况" { columns { column 自然人 column 总计 }
					rows { row 新收 "一、新收" group 结果 "三、结果" { row 公开 } }


					rule A error "m" : for each row r: r[总计] == sum(r[自然人 .. 自然人]) } } }
					""");
			request.setExpectation("""
					format "t" {
					    years 2021..
					    part 三 "申请情况" {
					        table 表三 "申请情况" {
					            columns {
					                column 自然人
					                column 总计
					            }
					            rows {
					                row 新收 "一、新收"
					                group 结果 "三、结果" {
					                    row 公开
					                }
					            }

					            rule A error "m" : for each row r: r[总计] == sum(r[自然人 .. 自然人])
					        }
					    }
					}
					""");
		});
	}

	@Test
	void theSerializerWritesAModelThatParsesBackToTheSameModel() throws Exception {
		FormatFile parsed = parseHelper.parse(FormatParsingTest.SMALL);
		// a copy has no node model, so the serializer must write every token itself
		XtextResourceSet set = resourceSets.get();
		XtextResource copy = (XtextResource) set.createResource(URI.createURI("copy.nbformat"));
		copy.getContents().add(EcoreUtil.copy(parsed));
		String text = serializer.serialize(copy.getContents().getFirst(), SaveOptions.newBuilder().format().getOptions());
		FormatFile reparsed = parseHelper.parse(text);
		assertTrue(reparsed.eResource().getErrors().isEmpty(), () -> text + reparsed.eResource().getErrors());
		assertTrue(EcoreUtil.equals(parsed, reparsed), text);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		copy.save(out, Map.of());
		assertEquals(text, out.toString(StandardCharsets.UTF_8));
	}
}
