// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * The sample reports printed the ways other reports print their tables, each variant read back with
 * every cell equal to the sample's ground truth: page numbers and rule lines between the rows, table
 * captions broken over two lines, labels with their first value attached, labels spaced out
 * character by character; and cells left empty, which must stay in their columns.
 */
class LayoutVariantsTest {

	@TempDir
	Path dir;

	/** A way of printing a report's text. */
	private record Variant(String name, UnaryOperator<String> print) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static final List<Variant> VARIANTS = List.of(
			new Variant("page numbers between lines", text -> everyNthLine(text, 5, n -> switch (n % 3) {
				case 0 -> "- " + n + " -";
				case 1 -> "— " + n + " —";
				default -> "第 " + n + " 页 共 9 页";
			})),
			new Variant("rule lines between lines", text -> everyNthLine(text, 4,
					n -> n % 2 == 0 ? "|------|:-----:|------|" : "──────┼──────┼──────")),
			new Variant("captions broken after 第二十条第", text -> text.replaceAll("第二十条第(?=[（(])", "第二十条第\n")),
			new Variant("labels with their first value attached", text -> text.lines()
					.map(line -> line.replaceFirst("([\\p{IsHan}）)”])[ \\t|]+(?=\\d)", "$1"))
					.reduce((a, b) -> a + "\n" + b).orElseThrow()),
			new Variant("labels with 无 spaced out", LayoutVariantsTest::spaceOutLabelsWithWu));

	static Stream<Arguments> variants() {
		return Samples.textReports().stream().flatMap(sample -> VARIANTS.stream().map(v -> Arguments.of(sample, v)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("variants")
	void everyCellIsReadAsInTheSample(Path sample, Variant variant) throws Exception {
		String printed = variant.print().apply(Files.readString(sample));
		assertEquals(List.of(), GoldenExtractionTest.differences(extract(printed), Samples.groundTruth(sample)),
				printed);
	}

	/**
	 * A Word or web table prints an empty cell as nothing between two tabs: the cell is blank and the
	 * cells after it keep their columns (004, left empty: 规章's first two cells, 行政规范性文件's last,
	 * and 商业企业's new applications).
	 */
	@Test
	void anEmptyCellBetweenTabsIsBlankAndTheOthersKeepTheirColumns() throws Exception {
		Path sample = Samples.root().resolve("reports/004_19bd55d77ac0ead4.txt");
		String printed = Files.readString(sample);
		printed = replaceOnce(printed, "规章\t0\t0\t0", "规章\t\t\t0");
		printed = replaceOnce(printed, "行政规范性文件\t10\t5\t26", "行政规范性文件\t10\t5\t");
		printed = replaceOnce(printed, "一、本年新收政府信息公开申请数量\t\t2\t0\t", "一、本年新收政府信息公开申请数量\t\t2\t\t");
		assertEquals(List.of("第二十条第（一）项 规章 / 本年制发件数: expected 0, extracted BLANK ",
				"第二十条第（一）项 规章 / 本年废止件数: expected 0, extracted BLANK ",
				"第二十条第（一）项 行政规范性文件 / 现行有效件数: expected 26, extracted BLANK ",
				"收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 / 商业企业: expected 0, extracted BLANK "),
				GoldenExtractionTest.differences(extract(printed), Samples.groundTruth(sample)));
	}

	private Report extract(String text) throws Exception {
		Path file = Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);
		return new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
	}

	/** Inserts a line after every {@code n}th line, numbered from 1. */
	private static String everyNthLine(String text, int n, IntFunction<String> line) {
		List<String> lines = new ArrayList<>();
		int count = 0;
		for (String original : text.split("\n", -1)) {
			lines.add(original);
			if (++count % n == 0) {
				lines.add(line.apply(count / n));
			}
		}
		return String.join("\n", lines);
	}

	/** Spaces out, character by character, every label of four or more Chinese characters that holds a 无. */
	private static String spaceOutLabelsWithWu(String text) {
		Matcher label = Pattern.compile("[\\p{IsHan}]*无[\\p{IsHan}]*").matcher(text);
		StringBuilder out = new StringBuilder();
		while (label.find()) {
			String word = label.group();
			label.appendReplacement(out, word.length() >= 4 ? String.join(" ", word.split("")) : word);
		}
		label.appendTail(out);
		return out.toString();
	}

	private static String replaceOnce(String text, String from, String to) {
		assertEquals(1, text.split(Pattern.quote(from), -1).length - 1, "once in the sample: " + from);
		return text.replace(from, to);
	}
}
