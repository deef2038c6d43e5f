// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.format.FormatDifferences;
import nianbao.format.language.Format;
import nianbao.formats.OfficialFormats;

/**
 * What the 2021 format changes of the 2019 trial one, as the two files and format-spec §2 say: new years
 * and notice, 表二's 第一项 with other columns and its 行政规范性文件 row, no 第九项, and the 2021-only rules.
 */
class FormatDifferencesTest {

	private static List<String> differences(String from, String to) throws Exception {
		Format a = OfficialFormats.library().byId(from).orElseThrow();
		Format b = OfficialFormats.library().byId(to).orElseThrow();
		return FormatDifferences.between(a, b).stream().map(FormatDifferences.Difference::toString).toList();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "~ 格式 年份：2019..2020 → 2021..", "~ 格式 文号：国办公开办函〔2019〕60号 → 国办公开办函〔2021〕30号",
			"+ 列 第一项/制发", "- 列 第一项/新制作", "+ 行 第一项/行政规范性文件", "- 行 第一项/规范性文件", "- 表 第九项",
			"+ 规则 T2-VALID", "- 规则 T2-CUM", "+ 规则 T3-FEE", "+ 规则 X-2", "+ 规则 NT-5-废止",
			"~ 规则 NT-5-制发：“正文所述新制作规范性文件 {lhs} 件，与表二 {rhs} 不符” → “正文所述新制发规范性文件 {lhs} 件，与表二 {rhs} 不符”" })
	void fromTheTrialFormatTo2021(String difference) throws Exception {
		List<String> all = differences("2019-trial", "2021");
		assertTrue(all.contains(difference), String.join("\n", all));
	}

	@Test
	void whatIsTheSameIsNotListed() throws Exception {
		List<String> all = differences("2019-trial", "2021");
		assertTrue(all.stream().noneMatch(d -> d.contains("表 表三：") || d.contains("规则 T3-BAL") || d.contains("部分 一")),
				String.join("\n", all));
		assertEquals(List.of(), differences("2021", "2021"));
	}
}
