// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Triage;

/**
 * An earlier result (this tool's JSON or SARIF) against which only new findings count. A finding is
 * the same finding when file name, rule and subject are (its fingerprint); its triage, confirmed or
 * dismissed with a reason, is carried over (where the reports' own triage file has no decision).
 */
public final class Baseline {

	/** Compares against nothing: every finding is new. */
	public static final Baseline NONE = new Baseline(Map.of(), false);

	private final Map<String, Optional<Triage>> known;
	private final boolean present;

	private Baseline(Map<String, Optional<Triage>> known, boolean present) {
		this.known = known;
		this.present = present;
	}

	/** Reads an earlier JSON or SARIF result. */
	public static Baseline read(Path file) throws IOException {
		Map<String, Optional<Triage>> known = new HashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement root = JsonParser.parseReader(in);
			if (root.isJsonObject() && root.getAsJsonObject().has("runs")) {
				sarif(root.getAsJsonObject(), known);
			} else if (root.isJsonObject() && root.getAsJsonObject().has("reports")) {
				// this tool's own results, read through their model
				AuditResult result;
				try {
					result = Results.read(root);
				} catch (IOException e) {
					throw new IOException(file + " is JSON, but not shaped as a JSON or SARIF result of this tool", e);
				}
				for (AuditResult.ReportResult report : result.reports()) {
					if (report instanceof AuditResult.Assessed assessed) {
						for (AuditResult.FindingResult finding : assessed.findings()) {
							known.put(finding.fingerprint(), Optional.ofNullable(finding.triage())
									.map(t -> new Triage(Triage.State.of(t.state()), t.reason() == null ? "" : t.reason(), null)));
						}
					}
				}
			} else {
				throw new IOException(file + ": neither a JSON result of this tool nor SARIF");
			}
		} catch (JsonParseException e) {
			throw new IOException(file + " is not JSON (it breaks off or is malformed), so not a result of this tool", e);
		} catch (IllegalStateException | ClassCastException | NullPointerException | UnsupportedOperationException
				| IllegalArgumentException e) {
			// the parts of a JSON or SARIF result are not where they belong
			throw new IOException(file + " is JSON, but not shaped as a JSON or SARIF result of this tool", e);
		} catch (NoSuchFileException e) {
			throw new IOException(file + " does not exist", e);
		}
		return new Baseline(known, true);
	}

	/** The fingerprints and suppressions of a SARIF log's results. */
	private static void sarif(JsonObject root, Map<String, Optional<Triage>> known) {
		for (JsonElement run : root.getAsJsonArray("runs")) {
			for (JsonElement r : run.getAsJsonObject().getAsJsonArray("results")) {
				JsonObject result = r.getAsJsonObject();
				if (result.has("partialFingerprints")) {
					known.put(result.getAsJsonObject("partialFingerprints").get(SarifOutput.FINGERPRINT).getAsString(),
							sarifTriage(result));
				}
			}
		}
	}

	/** Whether a baseline was given at all. */
	public boolean present() {
		return present;
	}

	/** Whether the finding was in the baseline. */
	public boolean known(Path source, Finding finding) {
		return known.containsKey(finding.fingerprint(source));
	}

	/** The triage the baseline gives the finding, if any. */
	public Optional<Triage> triage(Path source, Finding finding) {
		return known.getOrDefault(finding.fingerprint(source), Optional.empty());
	}

	/** The audit with only its new findings: what text, CSV, JUnit and HTML report. */
	public ReportAudit onlyNew(ReportAudit audit) {
		if (!present || !(audit instanceof ReportAudit.Assessed assessed)) {
			return audit;
		}
		List<RuleOutcome> outcomes = assessed.outcomes().stream()
				.filter(o -> !(o instanceof RuleOutcome.Failed f && known(audit.source(), f.finding()))).toList();
		return new ReportAudit.Assessed(assessed.source(), assessed.report(), outcomes);
	}

	private static Optional<Triage> sarifTriage(JsonObject result) {
		if (!result.has("suppressions")) {
			return Optional.empty();
		}
		JsonObject suppression = result.getAsJsonArray("suppressions").get(0).getAsJsonObject();
		return Optional.of(new Triage(Triage.State.DISMISSED,
				suppression.has("justification") ? suppression.get("justification").getAsString() : "", null));
	}
}
