// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.format.FormatMessages;
import nianbao.check.Triage;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/** The audit command end to end on the sample folder: text lines, the JSON schema, exit codes. */
class AuditCommandTest {

	@TempDir
	Path dir;

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	@Test
	void textOutputPrintsOneLinePerFindingWithFileLineAndColumn() {
		Path reports = Samples.root().resolve("reports");
		CommandRun run = run("audit", reports.toString());
		assertEquals(1, run.exitCode(), run.err());
		Path report001 = reports.resolve("001_79dfd87bc59a18f9.txt");
		List<String> errors = run.out().lines().filter(l -> l.contains(": error ")).toList();
		assertEquals(List.of(
				report001 + ":37:20: error T3-BAL 自然人列：第一项加第二项之和 新收 19 + 上年结转 0 = 19，不等于第三项加第四项之和 办理总计 19 + 结转下年度 1 = 20，相差 -1",
				report001 + ":37:45: error T3-BAL 总计列：第一项加第二项之和 新收 21 + 上年结转 0 = 21，不等于第三项加第四项之和 办理总计 21 + 结转下年度 1 = 22，相差 -1",
				report001 + ":59:39: error NT-2 正文称申请全部办结，但表三“结转下年度继续办理”总计为 1"), errors);
		assertTrue(run.out().lines().allMatch(l -> l.matches("\\S+\\.txt:\\d+:\\d+: (error|warning|info) [A-Z0-9-]+ .*")),
				run.out());
		assertTrue(run.err().contains("5 report(s), 0 not assessed; findings: 3 error(s)"), run.err());
		// the header cell printed as 社会组织, line 57 of 威海 2021: three tabs, 商业企业, tab, 科研机构, tab
		assertTrue(run.out().contains("003_cfdcbf421f40f17c.txt:57:14: warning LB-1 "), run.out());
		// 济宁 2020 line 16 "信息内容 | 本年新 | 本年新 | …": the two truncated headers at columns 8 and 14
		assertTrue(run.out().contains(report001 + ":16:8: warning LB-1 第二十条第（一）项 列标签印为“本年新”，应为“本年新制作数量”"), run.out());
		assertTrue(run.out().contains(report001 + ":16:14: warning LB-1 第二十条第（一）项 列标签印为“本年新”，应为“本年新公开数量”"), run.out());
	}

	@Test
	void jsonOutputHasTheDocumentedSchemaAndTheGroundTruthsCells() throws Exception {
		Path output = dir.resolve("audit.json");
		CommandRun run = run("audit", "--format", "json", "--output", output.toString(), Samples.root().resolve("reports").toString());
		assertEquals(1, run.exitCode(), run.err());
		JsonArray reports = JsonParser.parseString(Files.readString(output)).getAsJsonObject().getAsJsonArray("reports");
		assertEquals(5, reports.size());
		for (var element : reports) {
			JsonObject report = element.getAsJsonObject();
			assertEquals(Set.of("source", "assessed", "format", "title", "agency", "reportYear", "periodStart", "periodEnd",
					"publishedDate", "extraction", "cells", "corrections", "findings", "cannotAssess", "suspectCell", "diagnostics"),
					report.keySet());
			// the samples are read completely: 表二's four (2021) or five (2019) tables, 表三, 表四
			assertEquals("complete", report.getAsJsonObject("extraction").get("status").getAsString());
			GroundTruth truth = Samples.groundTruth(Path.of(report.get("source").getAsString()));
			assertEquals(truth.agency(), report.get("agency").getAsString());
			assertEquals(truth.reportYear(), report.get("reportYear").getAsInt());
			assertEquals(truth.table("table3"), report.getAsJsonObject("cells").getAsJsonObject("table3"));
			assertEquals(truth.table("table4"), report.getAsJsonObject("cells").getAsJsonObject("table4"));
		}
		JsonObject finding = reports.get(1).getAsJsonObject().getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals(Set.of("rule", "severity", "message", "subject", "location", "actual", "expected", "difference",
				"basis", "restsOnCorrection", "operands", "fingerprint", "baselineState", "triage"), finding.keySet());
		assertEquals(Set.of("rule", "subject", "reason", "cause", "location"), reports.get(1).getAsJsonObject()
				.getAsJsonArray("cannotAssess").get(0).getAsJsonObject().keySet());
		assertEquals("T3-BAL", finding.get("rule").getAsString());
		assertEquals(-1, finding.get("difference").getAsInt());
		JsonObject operand = finding.getAsJsonArray("operands").get(0).getAsJsonObject();
		assertEquals("left", operand.get("role").getAsString());
		assertEquals(19, operand.get("value").getAsInt());
		assertEquals(37, operand.getAsJsonObject("location").get("line").getAsInt());
	}

