// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.model.Cell;
import nianbao.extract.Extraction;
import nianbao.model.CellKind;
import nianbao.model.FactKind;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.read.LineMap;

/**
 * {@code {"reports": [...]}}, written report by report: per report its source, identity, the cells of its tables keyed by official
 * labels (an auditor's corrections applied), the cells corrected, its findings (each saying whether it rests on a
 * corrected cell) and the rule checks it could not assess. The schema is docs/audit-result.schema.json.
 */
final class JsonOutput implements Output {

	private static final String NUMERALS = "一二三四五六七八九十";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private final Baseline baseline;
	private final Decisions decisions;
	private boolean first = true;

	JsonOutput(Baseline baseline, Decisions decisions) {
		this.baseline = baseline;
		this.decisions = decisions;
	}

	@Override
	public void start(PrintWriter out) {
		out.print("{\n  \"reports\": [");
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		JsonObject json = switch (audit) {
			case ReportAudit.NotAssessed not -> notAssessed(not);
			case ReportAudit.Assessed assessed -> assessed(assessed);
		};
		out.print(first ? "\n" : ",\n");
		out.print(GSON.toJson(json).indent(4).stripTrailing());
		first = false;
	}

	@Override
	public void finish(PrintWriter out) {
		out.println(first ? "]\n}" : "\n  ]\n}");
	}

	/** The extraction status: complete, partial or not recognised, with each table's cells read. */
	private static JsonObject extraction(Extraction extraction) {
		JsonObject json = new JsonObject();
		json.addProperty("status", extraction.status().id());
		JsonArray tables = new JsonArray();
		for (Extraction.TableCount table : extraction.tables()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("table", table.key());
			entry.addProperty("caption", table.caption());
			entry.addProperty("read", table.read());
			entry.addProperty("cells", table.cells());
			tables.add(entry);
		}
		json.add("tables", tables);
		return json;
	}

	private static JsonObject notAssessed(ReportAudit.NotAssessed audit) {
		JsonObject json = new JsonObject();
		json.addProperty("source", audit.source().toString());
		json.addProperty("assessed", false);
		json.addProperty("reason", audit.reason());
		return json;
	}

	private JsonObject assessed(ReportAudit.Assessed audit) {
		Report report = audit.report();
		LineMap lines = new LineMap(report.getText());
		JsonObject json = new JsonObject();
		json.addProperty("source", audit.source().toString());
		json.addProperty("assessed", true);
		json.addProperty("format", report.getFormatId());
		json.add("title", fact(report, FactKind.TITLE));
		json.add("agency", fact(report, FactKind.AGENCY));
		JsonElement year = fact(report, FactKind.REPORT_YEAR);
		json.add("reportYear", year.isJsonNull() ? year : new JsonPrimitive(Integer.parseInt(year.getAsString())));
		json.add("periodStart", fact(report, FactKind.PERIOD_START));
		json.add("periodEnd", fact(report, FactKind.PERIOD_END));
		json.add("publishedDate", fact(report, FactKind.PUBLISHED_DATE));
		json.add("extraction", extraction(Extraction.of(report)));
		json.add("cells", cells(report));
		JsonArray corrections = new JsonArray();
		for (Cell cell : Corrections.corrected(report)) {
			JsonObject entry = new JsonObject();
			entry.addProperty("label", Corrections.label(cell));
			entry.addProperty("read", cell.getText() == null ? "" : cell.getText());
			entry.add("value", number(cell.getValue()));
			entry.addProperty("reason", cell.getCorrection().getReason());
			entry.addProperty("date", cell.getCorrection().getDate());
			entry.add("location", location(cell.getRange(), lines));
			corrections.add(entry);
		}
		json.add("corrections", corrections);
		JsonArray findings = new JsonArray();
		for (Finding finding : audit.findings()) {
			JsonObject entry = finding(finding, lines);
			entry.addProperty("fingerprint", finding.fingerprint(audit.source()));
			if (baseline.present()) {
				entry.addProperty("baselineState", baseline.known(audit.source(), finding) ? "unchanged" : "new");
			}
			decisions.of(audit.source(), finding).ifPresent(t -> {
				JsonObject triage = new JsonObject();
				triage.addProperty("state", t.state().id());
				triage.addProperty("reason", t.reason());
				entry.add("triage", triage);
			});
			findings.add(entry);
		}
		json.add("findings", findings);
		JsonArray cannot = new JsonArray();
		for (RuleOutcome.CannotAssess c : audit.cannotAssess()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("rule", c.ruleId());
			entry.addProperty("subject", c.subject());
			entry.addProperty("reason", c.reason());
			entry.addProperty("cause", c.cause().name().toLowerCase(Locale.ROOT));
			entry.add("location", location(c.range(), lines));
			cannot.add(entry);
		}
		json.add("cannotAssess", cannot);
		json.add("suspectCell", audit.suspectCell().<JsonElement>map(suspect -> {
			JsonObject entry = new JsonObject();
			entry.addProperty("label", suspect.label());
			entry.add("location", location(suspect.range(), lines));
			entry.addProperty("printed", suspect.printed());
			entry.addProperty("proposed", suspect.proposed());
			JsonArray fixed = new JsonArray();
			suspect.fixes().forEach(f -> fixed.add(f.ruleId() + (f.subject().isEmpty() ? "" : " " + f.subject())));
			entry.add("fixes", fixed);
			return entry;
		}).orElse(JsonNull.INSTANCE));
		JsonArray diagnostics = new JsonArray();
		report.getDiagnostics().forEach(d -> diagnostics.add(d.getMessage()));
		json.add("diagnostics", diagnostics);
		return json;
	}

