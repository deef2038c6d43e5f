// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Correction;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.check.Triage;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;

/** Decisions kept next to the reports: written, read back, found from a report's folder. */
class TriageFileTest {

	@TempDir
	Path dir;

	private static Finding finding(String rule, String subject) {
		return new Finding(rule, Severity.ERROR, "message", subject, null, List.of(), BigDecimal.ONE, BigDecimal.TWO,
				BigDecimal.ONE.negate(), null);
	}

	@Test
	void decisionsSurviveWritingAndReading() throws IOException {
		Path report = dir.resolve("2023/001.txt");
		Finding natural = finding("T3-BAL", "自然人");
		Finding total = finding("T3-BAL", "总计");
		TriageFile triage = TriageFile.empty();
		triage.decide(report, natural, new Triage(Triage.State.DISMISSED, "系排版错误，已核实", LocalDate.of(2026, 11, 22)));
		triage.decide(report, total, new Triage(Triage.State.CONFIRMED, "", LocalDate.of(2026, 11, 21)));
		Path file = dir.resolve(TriageFile.NAME);
		triage.write(file);

		TriageFile read = TriageFile.read(file);
		assertEquals(Optional.of(new Triage(Triage.State.DISMISSED, "系排版错误，已核实", LocalDate.of(2026, 11, 22))),
				read.of(report, natural));
		// the fingerprint is of the file's name: the same report in another folder keeps its triage
		assertTrue(read.of(dir.resolve("elsewhere/001.txt"), total).orElseThrow().state() == Triage.State.CONFIRMED);
		assertEquals(Optional.empty(), read.of(report, finding("NT-2", "")));
		assertTrue(Files.readString(file).contains("\"reason\": \"系排版错误，已核实\""), "readable, not escaped");

		read.reopen(natural.fingerprint(report));
		assertEquals(Optional.empty(), read.of(report, natural));
		assertEquals(1, read.entries().size());
	}

	@Test
	void correctionsSurviveWritingAndReadingAndReplaceEachOther() throws IOException {
		Path report = dir.resolve("2023/001.txt");
		Correction first = new Correction("001.txt", "表三", "新收", "自然人", "表三 一、… / 自然人", "1g", BigDecimal.valueOf(19),
				"OCR 误读，原件为 19", LocalDate.of(2026, 12, 5));
		TriageFile triage = TriageFile.empty();
		triage.correct(first);
		triage.correct(new Correction("002.txt", "表四", "行政复议", "总计", "", "", new BigDecimal("2"), "录入", null));
		Path file = dir.resolve(TriageFile.NAME);
		triage.write(file);
		assertTrue(Files.readString(file).contains("\"version\": 2"), Files.readString(file));

		TriageFile read = TriageFile.read(file);
		assertEquals(List.of(first), read.corrections(report));
		Correction again = new Correction("001.txt", "表三", "新收", "自然人", "", "1g", BigDecimal.valueOf(18), "再核：18", null);
		read.correct(again);
		assertEquals(List.of(again), read.corrections(report), "the same cell corrected again replaces the correction");
		read.withdraw(again);
		assertEquals(List.of(), read.corrections(report));
		read.write(file);
		assertEquals(1, TriageFile.read(file).corrections().size());
		assertThrows(IllegalArgumentException.class,
				() -> new Correction("001.txt", "表三", "新收", "自然人", "", "", BigDecimal.ONE, " ", null), "a reason is required");
	}

	@Test
	void writingKeepsWhatAnotherWorkbenchWroteMeanwhile() throws IOException {
		Path report = dir.resolve("001.txt");
		Path file = dir.resolve(TriageFile.NAME);
		TriageFile.empty().write(file);
		TriageFile mine = TriageFile.read(file);
		TriageFile theirs = TriageFile.read(file);
		Finding natural = finding("T3-BAL", "自然人");
		Finding total = finding("T3-BAL", "总计");
		theirs.decide(report, natural, new Triage(Triage.State.CONFIRMED, "", null));
		theirs.correct(new Correction("001.txt", "表三", "新收", "总计", "", "2l", BigDecimal.valueOf(21), "原件为 21", null));
		theirs.write(file);
		mine.decide(report, total, new Triage(Triage.State.DISMISSED, "排版", null));
		mine.write(file);

		TriageFile both = TriageFile.read(file);
		assertTrue(both.of(report, natural).isPresent(), "their decision is kept");
		assertTrue(both.of(report, total).isPresent(), "mine is added");
		assertEquals(1, both.corrections(report).size(), "their correction is kept");
		// and a decision withdrawn here is withdrawn there
		mine.reopen(total.fingerprint(report));
		mine.write(file);
		assertEquals(Optional.empty(), TriageFile.read(file).of(report, total));
		assertTrue(TriageFile.read(file).of(report, natural).isPresent());
	}