	/** A report read from pages gives each operand cell its page and box, where the auditor finds it. */
	@Test
	void operandsOfAPdfSayWhereOnThePageTheyArePrinted() throws Exception {
		Path output = dir.resolve("pdf.json");
		run("audit", "--format", "json", "--output", output.toString(), Samples.root().resolve("pdf/hongze-2023.pdf").toString());
		JsonObject report = JsonParser.parseString(Files.readString(output)).getAsJsonObject().getAsJsonArray("reports").get(0)
				.getAsJsonObject();
		JsonArray findings = report.getAsJsonArray("findings");
		// the two 表四 totals printed as 0 (the hand check), on page 4 of the PDF
		List<JsonObject> sums = findings.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(f -> f.get("rule").getAsString().equals("T4-SUM")).toList();
		assertEquals(2, sums.size());
		for (JsonObject finding : sums) {
			for (JsonElement operand : finding.getAsJsonArray("operands")) {
				JsonObject area = operand.getAsJsonObject().getAsJsonObject("area");
				assertEquals(4, area.get("page").getAsInt(), operand.toString());
				assertTrue(area.get("width").getAsDouble() > 0 && area.get("x").getAsDouble() + area.get("width").getAsDouble() <= 596
						&& area.get("y").getAsDouble() + area.get("height").getAsDouble() <= 843, operand.toString());
			}
		}
	}

