// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.cli.Main;
import nianbao.testing.Samples;

/** SARIF, JUnit XML and CSV of the sample folder, and report series for the cross-year rules. */
class OutputFormatsTest {

	@TempDir
	Path dir;

	private int audit(Path output, String... args) {
		PrintStream err = System.err;
		try {
			System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
			List<String> all = new ArrayList<>(List.of("audit", "-o", output.toString()));
			all.addAll(List.of(args));
			return Main.run(all.toArray(String[]::new));
		} finally {
			System.setErr(err);
		}
	}

	@Test
	void sarifListsTheRulesAndPlacesEveryResult() throws Exception {
		Path sarif = dir.resolve("audit.sarif");
		assertEquals(1, audit(sarif, "--format", "sarif", Samples.root().resolve("reports").toString()));
		JsonObject root = JsonParser.parseString(Files.readString(sarif)).getAsJsonObject();
		assertEquals("2.1.0", root.get("version").getAsString());
		JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		List<String> ids = rules.asList().stream().map(r -> r.getAsJsonObject().get("id").getAsString()).toList();
		assertTrue(ids.containsAll(List.of("T3-BAL", "T4-SUM", "NT-2", "LB-1", "X-1")), ids.toString());
		JsonArray results = run.getAsJsonArray("results");
		JsonObject bal = results.asList().stream().map(e -> e.getAsJsonObject())
				.filter(r -> r.get("ruleId").getAsString().equals("T3-BAL")).findFirst().orElseThrow();
		assertEquals("error", bal.get("level").getAsString());
		assertEquals("fail", bal.get("kind").getAsString());
		assertEquals(ids.indexOf("T3-BAL"), bal.get("ruleIndex").getAsInt());
		JsonObject physical = bal.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertTrue(physical.getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("001_79dfd87bc59a18f9.txt"));
		assertEquals(37, physical.getAsJsonObject("region").get("startLine").getAsInt());
		assertEquals(20, physical.getAsJsonObject("region").get("startColumn").getAsInt());
		assertEquals(4, bal.getAsJsonArray("relatedLocations").size(), "the four cells of 一 + 二 = （七） + 四");
		assertTrue(results.asList().stream().map(e -> e.getAsJsonObject())
				.filter(r -> r.get("kind").getAsString().equals("review"))
				.allMatch(r -> r.get("level").getAsString().equals("none")), "cannot-assess results are reviews");
	}

	@Test
	void junitHasASuitePerReportAndACasePerRule() throws Exception {
		Path junit = dir.resolve("audit.xml");
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		assertEquals(2, audit(junit, "--format", "junit", Samples.root().resolve("reports").toString(), empty.toString()));
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
		NodeList suites = xml.getElementsByTagName("testsuite");
		assertEquals(6, suites.getLength());
		Element report001 = (Element) suites.item(1);
		assertTrue(report001.getAttribute("name").endsWith("001_79dfd87bc59a18f9.txt"));
		// 001 breaks T3-BAL, NT-2, ID-1, ID-7, LB-1, CV-2 and CV-3 (format-spec §7.4)
		assertEquals("7", report001.getAttribute("failures"));
		Element unreadable = (Element) suites.item(5);
		assertEquals("1", unreadable.getAttribute("errors"));
		assertEquals("the file is empty", ((Element) unreadable.getElementsByTagName("error").item(0)).getAttribute("message"));
	}

	@Test
	void csvHasAHeaderAndARowPerFinding() throws Exception {
		Path csv = dir.resolve("audit.csv");
		audit(csv, "--format", "csv", Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toString());
		List<String> rows = Files.readAllLines(csv);
		// a file starts with a byte order mark, for Excel on Chinese Windows
		assertEquals("\uFEFFfile,line,column,origin,severity,rule,subject,message,actual,expected,difference,basis,triage,reason,"
				+ "extraction,correction", rows.getFirst());
		assertTrue(rows.stream().anyMatch(r -> r.contains(",37,20,,error,T3-BAL,自然人,") && r.endsWith(",19,20,-1,"
				+ "官方：表三注“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”,,,complete,")), String.join("\n", rows));
	}