	@Test
	void aFileOfTheFirstVersionIsReadAndOneOfALaterVersionIsRefusedNotOverwritten() throws IOException {
		Path file = dir.resolve(TriageFile.NAME);
		Files.writeString(file, """
				{"decisions": [{"fingerprint": "abc", "file": "001.txt", "rule": "T3-BAL", "subject": "总计",
				  "state": "dismissed", "reason": "排版", "date": "2026-11-22"}]}
				""");
		assertEquals("排版", TriageFile.read(file).entries().iterator().next().triage().reason());

		String later = "{\"version\": 3, \"decisions\": [], \"corrections\": [], \"signatures\": []}";
		Files.writeString(file, later);
		IOException e = assertThrows(IOException.class, () -> TriageFile.read(file));
		assertTrue(e.getMessage().startsWith(file + ": written by a later version of Nianbao Auditor (triage file version 3"),
				e.getMessage());
		TriageFile mine = TriageFile.empty();
		mine.decide(dir.resolve("001.txt"), finding("NT-2", ""), new Triage(Triage.State.CONFIRMED, "", null));
		assertThrows(IOException.class, () -> mine.write(file));
		assertEquals(later, Files.readString(file), "the later file is left as it was");
	}

	@Test
	void theNearestTriageFileAboveAReportGoverns() throws IOException {
		Files.createDirectories(dir.resolve("a/b"));
		assertEquals(Optional.empty(), TriageFile.near(dir.resolve("a/b/001.txt")).filter(p -> p.startsWith(dir)));
		Files.writeString(dir.resolve(TriageFile.NAME), "{\"decisions\": []}");
		assertEquals(Optional.of(dir.resolve(TriageFile.NAME)), TriageFile.near(dir.resolve("a/b/001.txt")));
		Files.writeString(dir.resolve("a/" + TriageFile.NAME), "{\"decisions\": []}");
		assertEquals(Optional.of(dir.resolve("a/" + TriageFile.NAME)), TriageFile.near(dir.resolve("a/b/001.txt")));
	}

	@Test
	void eachGoverningFileIsReadOnceAndABrokenOneIsToldAndDecidesNothing() throws IOException {
		Files.createDirectories(dir.resolve("a/b"));
		Finding finding = finding("NT-2", "");
		TriageFile decisions = TriageFile.empty();
		decisions.decide(dir.resolve("a/001.txt"), finding, new Triage(Triage.State.CONFIRMED, "", null));
		decisions.write(dir.resolve("a/" + TriageFile.NAME));
		List<Path> broken = new ArrayList<>();
		TriageFiles files = new TriageFiles((file, e) -> broken.add(file));
		// the file in a/ governs a/ and a/b/: the same decisions for both
		assertSame(files.governing(dir.resolve("a/001.txt")), files.governing(dir.resolve("a/b/002.txt")));
		assertEquals(Triage.State.CONFIRMED, files.governing(dir.resolve("a/001.txt")).of(dir.resolve("a/001.txt"), finding)
				.orElseThrow().state());
		Files.writeString(dir.resolve("a/b/" + TriageFile.NAME), "{");
		TriageFiles again = new TriageFiles((file, e) -> broken.add(file));
		assertEquals(Optional.empty(), again.governing(dir.resolve("a/b/002.txt")).of(dir.resolve("a/b/002.txt"), finding));
		again.governing(dir.resolve("a/b/003.txt"));
		assertEquals(List.of(dir.resolve("a/b/" + TriageFile.NAME)), broken, "told once");
	}

	@Test
	void aMissingFileHoldsNoDecisionsAndABrokenOneIsNamed() throws IOException {
		assertTrue(TriageFile.read(dir.resolve(TriageFile.NAME)).entries().isEmpty());
		Path broken = Files.writeString(dir.resolve(TriageFile.NAME), "[1, 2");
		IOException e = assertThrows(IOException.class, () -> TriageFile.read(broken));
		assertTrue(e.getMessage().startsWith(broken + ": not a triage file"), e.getMessage());
	}
}
