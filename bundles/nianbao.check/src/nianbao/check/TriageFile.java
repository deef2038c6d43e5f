// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The auditors' work on a folder of reports, kept next to them in {@value #NAME} so that it travels
 * with the reports (and into version control): their decisions about findings and their corrections
 * of misread cells. The workbench writes it; the workbench, its builder and the headless runner
 * honour it. Decisions are keyed by the finding's {@linkplain Finding#fingerprint fingerprint},
 * corrections by the report's file name and the cell's table, row and column; file, rule, subject
 * and label are stored too, for people reading the file.
 * <p>
 * The file says which version of this format it is in. A file of a later version is refused rather
 * than read in part, so that it is never written back with what this version does not know left out;
 * writing merges into the file as it is on disk, so that what another workbench wrote since it was read
 * is kept.
 */
public final class TriageFile {

	/** The file's name; the runner looks for it in a report's folder and the folders above. */
	public static final String NAME = "nianbao-triage.json";

	/**
	 * The version of the file's format this code writes: 1 held decisions only (and had no version
	 * field), 2 added corrections.
	 */
	public static final int VERSION = 2;

	/** One decision and the finding it is about. */
	public record Entry(String fingerprint, String file, String ruleId, String subject, Triage triage) {
	}

	/** The file as stored: Gson binds it field by field. */
	private record Stored(Integer version, List<StoredDecision> decisions, List<StoredCorrection> corrections) {
	}

	private record StoredDecision(String fingerprint, String file, String rule, String subject, String state,
			String reason, String date) {
	}

	private record StoredCorrection(String file, String table, String row, String column, String cell, String read,
			BigDecimal value, String reason, String date) {
	}

	/**
	 * Gson, made when a file is first read or written: building it takes a short run a noticeable part of its
	 * start, and most runs have no triage file (an empty one is made without it).
	 */
	private static final class Json {
		static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	}

	private final Map<String, Entry> entries;
	private final List<Correction> corrections;
	/** What was decided, withdrawn or corrected since the file was read: what a write puts on top of the file on disk. */
	private final Set<String> decided = new LinkedHashSet<>();
	private final Set<String> reopened = new LinkedHashSet<>();
	private final List<Correction> corrected = new ArrayList<>();
	private final List<Correction> withdrawn = new ArrayList<>();

	private TriageFile(Map<String, Entry> entries, List<Correction> corrections) {
		this.entries = entries;
		this.corrections = corrections;
	}

	/** No decisions, no corrections. */
	public static TriageFile empty() {
		return new TriageFile(new LinkedHashMap<>(), new ArrayList<>());
	}

