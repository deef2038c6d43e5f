// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.extract.Extraction;
import nianbao.extract.Origins;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.FactKind;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.read.LineMap;
import nianbao.results.AuditResult.Assessed;
import nianbao.results.AuditResult.CannotAssessResult;
import nianbao.results.AuditResult.CellName;
import nianbao.results.AuditResult.CorrectionResult;
import nianbao.results.AuditResult.ExtractionResult;
import nianbao.results.AuditResult.FindingResult;
import nianbao.results.AuditResult.Location;
import nianbao.results.AuditResult.NotAssessed;
import nianbao.results.AuditResult.OperandCorrection;
import nianbao.results.AuditResult.OperandResult;
import nianbao.results.AuditResult.ReportResult;
import nianbao.results.AuditResult.SuspectCellResult;
import nianbao.results.AuditResult.TableRead;
import nianbao.results.AuditResult.TriageResult;

/**
 * The one reader and writer of {@link AuditResult}: an audit made into results, results to JSON and
 * back, by Gson's data binding of the records (the two sealed kinds, reports and origins, told apart by
 * a key of their own: {@code assessed} and {@code kind}).
 */
public final class Results {

	private static final String NUMERALS = "一二三四五六七八九十";

	/** Gson, made when JSON is first written or read: a run that prints text does without it (a short run's start). */
	private static final class Json {
		static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.registerTypeAdapter(ReportResult.class, (JsonDeserializer<ReportResult>) (json, type, context) -> {
					JsonObject object = json.getAsJsonObject();
					boolean assessed = object.has("assessed") && object.get("assessed").getAsBoolean();
					return context.deserialize(json, assessed ? Assessed.class : NotAssessed.class);
				})
				.registerTypeAdapter(FileOrigin.class, (JsonDeserializer<FileOrigin>) (json, type, context) -> context
						.deserialize(json, FileOrigin.type(json.getAsJsonObject().get("kind").getAsString())))
				.create();
	}

	private Results() {
	}

	/** One report's results as JSON, indented as a whole result is. */
	public static String toJson(ReportResult report) {
		return Json.GSON.toJson(report);
	}

	/**
	 * Reads results written by {@code nianbao audit --format json}.
	 *
	 * @throws IOException if the text is not such a result; the message says what is wrong
	 */
	public static AuditResult read(Reader in) throws IOException {
		try {
			return read(JsonParser.parseReader(in));
		} catch (JsonParseException e) {
			throw new IOException("not JSON (it breaks off or is malformed)", e);
		}
	}

	/** Reads results already parsed as JSON; see {@link #read(Reader)}. */
	static AuditResult read(JsonElement json) throws IOException {
		try {
			AuditResult result = Json.GSON.fromJson(json, AuditResult.class);
			if (result == null || result.reports() == null) {
				throw new IOException("JSON without the reports of a result of this tool");
			}
			return result;
		} catch (JsonParseException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
				| NullPointerException e) {
			// a key holds something other than its type (an origin of an unknown kind, a text for a number)
			throw new IOException("JSON, but not shaped as a result of this tool", e);
		}
	}

	/** The results of one report's audit, with the auditors' decisions and the baseline's verdicts. */
	public static ReportResult of(ReportAudit audit, Baseline baseline, Decisions decisions) {
		return switch (audit) {
			case ReportAudit.NotAssessed not -> new NotAssessed(not.source().toString(), false, not.reason());
			case ReportAudit.Assessed assessed -> assessed(assessed, baseline, decisions);
		};
	}

	/** Where a range of a report is, in its canonical text and in its file; null for null. */
	public static Location location(Report report, SourceRange range, LineMap lines) {
		if (range == null) {
			return null;
		}
		LineMap.Position start = lines.position(range.getOffset());
		LineMap.Position end = lines.position(range.getOffset() + range.getLength());
		return new Location(start.line(), start.column(), end.line(), end.column(), range.getOffset(), range.getLength(),
				FileOrigin.of(Origins.of(report, range)));
	}

	/**
	 * Where a range of a report is in its file, as an auditor names it ("第 3 页", "表格 2 第 5 行第 3 列",
	 * "Sheet1!C7"); null for a text file and for null.
	 */
	public static String origin(Report report, SourceRange range) {
		return Origins.describe(Origins.of(report, range));
	}