	@Test
	void cleanReportsExitWithZero() {
		assertEquals(0, run("audit", Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt").toString()).exitCode());
		assertEquals(0, run("audit", "--fail-on", "never", Samples.root().resolve("reports").toString()).exitCode());
		Path warned = Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt");
		assertEquals(0, run("audit", warned.toString()).exitCode(), "a label warning is below the default threshold");
		assertEquals(1, run("audit", "--fail-on", "warning", warned.toString()).exitCode());
	}

	@Test
	void aFileThatCannotBeReadIsNeverClean() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		CommandRun run = run("audit", empty.toString());
		assertEquals(2, run.exitCode());
		assertEquals(empty + ": cannot-assess: the file is empty", run.out().strip());
		assertTrue(run.err().contains("1 not assessed"), run.err());
	}

	/** The version is the built bundle's, in --version and in the SARIF output alike. */
	@Test
	void theVersionIsTheOneBuilt() throws Exception {
		CommandRun version = run("--version");
		assertTrue(version.out().strip().matches("Nianbao Auditor \\d+\\.\\d+\\.\\d+\\..+"), version.out());
		JsonObject driver = JsonParser.parseString(run("audit", "--format", "sarif",
				Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt").toString()).out()).getAsJsonObject()
				.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals(version.out().strip(), "Nianbao Auditor " + driver.get("version").getAsString());
		assertTrue(driver.get("version").getAsString().startsWith(driver.get("semanticVersion").getAsString() + "."));
	}

	@Test
	void badUsageExitsWithTwo() {
		assertEquals(2, run("audit").exitCode());
		assertEquals(2, run("audit", "--format", "yaml", "x.txt").exitCode());
		assertEquals(2, run("frobnicate").exitCode());
		assertEquals(2, run("audit", dir.toString()).exitCode(), "a folder without reports");
	}

	@Test
	void aProfileLowersAndSwitchesOffRules() throws Exception {
		Path profile = Files.writeString(dir.resolve("lenient.nbprofile"), """
				// 试点地区：表三勾稽问题先作提醒
				profile "宽松" for "2019-trial" {
				    rule T3-BAL warning
				    rule NT-2 off
				}
				""");
		Path report = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		CommandRun run = run("audit", "--profile", profile.toString(), report.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(2, lines.stream().filter(l -> l.contains(" warning T3-BAL ")).count(), run.out());
		assertTrue(lines.stream().noneMatch(l -> l.contains(" NT-2 ")), run.out());
	}

	@Test
	void aProfileNamingAnUnknownRuleIsRefused() throws Exception {
		Path profile = Files.writeString(dir.resolve("typo.nbprofile"), "profile \"x\" { rule T3-BALL off }");
		CommandRun run = run("audit", "--profile", profile.toString(), Samples.root().resolve("reports").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("typo.nbprofile:1:20: " + NLS.bind(FormatMessages.noSuchRule, "T3-BALL")), run.err());
	}

	@Test
	void aBaselineLeavesOnlyNewFindingsAndKeepsTheirTriage() throws Exception {
		Path report = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		Path earlier = dir.resolve("earlier.json");
		run("audit", "--format", "json", "-o", earlier.toString(), report.toString());
		JsonObject json = JsonParser.parseString(Files.readString(earlier)).getAsJsonObject();
		JsonArray findings = json.getAsJsonArray("reports").get(0).getAsJsonObject().getAsJsonArray("findings");
		// the auditor dismissed the 自然人 imbalance; NT-2 was not found last time
		JsonObject dismissed = findings.get(0).getAsJsonObject();
		assertEquals("T3-BAL", dismissed.get("rule").getAsString());
		JsonObject triage = new JsonObject();
		triage.addProperty("state", "dismissed");
		triage.addProperty("reason", "已与报告单位核实，系表格排版错误");
		dismissed.add("triage", triage);
		findings.asList().removeIf(f -> f.getAsJsonObject().get("rule").getAsString().equals("NT-2"));
		Files.writeString(earlier, json.toString());

		CommandRun text = run("audit", "--baseline", earlier.toString(), report.toString());
		assertEquals(List.of(report + ":59:39: error NT-2 正文称申请全部办结，但表三“结转下年度继续办理”总计为 1"),
				text.out().lines().toList(), "only the new finding");
		assertEquals(1, text.exitCode());

		Path now = dir.resolve("now.json");
		run("audit", "--format", "json", "--baseline", earlier.toString(), "-o", now.toString(), report.toString());
		JsonArray marked = JsonParser.parseString(Files.readString(now)).getAsJsonObject().getAsJsonArray("reports").get(0)
				.getAsJsonObject().getAsJsonArray("findings");
		JsonObject carried = marked.get(0).getAsJsonObject();
		assertEquals("unchanged", carried.get("baselineState").getAsString());
		assertEquals("已与报告单位核实，系表格排版错误", carried.getAsJsonObject("triage").get("reason").getAsString());
		assertTrue(marked.asList().stream().anyMatch(f -> f.getAsJsonObject().get("rule").getAsString().equals("NT-2")
				&& f.getAsJsonObject().get("baselineState").getAsString().equals("new")));
	}

	@Test
	void theTriageFileNextToTheReportsIsHonoured() throws Exception {
		Path report = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), dir.resolve("001.txt"));
		Path json = dir.resolve("now.json");
		run("audit", "--format", "json", "-o", json.toString(), report.toString());
		JsonArray decisions = new JsonArray();
		for (var f : JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("reports").get(0)
				.getAsJsonObject().getAsJsonArray("findings")) {
			JsonObject finding = f.getAsJsonObject();
			if (finding.get("severity").getAsString().equals("error")) {
				JsonObject decision = new JsonObject();
				decision.addProperty("fingerprint", finding.get("fingerprint").getAsString());
				decision.addProperty("state", "dismissed");
				decision.addProperty("reason", "已核实");
				decisions.add(decision);
			}
		}
		assertEquals(3, decisions.size(), "T3-BAL twice and NT-2");
		JsonObject triage = new JsonObject();
		triage.add("decisions", decisions);
		Files.writeString(dir.resolve("nianbao-triage.json"), triage.toString());

		CommandRun text = run("audit", report.toString());
		assertEquals(0, text.exitCode(), "dismissed errors do not fail the run: " + text.out());
		assertTrue(text.out().contains(":59:39: error NT-2 正文称申请全部办结，但表三“结转下年度继续办理”总计为 1 [dismissed: 已核实]"),
				text.out());
		CommandRun junit = run("audit", "--format", "junit", report.toString());
		assertTrue(junit.out().contains("name=\"T3-BAL\" time=\"0\"><skipped message=\"dismissed: 已核实\"/>"), junit.out());
		assertTrue(junit.out().contains("name=\"NT-2\" time=\"0\"><skipped message=\"dismissed: 已核实\"/>"), junit.out());
		CommandRun html = run("audit", "--format", "html", report.toString());
		assertEquals(3, html.out().split("class=\"finding error dismissed\"", -1).length - 1, html.out());
		assertTrue(html.out().contains("<span class=\"triage\">〔" + Triage.State.DISMISSED.label() + "：已核实〕</span>"), html.out());

		Files.writeString(dir.resolve("nianbao-triage.json"), "{\"decisions\": [{\"state\": \"maybe\"}]}");
		CommandRun refused = run("audit", report.toString());
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains(dir.resolve("nianbao-triage.json") + ": not a triage file"), refused.err());
	}

	/**
	 * A correction the workbench stored in the triage file is applied by the runner, and every output
	 * marks the corrected cell and the findings that rest on it.
	 */
	@Test
	void theCorrectionsInTheTriageFileAreAppliedAndEveryOutputMarksThem() throws Exception {
		Path report = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), dir.resolve("001.txt"));
		Files.writeString(dir.resolve("nianbao-triage.json"), """
				{"version": 2, "decisions": [], "corrections": [{"file": "001.txt", "table": "表三", "row": "结转下年度",
				  "column": "自然人", "cell": "表三 四、结转下年度继续办理 / 自然人", "read": "1", "value": 0,
				  "reason": "原件为 0", "date": "2026-12-05"}]}
				""");
		String corrected = "表三 四、结转下年度继续办理 / 自然人 读作“1”，审核员更正为 0：原件为 0";
		CommandRun text = run("audit", report.toString());
		assertTrue(text.out().contains(":59:15: info CORRECTED " + corrected), text.out());
		assertTrue(text.out().contains("error T3-ROW "), "the row no longer adds up: " + text.out());
		assertTrue(text.out().lines().filter(l -> l.contains(" T3-ROW ")).allMatch(l -> l.contains("（依据审核员的更正：" + corrected + "）")),
				text.out());
		assertTrue(text.out().lines().filter(l -> l.contains(" T3-BAL ")).noneMatch(l -> l.contains("自然人列")), text.out());

