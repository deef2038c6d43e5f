// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.testing.Samples;

/**
 * A test case of one rule (cases/*.json): a sample report, edited, on which the rule must fire
 * (optionally for given subjects) or hold; cross-year rules add the previous year's report.
 */
record RuleCase(String file, String rule, String name, String base, List<Edit> edits, boolean fires,
		List<String> subjects, RuleCase previous) {

	/** The families of rules, one case file each. */
	static final List<String> FILES = List.of("T", "ID", "ST", "LB", "CV", "NT", "X");

	/** A literal replacement (every occurrence) or a regular-expression replacement. */
	record Edit(String from, String regex, String to) {

		String apply(String text) {
			if (regex != null) {
				Matcher matcher = Pattern.compile(regex).matcher(text);
				if (!matcher.find()) {
					throw new IllegalStateException("the pattern " + regex + " does not occur");
				}
				return matcher.replaceFirst(to);
			}
			if (!text.contains(from)) {
				throw new IllegalStateException("the text does not contain: " + from);
			}
			return text.replace(from, to);
		}
	}

	static List<RuleCase> all() {
		List<RuleCase> cases = new ArrayList<>();
		for (String file : FILES) {
			try (InputStream in = RuleCase.class.getResourceAsStream("/cases/" + file + ".json")) {
				JsonArray array = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
				array.forEach(e -> cases.add(of(file, e.getAsJsonObject())));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return cases;
	}

	private static RuleCase of(String file, JsonObject json) {
		List<Edit> edits = new ArrayList<>();
		if (json.has("edits")) {
			for (JsonElement e : json.getAsJsonArray("edits")) {
				JsonObject edit = e.getAsJsonObject();
				edits.add(new Edit(edit.has("from") ? edit.get("from").getAsString() : null,
						edit.has("regex") ? edit.get("regex").getAsString() : null, edit.get("to").getAsString()));
			}
		}
		List<String> subjects = json.has("subjects")
				? json.getAsJsonArray("subjects").asList().stream().map(JsonElement::getAsString).toList()
				: null;
		RuleCase previous = json.has("previous") ? of(file, json.getAsJsonObject("previous")) : null;
		return new RuleCase(file, json.has("rule") ? json.get("rule").getAsString() : null,
				json.has("name") ? json.get("name").getAsString() : "previous year", json.get("base").getAsString(), edits,
				json.has("expect") && "fires".equals(json.get("expect").getAsString()), subjects, previous);
	}

	/** The edited report, written to a file in {@code dir}. */
	Path write(Path dir, String fileName) throws IOException {
		String text = Files.readString(Samples.root().resolve("reports").resolve(base), StandardCharsets.UTF_8);
		for (Edit edit : edits) {
			text = edit.apply(text);
		}
		return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return rule + " " + (fires ? "fires" : "holds") + ": " + name;
	}
}