	private static Assessed assessed(ReportAudit.Assessed audit, Baseline baseline, Decisions decisions) {
		Report report = audit.report();
		LineMap lines = new LineMap(report.getText());
		Path source = audit.source();
		List<CorrectionResult> corrections = new ArrayList<>();
		for (Cell cell : Corrections.corrected(report)) {
			corrections.add(new CorrectionResult(Corrections.label(cell), cell.getText() == null ? "" : cell.getText(),
					cell.getValue(), cell.getCorrection().getReason(), cell.getCorrection().getDate(),
					location(report, cell.getRange(), lines)));
		}
		List<FindingResult> findings = new ArrayList<>();
		for (Finding finding : audit.findings()) {
			TriageResult triage = decisions.of(source, finding).map(t -> new TriageResult(t.state().id(), t.reason())).orElse(null);
			String baselineState = !baseline.present() ? null : baseline.known(source, finding) ? "unchanged" : "new";
			findings.add(new FindingResult(finding.ruleId(), finding.severity().label(), finding.message(), finding.subject(),
					location(report, finding.range(), lines), finding.actual(), finding.expected(), finding.difference(),
					finding.basis(), finding.restsOnCorrection(),
					finding.operands().stream().map(o -> operand(report, o, lines)).toList(), finding.fingerprint(source),
					baselineState, triage));
		}
		List<CannotAssessResult> cannot = audit.cannotAssess().stream()
				.map(c -> new CannotAssessResult(c.ruleId(), c.subject(), c.reason(), c.cause().name().toLowerCase(Locale.ROOT),
						location(report, c.range(), lines)))
				.toList();
		SuspectCellResult suspect = audit.suspectCell()
				.map(s -> new SuspectCellResult(s.label(), location(report, s.range(), lines), s.printed(), s.proposed(),
						s.fixes().stream().map(f -> f.ruleId() + (f.subject().isEmpty() ? "" : " " + f.subject())).toList()))
				.orElse(null);
		String year = report.factValue(FactKind.REPORT_YEAR);
		Extraction extraction = Extraction.of(report);
		return new Assessed(source.toString(), true, report.getFormatId(), report.factValue(FactKind.TITLE),
				report.factValue(FactKind.AGENCY), year == null ? null : Integer.valueOf(year),
				report.factValue(FactKind.PERIOD_START), report.factValue(FactKind.PERIOD_END),
				report.factValue(FactKind.PUBLISHED_DATE),
				new ExtractionResult(extraction.status().id(), extraction.tables().stream()
						.map(t -> new TableRead(t.key(), t.caption(), t.read(), t.cells())).toList()),
				cells(report), corrections, findings, cannot, suspect,
				report.getDiagnostics().stream().map(d -> d.getMessage()).toList());
	}

	private static OperandResult operand(Report report, Operand operand, LineMap lines) {
		Cell cell = operand.cell();
		CellName name = null;
		if (cell != null) {
			Row row = (Row) cell.eContainer();
			name = new CellName(((Table) row.eContainer()).getKey(), row.getLabel(), cell.getColumn().getLabel());
		}
		Report holder = holder(report, operand);
		Location location = location(holder, operand.range(), holder == report ? lines : new LineMap(holder.getText()));
		FileOrigin.Page area = cell != null && Origins.of(holder, cell.getRange()) instanceof PageArea page
				? (FileOrigin.Page) FileOrigin.of(page) : null;
		OperandCorrection correction = operand.corrected()
				? new OperandCorrection(cell.getText() == null ? "" : cell.getText(), cell.getCorrection().getReason())
				: null;
		return new OperandResult(operand.role().name().toLowerCase(Locale.ROOT), operand.label(), operand.value(), location,
				name, area, correction);
	}

	/**
	 * The report an operand of a finding of {@code report} is printed in: the report itself, or for a
	 * cell of the year before (a cross-year rule), that report, whose text and file the cell's place is in.
	 */
	public static Report holder(Report report, Operand operand) {
		return operand.cell() == null ? report : (Report) EcoreUtil.getRootContainer(operand.cell());
	}

	/** table2, table3, table4: rows keyed by label path; a part with several tables adds their captions as a level. */
	private static Map<String, Object> cells(Report report) {
		Map<String, List<Table>> byPart = new LinkedHashMap<>();
		for (Table table : report.getTables()) {
			byPart.computeIfAbsent(table.getPartKey(), k -> new ArrayList<>()).add(table);
		}
		Map<String, Object> cells = new LinkedHashMap<>();
		byPart.forEach((part, tables) -> {
			String key = "table" + (NUMERALS.indexOf(part) + 1);
			if (tables.size() == 1) {
				cells.put(key, rows(tables.getFirst()));
			} else {
				Map<String, Object> captions = new LinkedHashMap<>();
				tables.forEach(t -> captions.put(t.getCaption(), rows(t)));
				cells.put(key, captions);
			}
		});
		return cells;
	}

	private static Map<String, Map<String, Object>> rows(Table table) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (Row row : table.getRows()) {
			Map<String, Object> columns = new LinkedHashMap<>();
			for (Cell cell : row.getCells()) {
				columns.put(cell.getColumn().getLabel(), value(cell));
			}
			rows.put(row.getLabel(), columns);
		}
		return rows;
	}

	/** A number as a number, anything else as printed, a missing cell as null. */
	private static Object value(Cell cell) {
		if (cell.getKind() == CellKind.NUMBER) {
			return cell.getValue();
		}
		return cell.getKind() == CellKind.MISSING ? null : cell.getText() == null ? "" : cell.getText();
	}
}
