// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Injector;

import nianbao.format.FormatLibrary;
import nianbao.format.FormatMessages;
import nianbao.format.ide.FormatIdeSetup;
import nianbao.format.ide.quickfix.FormatFixes;
import nianbao.format.validation.FormatValidator;
import nianbao.formats.OfficialFormats;

/**
 * The quick fixes of the common mistakes, as every editor gets them: each case is a file with one mistake,
 * loaded beside the official formats; its first fix must give the corrected text, after which the problem
 * is gone.
 */
class FormatQuickfixesTest {

	private static final String TABLE = """
			format "本地" {
			    years 2021..
			    part 三 "申请情况" {
			        table 表三 "申请情况" {
			            columns { column 自然人 column 总计 }
			            rows { row 新收 "一、新收" row 结转 "四、结转" }
			%s
			        }
			    }
			%s
			}
			""";

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				// a name that links to nothing: the closest name in scope
				Arguments.of(TABLE.formatted("rule R error \"m\" : 新收x[总计] == 结转[总计]", ""), Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "新收"), "新收x[总计]", "新收[总计]"),
				Arguments.of(TABLE.formatted("rule R error \"m\" : 新收[总数] == 结转[总计]", ""), Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "总计"), "新收[总数]", "新收[总计]"),
				Arguments.of(TABLE.formatted("", "rule R error \"m\" : 表3.新收[总计] == 0"), Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "表三"), "表3.新收", "表三.新收"),
				Arguments.of("format \"本地\" basedOn \"2022\" { years 2021.. }", Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "2021"), "basedOn \"2022\"", "basedOn \"2021\""),
				Arguments.of("format \"本地\" basedOn \"2021\" { years 2021.. omit rule T3-BALL }", Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "T3-BAL"), "omit rule T3-BALL", "omit rule T3-BAL"),
				Arguments.of(TABLE.formatted("rule R warning \"{detail}\" : cells-filed", ""), Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "cells-filled"), ": cells-filed", ": cells-filled"),
				// a profile's formats and rules link to them
				Arguments.of("profile \"本地\" for \"2021\" {\n    rule T3-BALL off\n}\n", Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "T3-BAL"), "rule T3-BALL off", "rule T3-BAL off"),
				Arguments.of("profile \"本地\" for \"2022\" {\n    rule T3-BAL off\n}\n", Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "2021"), "for \"2022\"", "for \"2021\""),
				Arguments.of("profile \"本地\" {\n    rule ST-44 info\n}\n", Diagnostic.LINKING_DIAGNOSTIC,
						NLS.bind(FormatMessages.fixUseName, "ST-4"), "rule ST-44", "rule ST-4"),
				// a name used twice: a free one
				Arguments.of(TABLE.formatted("rule A error \"m\" : 新收[总计] == 0\nrule A error \"m\" : 结转[总计] == 0", ""),
						FormatValidator.DUPLICATE_NAME, NLS.bind(FormatMessages.fixRename, "A-2"), "rule A error \"m\" : 结转",
						"rule A-2 error \"m\" : 结转"),
				Arguments.of(TABLE.formatted("", "").replace("row 结转 \"四、结转\"", "row 新收 \"四、结转\""), FormatValidator.DUPLICATE_NAME,
						NLS.bind(FormatMessages.fixRename, "新收2"), "row 新收 \"四、结转\"", "row 新收2 \"四、结转\""),
				// a format that the official one of the same name clashes with
				Arguments.of("format \"2021\" { years 2021.. }", FormatValidator.DUPLICATE_FORMAT,
						NLS.bind(FormatMessages.fixRename, "2021-2"), "format \"2021\"", "format \"2021-2\""),
				// a variant that is the label itself
				Arguments.of(TABLE.formatted("", "").replace("row 新收 \"一、新收\"", "row 新收 \"一、新收\" accept \"一、新收\" warning"),
						FormatValidator.REDUNDANT_VARIANT, NLS.bind(FormatMessages.fixRemoveVariant, "一、新收"),
						"row 新收 \"一、新收\" accept \"一、新收\" warning row", "row 新收 \"一、新收\" row"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("mistakes")
	void theFirstFixCorrectsTheMistake(String text, String code, String label, String before, String after) throws Exception {
		assertTrue(text.contains(before), before);
		XtextResource resource = load(text);
		Issue issue = issues(resource).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow(
				() -> new AssertionError("no " + code + " in " + issues(resource)));
		List<FormatFixes.Fix> fixes = injector.getInstance(FormatFixes.class).fixes(resource, issue.getOffset(), code);
		assertTrue(!fixes.isEmpty(), "fixes of " + issue);
		assertEquals(label, fixes.getFirst().label());
		String fixed = apply(text, fixes.getFirst().edits());
		assertEquals(text.replace(before, after), fixed);
		assertEquals(List.of(), issues(load(fixed)).stream().filter(i -> code.equals(i.getCode())).toList(), fixed);
	}

	/** Only names a slip of the pen away are offered; a name like none gets the closest alone. */
	@Test
	void distantNamesAreNotOffered() throws Exception {
		String slip = TABLE.formatted("rule R error \"m\" : 新收x[总计] == 结转[总计]", "");
		String unlike = TABLE.formatted("rule R error \"m\" : 新收[自然人] == 结转[总计]", "").replace("新收[自然人]",
				"新收[abcdefgh]");
		assertEquals(List.of(NLS.bind(FormatMessages.fixUseName, "新收")), labels(slip, "新收x"));
		assertEquals(List.of(NLS.bind(FormatMessages.fixUseName, "总计")), labels(unlike, "abcdefgh"));
	}

	private static List<String> labels(String text, String at) throws Exception {
		XtextResource resource = load(text);
		return injector.getInstance(FormatFixes.class).fixes(resource, text.indexOf(at), Diagnostic.LINKING_DIAGNOSTIC)
				.stream().map(FormatFixes.Fix::label).toList();
	}

	private static XtextResource load(String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (FormatLibrary.Source official : OfficialFormats.sources()) {
			try (InputStream in = official.opener().open()) {
				set.createResource(official.uri()).load(in, null);
			}
		}
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI("/authors/本地.nbformat"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static List<Issue> issues(XtextResource resource) {
		return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static String apply(String text, List<FormatFixes.Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(FormatFixes.Edit::offset).reversed())
				.forEach(e -> result.replace(e.offset(), e.offset() + e.length(), e.text()));
		return result.toString();
	}
}
