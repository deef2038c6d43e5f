// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nianbao.extract.CellText;
import nianbao.extract.ChineseNumerals;
import nianbao.extract.Labels;
import nianbao.model.CellKind;

class LabelsTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"三、 本 年 度 办 理 结 果; 三、本年度办理结果",
			"(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形); (二)部分公开(区分处理的,只计这一情形,不计其他情形)",
			"（二）部分公开（区分处理的，只计这一情形，不计其他情形）; (二)部分公开(区分处理的,只计这一情形,不计其他情形)",
			"3.危及“三安全一稳定”; 3.危及\"三安全一稳定\"" })
	void normalisationIgnoresSpacesWidthAndQuotes(String printed, String normal) {
		assertEquals(normal, Labels.normalize(printed));
	}

	@Test
	void normalisationJoinsLabelsBrokenByLinesAndWideSpaces() {
		assertEquals("本年新制作数量", Labels.normalize("本年新\n制作数量"));
		assertEquals("总计", Labels.normalize("总\u3000计"));
		assertEquals("结果纠正", Labels.normalize("结果\r\n\t纠正"));
	}

	@Test
	void similarityOfTitles() {
		assertEquals(1.0, Labels.similarity("总体情况", "总体情况"));
		assertEquals(0.0, Labels.similarity("结转下年度继续办理", "政府信息公开行政复议、行政诉讼情况"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"19; NUMBER; 19", "０.４６; NUMBER; 0.46", "1,234; NUMBER; 1234", "/; PLACEHOLDER; null",
			"—; PLACEHOLDER; null", "无; PLACEHOLDER; null", "10000件以上; TEXT; null", "2108000元; TEXT; null",
			"400余条; TEXT; null" })
	void cellsAreClassified(String printed, CellKind kind, BigDecimal value) {
		CellText cell = CellText.classify(printed);
		assertEquals(kind, cell.kind());
		assertEquals(value, cell.value());
	}

	@ParameterizedTest
	@CsvSource({ "1.属于国家秘密", "予以公开", "1.", "第二十条第（一）项" })
	void labelsAreNotCells(String printed) {
		assertNull(CellText.classify(printed));
	}

	@ParameterizedTest
	@CsvSource({ "十二, 12", "二十八, 28", "三百零五, 305", "一万二千, 12000", "九, 9" })
	void chineseNumerals(String text, long value) {
		assertEquals(value, ChineseNumerals.value(text));
	}

	@Test
	void chineseYears() {
		assertEquals(2022, ChineseNumerals.digits("二〇二二"));
	}
}