	/**
	 * Reads a triage file; a missing file holds nothing.
	 *
	 * @throws IOException if the file cannot be read, is not a triage file, or is of a later version;
	 *                     the message names it
	 */
	public static TriageFile read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return empty();
		}
		Stored stored;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			stored = Json.GSON.fromJson(in, Stored.class);
		} catch (JsonParseException | IllegalStateException | ClassCastException | NumberFormatException e) {
			// the parser's message names its classes: the user is told what is wrong in the file's terms
			throw notATriageFile(file, e);
		}
		if (stored == null) {
			throw notATriageFile(file, null);
		}
		int version = stored.version() == null ? 1 : stored.version();
		if (version > VERSION) {
			throw new IOException(file + ": written by a later version of Nianbao Auditor (triage file version "
					+ version + "; this one reads up to " + VERSION + "); update it to read or change this file");
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		List<Correction> corrections = new ArrayList<>();
		try {
			for (StoredDecision d : list(stored.decisions())) {
				Entry entry = new Entry(required(d.fingerprint()), text(d.file()), text(d.rule()), text(d.subject()),
						new Triage(Triage.State.of(required(d.state())), d.reason(), date(d.date())));
				entries.put(entry.fingerprint(), entry);
			}
			for (StoredCorrection c : list(stored.corrections())) {
				Correction correction = new Correction(required(c.file()), required(c.table()), required(c.row()),
						required(c.column()), c.cell(), c.read(), c.value(), c.reason(), date(c.date()));
				corrections.removeIf(correction::sameCell);
				corrections.add(correction);
			}
		} catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
			throw notATriageFile(file, e);
		}
		return new TriageFile(entries, corrections);
	}

	private static IOException notATriageFile(Path file, Exception cause) {
		return new IOException(file + ": not a triage file: broken JSON, or not the decisions and corrections the "
				+ "workbench writes", cause);
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
		return of(finding.fingerprint(source));
	}

	/** The decision about the finding with this fingerprint, if one was taken. */
	public Optional<Triage> of(String fingerprint) {
		return Optional.ofNullable(entries.get(fingerprint)).map(Entry::triage);
	}

	/** Records a decision about a finding of a report (replacing an earlier one). */
	public void decide(Path source, Finding finding, Triage triage) {
		decide(new Entry(finding.fingerprint(source), source.getFileName().toString(), finding.ruleId(),
				finding.subject(), triage));
	}

	/** Records a decision (replacing an earlier one about the same finding). */
	public void decide(Entry entry) {
		entries.put(entry.fingerprint(), entry);
		decided.add(entry.fingerprint());
		reopened.remove(entry.fingerprint());
	}

	/** Withdraws the decision about the finding with this fingerprint, if there was one. */
	public void reopen(String fingerprint) {
		entries.remove(fingerprint);
		reopened.add(fingerprint);
		decided.remove(fingerprint);
	}

	/** Every decision, in the order taken. */
	public Collection<Entry> entries() {
		return entries.values();
	}

	/** The corrections of the cells of a report, by its file name. */
	public List<Correction> corrections(Path source) {
		String name = source.getFileName().toString();
		return corrections.stream().filter(c -> c.file().equals(name)).toList();
	}

	/** Every correction, in the order made. */
	public List<Correction> corrections() {
		return List.copyOf(corrections);
	}

	/** Records a correction of a cell (replacing an earlier one of the same cell). */
	public void correct(Correction correction) {
		corrections.removeIf(correction::sameCell);
		corrections.add(correction);
		withdrawn.removeIf(correction::sameCell);
		corrected.removeIf(correction::sameCell);
		corrected.add(correction);
	}

	/** Withdraws the correction of a cell, if there was one: the cell is read from the file again. */
	public void withdraw(Correction cell) {
		corrections.removeIf(cell::sameCell);
		corrected.removeIf(cell::sameCell);
		withdrawn.add(cell);
	}

	/**
	 * Writes the file: what was decided, withdrawn or corrected here since it was read, on top of the
	 * file as it is now on disk (so that what another workbench wrote meanwhile is kept). The old file
	 * is replaced only once the new one is complete.
	 *
	 * @throws IOException if the file on disk cannot be read (a later version, broken) or written; the
	 *                     message names it
	 */
	public void write(Path file) throws IOException {
		TriageFile merged = read(file);
		for (String fingerprint : reopened) {
			merged.entries.remove(fingerprint);
		}
		for (String fingerprint : decided) {
			merged.entries.put(fingerprint, entries.get(fingerprint));
		}
		for (Correction cell : withdrawn) {
			merged.corrections.removeIf(cell::sameCell);
		}
		for (Correction correction : corrected) {
			merged.corrections.removeIf(correction::sameCell);
			merged.corrections.add(correction);
		}
		List<StoredDecision> decisions = new ArrayList<>();
		for (Entry e : merged.entries.values()) {
			decisions.add(new StoredDecision(e.fingerprint(), e.file(), e.ruleId(), e.subject(), e.triage().state().id(),
					e.triage().reason(), e.triage().date() == null ? null : e.triage().date().toString()));
		}
		List<StoredCorrection> stored = new ArrayList<>();
		for (Correction c : merged.corrections) {
			stored.add(new StoredCorrection(c.file(), c.table(), c.row(), c.column(), c.label(), c.read(), c.value(),
					c.reason(), c.date() == null ? null : c.date().toString()));
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			Json.GSON.toJson(new Stored(VERSION, decisions, stored), out);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		entries.clear();
		entries.putAll(merged.entries);
		corrections.clear();
		corrections.addAll(merged.corrections);
		decided.clear();
		reopened.clear();
		corrected.clear();
		withdrawn.clear();
	}

	private static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static String required(String value) {
		if (value == null) {
			throw new IllegalArgumentException("a field is missing");
		}
		return value;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static LocalDate date(String value) {
		return value == null ? null : LocalDate.parse(value);
	}
}