		JsonObject json = JsonParser.parseString(run("audit", "--format", "json", report.toString()).out()).getAsJsonObject()
				.getAsJsonArray("reports").get(0).getAsJsonObject();
		JsonObject correction = json.getAsJsonArray("corrections").get(0).getAsJsonObject();
		assertEquals("1", correction.get("read").getAsString());
		assertEquals(0, correction.get("value").getAsInt());
		assertEquals(59, correction.getAsJsonObject("location").get("line").getAsInt());
		assertEquals(0, json.getAsJsonObject("cells").getAsJsonObject("table3").getAsJsonObject("四、结转下年度继续办理")
				.get("自然人").getAsInt(), "the cells are those the rules read");
		for (var f : json.getAsJsonArray("findings")) {
			JsonObject finding = f.getAsJsonObject();
			boolean rests = finding.get("rule").getAsString().equals("T3-ROW");
			assertEquals(rests, finding.get("restsOnCorrection").getAsBoolean(), finding.toString());
			assertEquals(rests, finding.toString().contains("\"correction\":{\"read\":\"1\",\"reason\":\"原件为 0\"}"),
					finding.toString());
		}
		assertTrue(run("audit", "--format", "sarif", report.toString()).out().contains("\"restsOnCorrection\":true"));
		assertTrue(run("audit", "--format", "junit", report.toString()).out().contains("（依据审核员的更正：" + corrected + "）"));
		String csv = run("audit", "--format", "csv", report.toString()).out();
		assertTrue(csv.contains(",corrected,,表三 四、结转下年度继续办理 / 自然人," + corrected + ","), csv);
		assertTrue(csv.startsWith("file,"), "no byte order mark on standard output");
		String html = run("audit", "--format", "html", report.toString()).out();
		assertTrue(html.contains("<td class=\"corrected\" title=\"" + corrected + "\">0（原读“1”）</td>")
				|| html.contains("class=\"operand corrected\" title=\"" + corrected + "\">0（原读“1”）</td>")
				|| html.contains("class=\"target corrected\" title=\"" + corrected + "\">0（原读“1”）</td>"), html);
	}

	@Test
	void aSarifBaselineWorksToo() throws Exception {
		Path report = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		Path earlier = dir.resolve("earlier.sarif");
		run("audit", "--format", "sarif", "-o", earlier.toString(), report.toString());
		CommandRun again = run("audit", "--baseline", earlier.toString(), report.toString());
		assertEquals("", again.out(), "nothing new");
		assertEquals(0, again.exitCode());
		Path broken = Files.writeString(dir.resolve("broken.json"), "{\"something\": 1}");
		CommandRun refused = run("audit", "--baseline", broken.toString(), report.toString());
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("neither a JSON result of this tool nor SARIF"), refused.err());
	}

	@Test
	void aRuleAuthorsOwnFormatRefinesTheOfficialOne() throws Exception {
		Path formats = Files.createDirectories(dir.resolve("formats"));
		Files.writeString(formats.resolve("local.nbformat"), """
				// 本地要求：五、问题与改进须逐条列出（一是……二是……）
				format "2021-本地" basedOn "2021" {
				    years 2021..
				    rule LOCAL-1 error "“存在的主要问题及改进情况”未逐条列出" : part 五 matches "一是"
				}
				""");
		Path report = Samples.root().resolve("reports/004_19bd55d77ac0ead4.txt");
		CommandRun run = run("audit", "--formats", formats.toString(), "--format", "json", report.toString());
		JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("reports").get(0)
				.getAsJsonObject();
		assertEquals("2021-本地", result.get("format").getAsString(), "the author's format wins for 2023");
		assertTrue(result.getAsJsonArray("findings").asList().stream()
				.noneMatch(f -> f.getAsJsonObject().get("rule").getAsString().equals("LOCAL-1")), "004 lists 一是…");
		Files.writeString(formats.resolve("clash.nbformat"), "format \"2021\" { years 2021.. }");
		CommandRun clash = run("audit", "--formats", formats.toString(), report.toString());
		assertEquals(2, clash.exitCode());
		assertTrue(clash.err().contains(NLS.bind(FormatMessages.formatDefinedElsewhere, "2021", "2021.nbformat")), clash.err());
	}

	/**
	 * A report read in part says so: w012 prints 表二 行政规范性文件 "2135" run together, which its tables
	 * cannot cut (2 1 35 or 2 13 5; only its report of the next year settles it, samples/wild/README.md).
	 */
	@Test
	void aReportReadInPartSaysWhichTablesAndHowManyCells() throws Exception {
		CommandRun run = run("audit", Samples.root().resolve("wild/reports/w012.txt").toString());
		assertTrue(run.out().contains("w012.txt: extraction partial: 第一项 4/6 cells"), run.out());
		assertTrue(run.err().contains("tables read 0 complete, 1 partial, 0 not recognised"), run.err());
	}

	/** --explain shows where w008's labels were found and which of its run-together digits became which cell. */
	@Test
	void explainShowsWhereLabelsAndCellsWereFound() throws Exception {
		CommandRun run = run("audit", "--explain", Samples.root().resolve("wild/reports/w008.txt").toString());
		assertTrue(run.out().contains("part 三 “三、收到和处理政府信息公开申请情况” at 10:"), run.out());
		// "160 02 0 018": 16 0 0 2 0 0 18, cut by the row's sum
		assertTrue(run.out().contains("row 新收 “一、本年新收政府信息公开申请数量” at 10:"), run.out());
		assertTrue(run.out().contains("→ 自然人=“16”*@10:"), run.out());
		assertTrue(run.out().contains("总计=“18”*@10:"), run.out());
	}

	/** -o never writes over what the run reads: the report named as output stays as it was. */
	@Test
	void theOutputIsNeverOneOfTheReports() throws Exception {
		Path report = Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), dir.resolve("001.txt"));
		byte[] before = Files.readAllBytes(report);
		CommandRun run = run("audit", report.toString(), "-o", report.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains(report + " is one of the files this run reads"), run.err());
		assertArrayEquals(before, Files.readAllBytes(report));
		CommandRun triage = run("audit", report.toString(), "-o", dir.resolve("nianbao-triage.json").toString());
		assertEquals(2, triage.exitCode());
		assertTrue(triage.err().contains("is an auditors' file"), triage.err());
	}

	/** Output paths that cannot be written say so in a sentence, without Java's exception names. */
	@Test
	void anOutputThatCannotBeWrittenIsNamed() {
		String report = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toString();
		CommandRun missing = run("audit", report, "-o", dir.resolve("no/such/folder/out.json").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("the folder of " + dir.resolve("no/such/folder/out.json") + " does not exist"),
				missing.err());
		CommandRun folder = run("audit", report, "-o", dir.toString());
		assertEquals(2, folder.exitCode());
		assertTrue(folder.err().contains(dir + " is a folder"), folder.err());
		assertTrue(!missing.err().contains("Exception") && !folder.err().contains("Exception"));
	}

	/** The results are written beside the output and moved into place: no temporary file stays behind. */
	@Test
	void theOutputIsMovedIntoPlace() throws Exception {
		Path out = dir.resolve("out.json");
		Files.writeString(out, "old");
		CommandRun run = run("audit", "--format", "json", "-o", out.toString(),
				Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(Files.readString(out).startsWith("{"));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(out), files.toList());
		}
	}

	@Test
	void threadsOutsideTheirRangeAreRefused() {
		String report = Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt").toString();
		for (String threads : List.of("0", "-1", "10000")) {
			CommandRun run = run("audit", "--threads", threads, report);
			assertEquals(2, run.exitCode(), threads);
			assertTrue(run.err().contains("--threads must be between 1 and 64, not " + threads), run.err());
		}
	}

	/** After "--" every argument is a path, even one that starts with a dash. */
	@Test
	void aFileNamedLikeAnOptionIsAuditedAfterTwoDashes() throws Exception {
		// named relative to the working folder, so that the argument itself starts with the dash
		Path odd = Files.copy(Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt"), Path.of("-report.txt"));
		try {
			assertEquals(2, run("audit", "-report.txt").exitCode(), "without --, an unknown option");
			CommandRun run = run("audit", "--", "-report.txt");
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.err().contains("1 report(s), 0 not assessed"), run.err());
		} finally {
			Files.delete(odd);
		}
	}

	/** A baseline that is no result of this tool is named in a sentence, without the parser's words. */
	@Test
	void aBrokenBaselineIsNamedPlainly() throws Exception {
		String report = Samples.root().resolve("reports/000_f637a4299cb9a5aa.txt").toString();
		Path cut = Files.writeString(dir.resolve("cut.json"), "{\"reports\": [");
		Path shape = Files.writeString(dir.resolve("shape.json"), "{\"reports\": 5}");
		CommandRun broken = run("audit", "--baseline", cut.toString(), report);
		assertEquals(2, broken.exitCode());
		assertEquals("nianbao: the baseline " + cut + " is not JSON (it breaks off or is malformed), so not a result of this tool",
				broken.err().strip());
		CommandRun shaped = run("audit", "--baseline", shape.toString(), report);
		assertEquals(2, shaped.exitCode());
		assertEquals("nianbao: the baseline " + shape + " is JSON, but not shaped as a JSON or SARIF result of this tool",
				shaped.err().strip());
	}
}
