// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import nianbao.format.FormatMessages;
import nianbao.format.language.FormatFile;

/**
 * What the language says to a rule author names the elements in the author's words, in the workbench's
 * language (Chinese, English with {@code -nl en}): a name that links to nothing, a syntax error, never
 * a grammar type name or ANTLR's English.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatMessagesTest {

	/** Words of Xtext's and ANTLR's own messages, and the grammar's type names: none may reach the author. */
	private static final Pattern INTERNAL = Pattern.compile(
			"Couldn't resolve|Referable|RowNode|ColumnNode|CellReference|mismatched|expecting|extraneous|viable|EOF|RULE_");

	@Inject
	ParseHelper<FormatFile> parseHelper;

	@Inject
	ValidationTestHelper validation;

	private static final String TABLE = """
			format "t" {
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

	static Stream<Arguments> unknownNames() {
		return Stream.of(
				Arguments.of("rule R error \"m\" : 不存在[总计] == 结转[总计]", "", NLS.bind(FormatMessages.noSuchRow, "表三", "不存在")),
				Arguments.of("rule R error \"m\" : 新收[不存在] == 结转[总计]", "", NLS.bind(FormatMessages.noSuchColumn, "表三", "不存在")),
				Arguments.of("", "rule R error \"m\" : 表三.新收[总计] == 表三.没有[总计]", NLS.bind(FormatMessages.noSuchRow, "表三", "没有")),
				Arguments.of("", "rule R error \"m\" : 表九.新收[总计] == 表三.结转[总计]", NLS.bind(FormatMessages.noSuchTable, "表九")),
				Arguments.of("", "rule R error \"m\" : mentions \"公开\" in 十", NLS.bind(FormatMessages.noSuchPart, "十")),
				Arguments.of("", "omit rule NONE", NLS.bind(FormatMessages.noSuchRule, "NONE")),
				Arguments.of("", "rule R error \"m\" : no-such-check of 表三", NLS.bind(FormatMessages.noSuchCheck, "no-such-check")));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("unknownNames")
	void aNameThatLinksToNothingIsSaidInTheAuthorsWords(String inTable, String inFormat, String expected) throws Exception {
		List<Issue> issues = validation.validate(parseHelper.parse(TABLE.formatted(inTable, inFormat)));
		assertEquals(List.of(expected), issues.stream().map(Issue::getMessage).toList());
	}

	@Test
	void anUnknownBaseFormatIsNamed() throws Exception {
		List<Issue> issues = validation.validate(parseHelper.parse("format \"own\" basedOn \"无此格式\" {\n}\n"));
		assertEquals(List.of(NLS.bind(FormatMessages.noSuchFormat, "无此格式")), issues.stream().map(Issue::getMessage).toList());
	}

	static Stream<Arguments> syntaxErrors() {
		return Stream.of(
				Arguments.of(TABLE.formatted("", "rule R error \"m\" : 表三.新收[总计] ==").replaceAll("}\\s*$", ""),
						FormatMessages.syntaxEnd),
				Arguments.of(TABLE.formatted("", "rule R error \"m\" 表三.新收[总计] == 表三.结转[总计]"),
						NLS.bind(FormatMessages.syntaxMissing, ":", "表三")),
				Arguments.of(TABLE.formatted("", "rule R error : 表三.新收[总计] == 表三.结转[总计]"),
						NLS.bind(FormatMessages.syntaxMissing, FormatMessages.syntaxString, ":")),
				Arguments.of(TABLE.formatted("", "rule R error \"m\" : 表三.新收[总计] === 表三.结转[总计]"), null),
				Arguments.of(TABLE.formatted("", "rule R severe \"m\" : 表三.新收[总计] == 表三.结转[总计]"), null));
	}

	/** A syntax error names what was written and, where one thing was expected, what that is, as it is written. */
	@ParameterizedTest(name = "{1}")
	@MethodSource("syntaxErrors")
	void aSyntaxErrorIsSaidInTheAuthorsWords(String text, String expected) throws Exception {
		List<String> messages = validation.validate(parseHelper.parse(text)).stream().map(Issue::getMessage).toList();
		assertFalse(messages.isEmpty(), text);
		if (expected != null) {
			assertEquals(expected, messages.getFirst(), messages.toString());
		}
		messages.forEach(m -> assertFalse(INTERNAL.matcher(m).find(), m));
	}

	/** Both languages say the same things with the same places for names; the default one is Chinese. */
	@Test
	void theChineseAndTheEnglishMessagesMatch() throws IOException {
		Properties chinese = messages("messages.properties");
		Properties english = messages("messages_en.properties");
		assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
		for (String key : chinese.stringPropertyNames()) {
			assertEquals(placeholders(chinese.getProperty(key)), placeholders(english.getProperty(key)), key);
			assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					key + " is not Chinese: " + chinese.getProperty(key));
			assertFalse(INTERNAL.matcher(chinese.getProperty(key) + english.getProperty(key)).find(), key);
		}
		// every message the code names is in the files
		for (var field : FormatMessages.class.getFields()) {
			assertTrue(chinese.containsKey(field.getName()), field.getName());
		}
	}

	/** A messages file as NLS reads it: UTF-8. */
	private static Properties messages(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FormatMessages.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static TreeSet<String> placeholders(String message) {
		TreeSet<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{\\d}").matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