	/** table2, table3, table4: rows keyed by label path; a part with several tables adds their captions as a level. */
	private static JsonObject cells(Report report) {
		Map<String, List<Table>> byPart = new LinkedHashMap<>();
		for (Table table : report.getTables()) {
			byPart.computeIfAbsent(table.getPartKey(), k -> new ArrayList<>()).add(table);
		}
		JsonObject cells = new JsonObject();
		byPart.forEach((part, tables) -> {
			String key = "table" + (NUMERALS.indexOf(part) + 1);
			if (tables.size() == 1) {
				cells.add(key, rows(tables.getFirst()));
			} else {
				JsonObject captions = new JsonObject();
				tables.forEach(t -> captions.add(t.getCaption(), rows(t)));
				cells.add(key, captions);
			}
		});
		return cells;
	}

	private static JsonObject rows(Table table) {
		JsonObject rows = new JsonObject();
		for (Row row : table.getRows()) {
			JsonObject columns = new JsonObject();
			for (Cell cell : row.getCells()) {
				columns.add(cell.getColumn().getLabel(), value(cell));
			}
			rows.add(row.getLabel(), columns);
		}
		return rows;
	}

	/** A number as a JSON number, anything else as printed, a missing cell as null. */
	private static JsonElement value(Cell cell) {
		if (cell.getKind() == CellKind.NUMBER) {
			return new JsonPrimitive(cell.getValue());
		}
		return cell.getKind() == CellKind.MISSING ? JsonNull.INSTANCE
				: new JsonPrimitive(cell.getText() == null ? "" : cell.getText());
	}

	private static JsonObject finding(Finding finding, LineMap lines) {
		JsonObject json = new JsonObject();
		json.addProperty("rule", finding.ruleId());
		json.addProperty("severity", finding.severity().label());
		json.addProperty("message", finding.message());
		json.addProperty("subject", finding.subject());
		json.add("location", location(finding.range(), lines));
		json.add("actual", number(finding.actual()));
		json.add("expected", number(finding.expected()));
		json.add("difference", number(finding.difference()));
		json.addProperty("basis", finding.basis());
		json.addProperty("restsOnCorrection", finding.restsOnCorrection());
		JsonArray operands = new JsonArray();
		for (Operand operand : finding.operands()) {
			JsonObject o = new JsonObject();
			o.addProperty("role", operand.role().name().toLowerCase(Locale.ROOT));
			o.addProperty("label", operand.label());
			o.add("value", number(operand.value()));
			o.add("location", location(operand.range(), lines));
			if (operand.cell() != null && operand.cell().getArea() != null) {
				o.add("area", area(operand.cell().getArea()));
			}
			if (operand.corrected()) {
				JsonObject correction = new JsonObject();
				correction.addProperty("read", operand.cell().getText() == null ? "" : operand.cell().getText());
				correction.addProperty("reason", operand.cell().getCorrection().getReason());
				o.add("correction", correction);
			}
			operands.add(o);
		}
		json.add("operands", operands);
		return json;
	}

	private static JsonElement number(BigDecimal value) {
		return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
	}

	private static JsonElement location(SourceRange range, LineMap lines) {
		if (range == null) {
			return JsonNull.INSTANCE;
		}
		LineMap.Position start = lines.position(range.getOffset());
		JsonObject json = new JsonObject();
		json.addProperty("line", start.line());
		json.addProperty("column", start.column());
		json.addProperty("offset", range.getOffset());
		json.addProperty("length", range.getLength());
		return json;
	}

	/** Where a cell is printed on its page, in points from the page's top left corner. */
	private static JsonObject area(PageArea area) {
		JsonObject json = new JsonObject();
		json.addProperty("page", area.getPage());
		json.addProperty("x", Math.round(area.getX() * 10) / 10.0);
		json.addProperty("y", Math.round(area.getY() * 10) / 10.0);
		json.addProperty("width", Math.round(area.getWidth() * 10) / 10.0);
		json.addProperty("height", Math.round(area.getHeight() * 10) / 10.0);
		return json;
	}

	private static JsonElement fact(Report report, FactKind kind) {
		return Optional.ofNullable(report.factValue(kind)).<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
	}
}
