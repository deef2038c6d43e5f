// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.extract.Extraction;
import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * The alignment's searches stay bounded on texts no report prints: a label printed tens of thousands
 * of times, megabytes of running text; the bounds are loose, for shared CI machines.
 */
class LargeTextTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private Report extract(String text) throws Exception {
		Path file = Files.writeString(dir.resolve("large.txt"), text, StandardCharsets.UTF_8);
		return new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
	}

	/** 003 with 表三's "2.重复申请" row printed 30,000 times over: the table is still read. */
	@Test
	void aLabelPrintedThousandsOfTimes() throws Exception {
		String sample = Files.readString(Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt"), StandardCharsets.UTF_8);
		String row = "\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\n";
		String text = sample.replace(row, row.repeat(30_000));
		Report report = assertTimeoutPreemptively(BOUND, () -> extract(text));
		assertEquals("表三", report.getTables().stream().filter(t -> t.getKey().equals("表三")).findFirst().orElseThrow().getKey());
	}

	/** Five megabytes of text that is no report's: nothing recognised, nothing claimed missing. */
	@Test
	void megabytesOfRunningText() throws Exception {
		String text = "2021年政府信息公开工作年度报告\n" + "一是加强组织领导，二是完善工作制度，共12件。".repeat(200_000);
		Report report = assertTimeoutPreemptively(BOUND, () -> extract(text));
		assertEquals(Extraction.Status.NOT_RECOGNISED, Extraction.of(report).status());
		assertEquals(java.util.List.of(), report.getAbsentParts());
	}
}
