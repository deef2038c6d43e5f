// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.extract.Extraction;
import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/** How completely a report's tables were read, as every output reports it. */
class ExtractionStatusTest {

	@TempDir
	Path dir;

	private static Extraction of(Path file) throws Exception {
		return Extraction.of(new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file)));
	}

	@Test
	void theSamplesAreReadCompletely() throws Exception {
		for (Path sample : Samples.textReports()) {
			assertEquals("complete", of(sample).toString(), sample.toString());
		}
	}

	/** 洪泽区 2023 prints （六）其他处理 as one row: its three rows are that row, not cells left unread. */
	@Test
	void aGroupPrintedAsOneRowIsReadCompletely() throws Exception {
		assertEquals(Extraction.Status.COMPLETE, of(Samples.root().resolve("pdf/hongze-2023.pdf")).status());
	}

	/** w012's 行政规范性文件 "2135" (2 1 35 or 2 13 5) cannot be cut by its tables alone. */
	@Test
	void cellsThatCannotBeCutMakeTheExtractionPartial() throws Exception {
		Extraction extraction = of(Samples.root().resolve("wild/reports/w012.txt"));
		assertEquals(Extraction.Status.PARTIAL, extraction.status());
		assertEquals(List.of(new Extraction.TableCount("第一项", "第二十条第（一）项", 4, 6)), extraction.incomplete());
	}

	@Test
	void aReportWithoutItsTablesIsNotRecognised() throws Exception {
		Path text = Files.writeString(dir.resolve("report.txt"),
				"某某局2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n二、主动公开政府信息情况\n见附件。\n",
				StandardCharsets.UTF_8);
		assertEquals(Extraction.Status.NOT_RECOGNISED, of(text).status());
	}
}
