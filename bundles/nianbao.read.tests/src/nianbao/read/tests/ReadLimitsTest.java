// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nianbao.read.ReadException;
import nianbao.read.ReadLimits;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/** The limits' defaults and settings, and every reader stopping at them with the limit named. */
class ReadLimitsTest {

	@TempDir
	static Path dir;

	@Test
	void defaultsAreThoseDocumented() {
		assertEquals(new ReadLimits(60, 10_000, 200_000, 100_000, 50, 250), ReadLimits.DEFAULTS);
		assertEquals(List.of("time", "rows", "cells", "glyphs", "unpacked", "depth"), ReadLimits.names());
		assertEquals(100_000, ReadLimits.DEFAULTS.get("glyphs"));
		assertEquals("glyphs on one PDF page", ReadLimits.meaning("glyphs"));
	}

	@Test
	void aSettingChangesItsLimitOnly() {
		assertEquals(new ReadLimits(60, 10_000, 200_000, 500, 50, 250), ReadLimits.DEFAULTS.with("glyphs=500"));
		assertEquals(new ReadLimits(5, 10_000, 200_000, 100_000, 50, 250), ReadLimits.DEFAULTS.with(" time = 5 "));
		assertEquals(new ReadLimits(60, 10_000, 200_000, 100_000, 1024, 40),
				ReadLimits.of(List.of("unpacked=300", "depth=40", "unpacked=1024")));
		assertEquals(ReadLimits.DEFAULTS, ReadLimits.of(List.of()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"glyphs|a limit is given as NAME=VALUE (such as glyphs=200000), not \"glyphs\"",
			"pages=3|there is no limit \"pages\"; the limits are time, rows, cells, glyphs, unpacked, depth",
			"glyphs=0|the limit glyphs must be a whole number from 1 to 2147483647, not \"0\"",
			"rows=-5|the limit rows must be a whole number from 1 to 2147483647, not \"-5\"",
			"time=ten|the limit time must be a whole number from 1 to 2147483647, not \"ten\"",
			"cells=99999999999|the limit cells must be a whole number from 1 to 2147483647, not \"99999999999\"",
			"depth=|the limit depth must be a whole number from 1 to 2147483647, not \"\"" })
	void aBadSettingIsASentence(String setting, String message) {
		assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULTS.with(setting))
				.getMessage());
	}

	@Test
	void theReasonSaysHowToRaiseTheLimit() {
		assertEquals(" (limit glyphs=100000; raise with --limit glyphs=N)", ReadLimits.DEFAULTS.raise("glyphs"));
	}

	/**
	 * Each reader counts as it reads: the first sample's report, small as reports are, has more than
	 * five table rows and more than twenty cells in every format, and the first page of the Hongze PDF more
	 * than fifty glyphs.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"docx|rows=5|more than 5 table rows (limit rows=5; raise with --limit rows=N)",
			"doc|rows=5|more than 5 table rows (limit rows=5; raise with --limit rows=N)",
			"xlsx|rows=5|more than 5 table rows (limit rows=5; raise with --limit rows=N)",
			"xls|rows=5|more than 5 table rows (limit rows=5; raise with --limit rows=N)",
			"html|rows=5|more than 5 table rows (limit rows=5; raise with --limit rows=N)",
			"docx|cells=20|more than 20 table cells (limit cells=20; raise with --limit cells=N)",
			"html|cells=20|more than 20 table cells (limit cells=20; raise with --limit cells=N)",
			"docx|depth=3|the Word file nests XML elements more than 3 levels deep (limit depth=3; raise with --limit depth=N)",
			"xlsx|depth=2|the Excel file nests XML elements more than 2 levels deep (limit depth=2; raise with --limit depth=N)",
			"html|depth=2|the HTML nests elements more than 2 levels deep (limit depth=2; raise with --limit depth=N)",
			"pdf|glyphs=50|more than 50 glyphs on page 1 (limit glyphs=50; raise with --limit glyphs=N)" })
	void everyReaderStopsAtTheLimits(String type, String setting, String reason) throws Exception {
		Path file = type.equals("pdf") ? Samples.root().resolve("pdf").resolve("hongze-2023.pdf") : golden(type);
		ReadLimits limits = ReadLimits.DEFAULTS.with(setting);
		ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(ReadException.class, () -> Readers.read(file, limits)));
		assertEquals(file, e.file());
		assertEquals(reason, e.reason());
	}

	/** OCR of a scan, which takes seconds a page, stops at the time limit too: between pages and within one. */
	@Test
	void aScanStopsAtTheTimeLimit() {
		Path scan = Samples.root().resolve("scan").resolve("hongze-2023.pdf");
		ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(ReadException.class, () -> Readers.read(scan, ReadLimits.DEFAULTS.with("time=1"))));
		assertEquals(scan, e.file());
		assertTrue(e.reason().contains("(limit time=1; raise with --limit time=N)"), e.reason());
	}

	private static Path golden(String extension) {
		Path first = Samples.textReports().getFirst();
		return GoldenFiles.write(GoldenReport.of(Samples.groundTruth(first)), dir,
				first.getFileName().toString().replaceFirst("\\.txt$", ""), extension);
	}
}
