// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The triage of a folder of reports, kept next to them in {@value #NAME} so that it travels with the
 * reports (and into version control): the workbench writes it, the headless runner honours it.
 * Decisions are keyed by the finding's {@linkplain Finding#fingerprint fingerprint}; file, rule and
 * subject are stored too, for people reading the file.
 */
public final class TriageFile {

	/** The file's name; the runner looks for it in a report's folder and the folders above. */
	public static final String NAME = "nianbao-triage.json";

	/** One decision and the finding it is about. */
	public record Entry(String fingerprint, String file, String ruleId, String subject, Triage triage) {
	}

	private final Map<String, Entry> entries;

	private TriageFile(Map<String, Entry> entries) {
		this.entries = entries;
	}

	/** No decisions. */
	public static TriageFile empty() {
		return new TriageFile(new LinkedHashMap<>());
	}

	/**
	 * Reads a triage file; a missing file holds no decisions.
	 *
	 * @throws IOException if the file cannot be read or is not a triage file; the message names it
	 */
	public static TriageFile read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return empty();
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonObject root = JsonParser.parseReader(in).getAsJsonObject();
			for (JsonElement element : root.getAsJsonArray("decisions")) {
				JsonObject d = element.getAsJsonObject();
				Entry entry = new Entry(d.get("fingerprint").getAsString(), text(d, "file"), text(d, "rule"),
						text(d, "subject"), new Triage(Triage.State.of(d.get("state").getAsString()), text(d, "reason"),
								d.has("date") ? LocalDate.parse(d.get("date").getAsString()) : null));
				entries.put(entry.fingerprint(), entry);
			}
		} catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException
				| UnsupportedOperationException | IllegalArgumentException | DateTimeParseException e) {
			// the parser's message names its classes: the user is told what is wrong in the file's terms
			throw new IOException(file + ": not a triage file: broken JSON, or not the decisions the workbench writes",
					e);
		}
		return new TriageFile(entries);
	}

	/**
	 * The triage file that governs a report: the nearest {@value #NAME} in its folder or a folder
	 * above, or none.
	 */
	public static Optional<Path> near(Path report) {
		for (Path dir = report.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(NAME);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The decision about a finding of a report, if one was taken. */
	public Optional<Triage> of(Path source, Finding finding) {
		return Optional.ofNullable(entries.get(finding.fingerprint(source))).map(Entry::triage);
	}

	/** Records a decision about a finding of a report (replacing an earlier one). */
	public void decide(Path source, Finding finding, Triage triage) {
		decide(new Entry(finding.fingerprint(source), source.getFileName().toString(), finding.ruleId(),
				finding.subject(), triage));
	}

	/** Records a decision (replacing an earlier one about the same finding). */
	public void decide(Entry entry) {
		entries.put(entry.fingerprint(), entry);
	}

	/** Withdraws the decision about the finding with this fingerprint, if there was one. */
	public void reopen(String fingerprint) {
		entries.remove(fingerprint);
	}

	/** Every decision, in the order taken. */
	public Collection<Entry> entries() {
		return entries.values();
	}

	/** Writes the decisions; the old file is replaced only once the new one is complete. */
	public void write(Path file) throws IOException {
		JsonArray decisions = new JsonArray();
		for (Entry entry : entries.values()) {
			JsonObject d = new JsonObject();
			d.addProperty("fingerprint", entry.fingerprint());
			d.addProperty("file", entry.file());
			d.addProperty("rule", entry.ruleId());
			d.addProperty("subject", entry.subject());
			d.addProperty("state", entry.triage().state().id());
			d.addProperty("reason", entry.triage().reason());
			if (entry.triage().date() != null) {
				d.addProperty("date", entry.triage().date().toString());
			}
			decisions.add(d);
		}
		JsonObject root = new JsonObject();
		root.add("decisions", decisions);
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String text(JsonObject object, String name) {
		return object.has(name) && !object.get(name).isJsonNull() ? object.get(name).getAsString() : "";
	}
}
