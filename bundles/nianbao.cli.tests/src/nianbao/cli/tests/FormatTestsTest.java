// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.CheckMessages;
import nianbao.testing.Samples;

/**
 * {@code nianbao audit --test}: a format file's test cases, each a report with the findings it must give;
 * sample 001's are those of its ground truth (two T3-BAL errors and NT-2).
 */
class FormatTestsTest {

	@TempDir
	Path dir;

	@Test
	void testCasesPassOrSayWhatTheyFound() throws Exception {
		Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), dir.resolve("001.txt"));
		Path format = Files.writeString(dir.resolve("local.nbformat"), """
				format "本地" basedOn "2021" {
				    years 2030..
				}
				test "001 的表三错误" report "001.txt" {
				    expect error T3-BAL x 2
				    expect error NT-2
				    expect no T3-TOT
				}
				test "a wrong expectation" report "001.txt" {
				    expect no NT-2
				    expect warning T3-BAL
				}
				""");
		CommandRun run = CommandRun.of("audit", "--test", dir.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertEquals(List.of("PASS " + format + ":4: 001 的表三错误",
				"FAIL " + format + ":9: a wrong expectation: " + NLS.bind(CheckMessages.testExpectedNone, "NT-2", 1) + "; "
						+ NLS.bind(CheckMessages.testExpected, new Object[] { "warning", "T3-BAL", "", 0 })),
				run.out().lines().toList());
		assertTrue(run.err().contains("2 test case(s): 1 passed, 1 failed"), run.err());
	}

	@Test
	void anExpectationOfARuleThatIsNotThereIsAnErrorWhereItIsWritten() throws Exception {
		Files.writeString(dir.resolve("local.nbformat"), """
				test "typo" report "001.txt" {
				    expect error T3-BALL
				}
				""");
		CommandRun run = CommandRun.of("audit", "--test", dir.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("local.nbformat:2:18: "), run.err());
	}
}
