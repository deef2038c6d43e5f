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
