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

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"(三)不予公开1.属于国家秘密; 1.属于国家秘密; 7; 7",
			"三、本年度办理结果(一)予以公开; (一)予以公开; 9; 9",
			"(六)其他处理3.其他; 3.其他; 7; 7",
			"总计; (七)总计; 0; 0",
			"(三)2.其他法律行政止公开; 2.其他法律行政法规禁止公开; -1; 3",
			"一、本年新收; 二、上年结转; -1; -1",
			"2.重复申请; 3.要求提供公开出版物; -1; -1" })
	void labelsMatchAtTheEndOfALabelRun(String run, String label, int exactly, int approximately) {
		assertEquals(exactly, Labels.matchSuffix(Labels.normalize(run), Labels.normalize(label)));
		assertEquals(approximately, Labels.matchSuffixApproximately(Labels.normalize(run), Labels.normalize(label)));
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
