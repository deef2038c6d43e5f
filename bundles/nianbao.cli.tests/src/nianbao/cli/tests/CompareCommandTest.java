// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao compare}: what one format changes of another, the official ones and a rule author's. */
class CompareCommandTest {

	@TempDir
	Path dir;

	@Test
	void theTrialFormatAnd2021DifferAsTheirFilesSay() {
		CommandRun run = CommandRun.of("compare", "2019-trial", "2021");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.containsAll(List.of("- 表 第九项", "+ 规则 T3-FEE", "+ 列 第一项/制发", "- 规则 T2-CUM")), run.out());
		assertTrue(run.err().contains(lines.size() + " difference(s) from 2019-trial to 2021"), run.err());
	}

	@Test
	void anAuthorsFormatIsComparedWithTheOneItIsBasedOn() throws Exception {
		Files.writeString(dir.resolve("local.nbformat"), """
				format "2021-本地" basedOn "2021" {
				    years 2030..
				    omit rule ST-4
				    rule LOCAL-1 warning "第五部分未逐条列出" : part 五 matches "一是"
				}
				""");
		CommandRun run = CommandRun.of("compare", "--formats", dir.toString(), "2021", "2021-本地");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("~ 格式 年份：2021.. → 2030..", "+ 规则 LOCAL-1", "- 规则 ST-4"), run.out().lines().toList());
	}

	@Test
	void anUnknownFormatIsNamedWithTheFormatsThereAre() {
		CommandRun run = CommandRun.of("compare", "2019", "2021");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("no format named \"2019\"; the formats are 2019-trial, 2021")
				|| run.err().contains("no format named \"2019\"; the formats are 2021, 2019-trial"), run.err());
	}
}