	@Test
	void excelHasTheSameRowsWithNumbersAsNumbers() throws Exception {
		Path xlsx = dir.resolve("audit.xlsx");
		audit(xlsx, "--format", "xlsx", Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toString());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("rule", sheet.getRow(0).getCell(5).getStringCellValue());
			Row balance = StreamSupport.stream(sheet.spliterator(), false)
					.filter(r -> r.getCell(5).getStringCellValue().equals("T3-BAL")).findFirst().orElseThrow();
			assertEquals(37, balance.getCell(1).getNumericCellValue());
			assertEquals("自然人", balance.getCell(6).getStringCellValue());
			assertEquals(-1, balance.getCell(10).getNumericCellValue());
		}
	}

	@Test
	void htmlShowsFindingsWithTheirSourceAndTheInvolvedCells() throws Exception {
		Path html = dir.resolve("audit.html");
		audit(html, "--format", "html", Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt").toString());
		String page = Files.readString(html);
		assertTrue(page.startsWith("<!DOCTYPE html>"));
		// well-formed XHTML after the doctype
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(page.substring(page.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8)));
		assertEquals(1, xml.getElementsByTagName("section").getLength());
		assertEquals(9, xml.getElementsByTagName("div").getLength(), "the nine findings of 济宁 2020");
		List<String> marks = new ArrayList<>();
		NodeList marked = xml.getElementsByTagName("mark");
		for (int i = 0; i < marked.getLength(); i++) {
			marks.add(marked.item(i).getTextContent());
		}
		assertTrue(marks.containsAll(List.of("19", "21", "10000件以上")), marks.toString());
		assertTrue(page.contains("<td class=\"target\">19</td>") && page.contains("<td class=\"operand\">1</td>"), page);
	}

	/** 004 (2023) with a 2022 report of the same agency that carried {@code carried} applications forward. */
	private Path series(int carried) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("series" + carried));
		String report = Files.readString(Samples.root().resolve("reports/004_19bd55d77ac0ead4.txt"));
		Files.writeString(folder.resolve("2023.txt"), report);
		String previous = report.replace(" 2023 年政府信息公开工作年度报告", " 2022 年政府信息公开工作年度报告")
				.replace("四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0",
						"四、结转下年度继续办理\t\t" + carried + "\t0\t0\t0\t0\t0\t" + carried);
		assertTrue(!previous.equals(report) && previous.contains(carried + "\t0\t0\t0\t0\t0\t" + carried));
		Files.writeString(folder.resolve("2022.txt"), previous);
		return folder;
	}

	@Test
	void theCarryOverIsCheckedAgainstLastYearsReport() throws Exception {
		Path junit = dir.resolve("fails.xml");
		audit(junit, "--format", "junit", series(2).toString());
		Element report2023 = suite(junit, "2023.txt");
		assertEquals(List.of("自然人列：本年“上年结转” 0，与上年“结转下年度继续办理” 2 不符",
				"总计列：本年“上年结转” 0，与上年“结转下年度继续办理” 2 不符"), failureLines(report2023, "X-1"));

		Path passes = dir.resolve("passes.xml");
		audit(passes, "--format", "junit", series(0).toString());
		assertEquals(List.of(), failureLines(suite(passes, "2023.txt"), "X-1"), "0 carried, 0 taken over");
		assertTrue(testcases(suite(passes, "2023.txt")).contains("X-1"), "X-1 ran: the 2022 report was found");
		assertTrue(!testcases(suite(passes, "2022.txt")).contains("X-1"), "no 2021 report: X-1 does not apply");
	}

	private static Element suite(Path junit, String name) throws Exception {
		NodeList suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
				.getElementsByTagName("testsuite");
		for (int i = 0; i < suites.getLength(); i++) {
			if (((Element) suites.item(i)).getAttribute("name").endsWith(name)) {
				return (Element) suites.item(i);
			}
		}
		throw new AssertionError(name + " not in " + junit);
	}

	private static List<String> testcases(Element suite) {
		List<String> names = new ArrayList<>();
		NodeList cases = suite.getElementsByTagName("testcase");
		for (int i = 0; i < cases.getLength(); i++) {
			names.add(((Element) cases.item(i)).getAttribute("name"));
		}
		return names;
	}

	private static List<String> failureLines(Element suite, String rule) {
		NodeList cases = suite.getElementsByTagName("testcase");
		for (int i = 0; i < cases.getLength(); i++) {
			Element testcase = (Element) cases.item(i);
			NodeList failures = testcase.getElementsByTagName("failure");
			if (testcase.getAttribute("name").equals(rule) && failures.getLength() > 0) {
				return failures.item(0).getTextContent().lines().toList();
			}
		}
		return List.of();
	}
}
