// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Triage;
import nianbao.extract.Extraction;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import nianbao.format.language.Rule;
import nianbao.model.Report;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * SARIF 2.1.0: one run whose tool lists every rule of the formats with its help text and basis; a
 * result per finding with its physical location (region by line and column, and character offsets),
 * the operands as related locations; a check that cannot be assessed, and a report that could not be
 * assessed at all, as results of kind "review".
 */
final class SarifOutput implements Output {

	/** The key of this tool's fingerprint among a result's partial fingerprints. */
	static final String FINGERPRINT = "nianbao/v1";

	/** The pseudo-rule of reports that could not be read or matched to a format. */
	static final String NOT_ASSESSED = "NB-NOT-ASSESSED";

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private final Baseline baseline;
	private final Decisions decisions;
	private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
	private final JsonArray rules = new JsonArray();
	private boolean first = true;

	SarifOutput(FormatLibrary formats, Baseline baseline, Decisions decisions) {
		this.baseline = baseline;
		this.decisions = decisions;
		Map<String, List<String>> formatsOfRule = new LinkedHashMap<>();
		Map<String, Rule> definitions = new LinkedHashMap<>();
		for (Format format : formats.formats()) {
			for (Rule rule : EcoreUtil2.eAllOfType(format, Rule.class)) {
				definitions.putIfAbsent(rule.getName(), rule);
				formatsOfRule.computeIfAbsent(rule.getName(), k -> new ArrayList<>()).add(format.getName());
			}
		}
		definitions.forEach((id, rule) -> {
			JsonObject descriptor = new JsonObject();
			descriptor.addProperty("id", id);
			descriptor.add("shortDescription", text(rule.getMessage()));
			String basis = rule.getBasis() == null ? "" : rule.getBasis();
			descriptor.add("fullDescription", text(basis.isEmpty() ? rule.getMessage() : basis));
			descriptor.add("help", text("规则 " + id + "（" + rule.getSeverity().getLiteral() + "）：" + rule.getMessage()
					+ (basis.isEmpty() ? "" : "\n依据：" + basis) + "\n格式：" + String.join("、", formatsOfRule.get(id))));
			JsonObject configuration = new JsonObject();
			configuration.addProperty("level", level(rule.getSeverity().getLiteral()));
			descriptor.add("defaultConfiguration", configuration);
			JsonObject properties = new JsonObject();
			properties.addProperty("basis", basis);
			JsonArray formatIds = new JsonArray();
			formatsOfRule.get(id).forEach(formatIds::add);
			properties.add("formats", formatIds);
			descriptor.add("properties", properties);
			ruleIndex.put(id, rules.size());
			rules.add(descriptor);
		});
		JsonObject notAssessed = new JsonObject();
		notAssessed.addProperty("id", NOT_ASSESSED);
		notAssessed.add("shortDescription", text("The report could not be assessed"));
		notAssessed.add("help", text("The file could not be read, or no format applies to it; it is not clean."));
		ruleIndex.put(NOT_ASSESSED, rules.size());
		rules.add(notAssessed);
	}

	@Override
	public void start(PrintWriter out) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Nianbao Auditor");
		driver.addProperty("version", Version.of());
		driver.addProperty("semanticVersion", Version.release());
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		out.print("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":");
		out.print(GSON.toJson(tool));
		out.print(",\"results\":[");
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		List<JsonObject> results = new ArrayList<>();
		switch (audit) {
			case ReportAudit.NotAssessed not -> results.add(review(NOT_ASSESSED, not.reason(), audit.source(), null, null, null));
			case ReportAudit.Assessed assessed -> {
				LineMap lines = new LineMap(assessed.report().getText());
				for (Finding finding : assessed.findings()) {
					results.add(result(finding, assessed.report(), audit.source(), lines));
				}
				for (RuleOutcome.CannotAssess c : assessed.cannotAssess()) {
					results.add(review(c.ruleId(), "cannot assess" + (c.subject().isEmpty() ? "" : " (" + c.subject() + ")")
							+ ": " + c.reason(), audit.source(), assessed.report(), c.range(), lines));
				}
				// every result says how completely its report's tables were read
				String extraction = Extraction.of(assessed.report()).toString();
				for (JsonObject result : results) {
					if (!result.has("properties")) {
						result.add("properties", new JsonObject());
					}
					result.getAsJsonObject("properties").addProperty("extraction", extraction);
				}
			}
		}
		for (JsonObject result : results) {
			out.print(first ? "" : ",");
			out.print(GSON.toJson(result));
			first = false;
		}
	}

