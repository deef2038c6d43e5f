// SPDX-License-Identifier: EPL-2.0
package nianbao.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The hand-verified ground truth of one sample report ({@code samples/expected/*.json}; schema in
 * {@code samples/README.md}).
 *
 * @param json the whole file; the tables are under {@code table2}, {@code table3} and {@code table4}
 */
public record GroundTruth(JsonObject json) {

	/** An expected finding: the rule and where, as "table3/column 自然人". */
	public record ExpectedFinding(String rule, String where) {
	}

	/** A printed label that differs from the official one. */
	public record LabelDeviation(String official, String printed) {
	}

	static GroundTruth read(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new GroundTruth(JsonParser.parseReader(in).getAsJsonObject());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String agency() {
		return string("agency");
	}

	public int reportYear() {
		return json.get("reportYear").getAsInt();
	}

	public String format() {
		return string("format");
	}

	public String publishedDate() {
		return string("publishedDate");
	}

	/** The rows of table 3 or 4 (row label path, then column label, then the printed cell). */
	public JsonObject table(String key) {
		return json.getAsJsonObject(key);
	}

	public List<ExpectedFinding> expectedFindings() {
		return json.getAsJsonArray("expectedFindings").asList().stream().map(JsonElement::getAsJsonObject)
				.map(f -> new ExpectedFinding(f.get("rule").getAsString(), f.get("where").getAsString())).toList();
	}

	public List<LabelDeviation> labelDeviations() {
		return json.getAsJsonArray("labelDeviations").asList().stream().map(JsonElement::getAsJsonObject)
				.map(d -> new LabelDeviation(d.get("official").getAsString(),
						d.get("printed").isJsonNull() ? null : d.get("printed").getAsString()))
				.toList();
	}

	private String string(String key) {
		JsonElement value = json.get(key);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}
}
