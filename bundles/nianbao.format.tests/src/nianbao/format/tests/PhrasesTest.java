// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nianbao.format.Phrases;

/**
 * Phrases as a rule author writes them, against sentences of real reports: what each finds, and the number
 * it reads ("-" where it finds nothing).
 */
class PhrasesTest {

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', value = { //
			"现行有效（的）（行政）规范性文件{数}件 | 目前现行有效的行政规范性文件 35 件。 | 35",
			"现行有效（的）（行政）规范性文件{数}件 | 现行有效规范性文件12件 | 12",
			"现行有效(的)规范性文件{数}件 | 现行有效的规范性文件二十八件 | 二十八",
			"新制发/新出台/新印发…{数}件/条/个 | 本年度新印发规范性文件3个， | 3",
			"新制发/新出台/新印发…{数}件/条/个 | 新制发文件，共计3个 | -", // the clause ends at the comma
			"新制发/新出台/新印发…{数}件/条/个 | 新出台政策措施文件汇编3条 | -", // more than six characters between
			"新制发/新出台/新印发……{数}件/条/个 | 新出台政策措施文件汇编3条 | 3",
			"累计/对外 公开（的）规范性文件{数}件 | 对外公开规范性文件 18 件 | 18",
			"累计/对外 公开（的）规范性文件{数}件 | 累计公开的规范性文件18件 | 18",
			"累计/对外 公开（的）规范性文件{数}件 | 公开规范性文件18件 | -",
			"予以公开{数}件 | 其中予以公开120件 | 120",
			"行政复议（申请）{数}件 | 收到行政复议申请 2 件 | 2",
			"a.b{数}件 | axb1件 | -" // a character stands for itself, also one that a regular expression would read otherwise
	})
	void aPhraseFindsWhatItSays(String phrase, String sentence, String number) {
		Matcher matcher = Pattern.compile(Phrases.compile(phrase.strip())).matcher(sentence.strip());
		assertEquals(number.strip(), matcher.find() ? matcher.group(1) : "-");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "现行有效（的规范性文件{数}件", "现行有效的）规范性文件{数}件", "新制发//新印发{数}件" })
	void aMalformedPhraseIsRefusedWithItsReason(String phrase) {
		assertThrows(IllegalArgumentException.class, () -> Phrases.compile(phrase));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "予以公开{数}件 | 1", "予以公开 | 0", "{数}件中{数}件 | 2" })
	void numbersAreCounted(String phrase, int numbers) {
		assertEquals(numbers, Phrases.numbers(phrase.strip()));
	}
}