	@Override
	public void finish(PrintWriter out) {
		out.println("]}]}");
	}

	private JsonObject result(Finding finding, Report report, Path source, LineMap lines) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", finding.ruleId());
		result.addProperty("ruleIndex", ruleIndex.getOrDefault(finding.ruleId(), -1));
		result.addProperty("kind", "fail");
		result.addProperty("level", level(finding.severity().label()));
		result.add("message", text(finding.message()
				+ (finding.restsOnCorrection() ? "（" + finding.correctionNote() + "）" : "")));
		JsonArray locations = new JsonArray();
		locations.add(location(source, report, finding.range(), lines, null));
		result.add("locations", locations);
		JsonArray related = new JsonArray();
		int id = 0;
		for (Operand operand : finding.operands()) {
			if (operand.range() != null) {
				// a cell of the year-before report is in that report's text
				Report holder = Results.holder(report, operand);
				JsonObject location = location(source, holder, operand.range(), holder == report ? lines : new LineMap(holder.getText()),
						operand.role().name().toLowerCase(Locale.ROOT) + " " + operand.label()
								+ (operand.value() == null ? "" : " = " + operand.value().toPlainString())
								+ (operand.corrected() ? "（审核员更正，读作“" + operand.cell().getText() + "”）" : ""));
				location.addProperty("id", id++);
				related.add(location);
			}
		}
		if (!related.isEmpty()) {
			result.add("relatedLocations", related);
		}
		JsonObject properties = new JsonObject();
		properties.addProperty("subject", finding.subject());
		properties.addProperty("restsOnCorrection", finding.restsOnCorrection());
		if (finding.actual() != null) {
			properties.addProperty("actual", finding.actual());
			properties.addProperty("expected", finding.expected());
			properties.addProperty("difference", finding.difference());
		}
		result.add("properties", properties);
		JsonObject fingerprints = new JsonObject();
		fingerprints.addProperty(FINGERPRINT, finding.fingerprint(source));
		result.add("partialFingerprints", fingerprints);
		if (baseline.present()) {
			result.addProperty("baselineState", baseline.known(source, finding) ? "unchanged" : "new");
		}
		decisions.of(source, finding).filter(Triage::dismissed).ifPresent(t -> {
			JsonObject suppression = new JsonObject();
			suppression.addProperty("kind", "external");
			suppression.addProperty("justification", t.reason());
			JsonArray suppressions = new JsonArray();
			suppressions.add(suppression);
			result.add("suppressions", suppressions);
		});
		return result;
	}

	private JsonObject review(String ruleId, String message, Path source, Report report, SourceRange range, LineMap lines) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", ruleId);
		result.addProperty("ruleIndex", ruleIndex.getOrDefault(ruleId, -1));
		result.addProperty("kind", "review");
		result.addProperty("level", "none");
		result.add("message", text(message));
		JsonArray locations = new JsonArray();
		locations.add(location(source, report, range, lines, null));
		result.add("locations", locations);
		return result;
	}

	private static JsonObject location(Path source, Report report, SourceRange range, LineMap lines, String message) {
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(source));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		AuditResult.Location place = lines == null ? null : Results.location(report, range, lines);
		if (place != null) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", place.line());
			region.addProperty("startColumn", place.column());
			region.addProperty("endLine", place.endLine());
			region.addProperty("endColumn", place.endColumn());
			region.addProperty("charOffset", place.offset());
			region.addProperty("charLength", place.length());
			JsonObject snippet = new JsonObject();
			snippet.addProperty("text", report.getText().substring(place.offset(), place.offset() + place.length()));
			region.add("snippet", snippet);
			physical.add("region", region);
		}
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		if (place != null && place.origin() != null) {
			// SARIF places by line and column only: where the file's own terms differ (a PDF's page and
			// box, a Word table's cell), they go in the location's property bag
			JsonObject properties = new JsonObject();
			properties.add("origin", GSON.toJsonTree(place.origin()));
			location.add("properties", properties);
		}
		if (message != null) {
			location.add("message", text(message));
		}
		return location;
	}

	/** A relative path as a relative URI reference, an absolute one as a file URI. */
	private static String uri(Path source) {
		if (source.isAbsolute()) {
			return source.toUri().toString();
		}
		try {
			return new URI(null, null, source.toString().replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			return source.toUri().toString();
		}
	}

	private static String level(String severity) {
		return switch (severity) {
			case "error" -> "error";
			case "warning" -> "warning";
			default -> "note";
		};
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}
}
