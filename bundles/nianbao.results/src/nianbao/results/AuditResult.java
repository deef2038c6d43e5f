// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The results of a run as data: what {@code nianbao audit --format json} writes and what a later run
 * reads back as its baseline ({@link Results}; the schema is {@code docs/audit-result.schema.json}).
 * Records rather than an Ecore model: the results are written once and read once, by Gson's data
 * binding, and need neither notification nor cross-references; what ties them to the report model
 * is the stable naming of its parts (a finding's rule id and fingerprint, an operand's cell by table,
 * row and column). Every key is always written: null where a value does not apply.
 *
 * @param reports the reports of the run, in the order they were named
 */
public record AuditResult(List<ReportResult> reports) {

	/** A report of the run: assessed, or not assessed with the reason. */
	public sealed interface ReportResult permits Assessed, NotAssessed {

		/** The file as the user named it. */
		String source();

		/** Whether the report was assessed. */
		boolean assessed();
	}

	/** A report that could not be assessed: never clean. */
	public record NotAssessed(String source, boolean assessed, String reason) implements ReportResult {
	}

	/**
	 * An assessed report: its identity, how much of its tables was read, its cells, the auditors'
	 * corrections, its findings, the checks that could not be assessed and the cell that alone would
	 * make most failed identities hold.
	 *
	 * @param cells the tables' cells: table2…table4, then (for a part with several tables) the caption,
	 *              then row label path, then column label; a number, a text as printed, or null
	 */
	public record Assessed(String source, boolean assessed, String format, String title, String agency, Integer reportYear,
			String periodStart, String periodEnd, String publishedDate, ExtractionResult extraction, Map<String, Object> cells,
			List<CorrectionResult> corrections, List<FindingResult> findings, List<CannotAssessResult> cannotAssess,
			SuspectCellResult suspectCell, List<String> diagnostics) implements ReportResult {
	}

	/** How completely the tables were read: complete, partial or not recognised. */
	public record ExtractionResult(String status, List<TableRead> tables) {
	}

	/** The cells of one table that were read, of those the format prescribes. */
	public record TableRead(String table, String caption, int read, int cells) {
	}

	/**
	 * Where something is: in the canonical text (1-based lines and columns; offsets and lengths in
	 * characters), and in the file, in the file's own terms.
	 *
	 * @param origin the place in the file (page and box, Word table/row/cell, sheet and cell, HTML
	 *               table/row/cell); null for a text file, whose canonical text is the file's
	 */
	public record Location(int line, int column, int endLine, int endColumn, int offset, int length, FileOrigin origin) {
	}

	/** A rule violation. */
	public record FindingResult(String rule, String severity, String message, String subject, Location location,
			BigDecimal actual, BigDecimal expected, BigDecimal difference, String basis, boolean restsOnCorrection,
			List<OperandResult> operands, String fingerprint, String baselineState, TriageResult triage) {
	}

	/**
	 * A cell or statement a rule read.
	 *
	 * @param cell       the cell read, or null for a statement of the text
	 * @param area       the cell's box on its page (as {@code location.origin} gives it), for readers of
	 *                   results before origins; null for a report not read from pages
	 * @param correction what the file read, where an auditor corrected the cell; null otherwise
	 */
	public record OperandResult(String role, String label, BigDecimal value, Location location, CellName cell,
			FileOrigin.Page area, OperandCorrection correction) {
	}

	/** A cell of the report by its official names: table key (表三), row label path, column label. */
	public record CellName(String table, String row, String column) {
	}

	/** What the file read where an auditor corrected a cell, and why it was corrected. */
	public record OperandCorrection(String read, String reason) {
	}

	/** An auditor's decision about a finding. */
	public record TriageResult(String state, String reason) {
	}

	/** A cell an auditor corrected: what was read from the file and the value the rules read instead. */
	public record CorrectionResult(String label, String read, BigDecimal value, String reason, String date, Location location) {
	}

	/** A rule check that could not be assessed, and why. */
	public record CannotAssessResult(String rule, String subject, String reason, String cause, Location location) {
	}

	/** The cell whose single change would make the most failed identities hold. */
	public record SuspectCellResult(String label, Location location, BigDecimal printed, BigDecimal proposed, List<String> fixes) {
	}
}
