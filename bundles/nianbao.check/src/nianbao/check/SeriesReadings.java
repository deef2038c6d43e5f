// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.util.ArrayList;
import java.util.List;

import nianbao.extract.CellText;
import nianbao.format.language.Format;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Diagnostic;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.model.Row;
import nianbao.model.Table;

/**
 * Settles rows whose run-together digits the table alone could not cut (see {@link CellKind#AMBIGUOUS})
 * with the same agency's reports of the years before and after: of a row's readings, the one under
 * which the fewest cross-year rules fail (现行有效件数 carried over from last year, 上年结转 equal to
 * last year's 结转下年度) is taken, where it is the only one; the neighbouring reports' own ambiguous
 * rows are tried in each of their readings.
 */
final class SeriesReadings {

	private final RuleEngine engine;

	SeriesReadings(RuleEngine engine) {
		this.engine = engine;
	}

	/** Settles what the neighbours can settle of {@code report}'s ambiguous rows; either neighbour may be null. */
	void settle(Report report, Format format, Report previous, Report next) {
		if (previous == null && next == null) {
			return;
		}
		for (Table table : report.getTables()) {
			for (Row row : table.getRows()) {
				int readings = readings(row);
				if (readings < 2) {
					continue;
				}
				List<Row> neighbours = new ArrayList<>();
				for (Report other : new Report[] { previous, next }) {
					Row same = other == null ? null : row(other, table.getKey(), row.getKey());
					if (same != null && readings(same) > 1) {
						neighbours.add(same);
					}
				}
				int best = -1;
				int least = Integer.MAX_VALUE;
				boolean tie = false;
				for (int k = 0; k < readings; k++) {
					int failed = fewestFailures(report, format, previous, next, row, k, neighbours, 0);
					if (failed < least) {
						least = failed;
						best = k;
						tie = false;
					} else if (failed == least) {
						tie = true;
					}
				}
				if (!tie && best >= 0) {
					apply(row, best);
					Diagnostic diagnostic = ReportFactory.eINSTANCE.createDiagnostic();
					diagnostic.setCode("cells-settled-by-series");
					diagnostic.setMessage(table.getKey() + " " + row.getLabel()
							+ ": run-together digits cut as the reports of the years before and after require");
					report.getDiagnostics().add(diagnostic);
				}
			}
		}
	}

	/** The fewest cross-year failures with {@code row} read the k-th way, over the neighbours' readings. */
	private int fewestFailures(Report report, Format format, Report previous, Report next, Row row, int k,
			List<Row> neighbours, int from) {
		if (from == neighbours.size()) {
			List<Cell> saved = snapshot(row);
			apply(row, k);
			int failed = failures(report, format, previous, next);
			restore(row, saved);
			return failed;
		}
		Row neighbour = neighbours.get(from);
		List<Cell> saved = snapshot(neighbour);
		int least = Integer.MAX_VALUE;
		for (int j = 0; j < readings(neighbour); j++) {
			apply(neighbour, j);
			least = Math.min(least, fewestFailures(report, format, previous, next, row, k, neighbours, from + 1));
			restore(neighbour, saved);
		}
		return least;
	}

	/** Failed cross-year rules between the report and each neighbour; a rule that cannot be assessed counts as failed. */
	private int failures(Report report, Format format, Report previous, Report next) {
		int failed = 0;
		if (previous != null) {
			failed += (int) engine.checkAcrossYears(report, format, previous).stream()
					.filter(o -> !(o instanceof RuleOutcome.Passed)).count();
		}
		if (next != null) {
			failed += (int) engine.checkAcrossYears(next, format, report).stream()
					.filter(o -> !(o instanceof RuleOutcome.Passed)).count();
		}
		return failed;
	}

	private static int readings(Row row) {
		return row.getCells().stream().filter(c -> c.getKind() == CellKind.AMBIGUOUS).mapToInt(c -> c.getReadings().size())
				.max().orElse(0);
	}

	/** Reads the row's ambiguous cells the k-th way. */
	private static void apply(Row row, int k) {
		for (Cell cell : row.getCells()) {
			if (cell.getKind() == CellKind.AMBIGUOUS) {
				String reading = cell.getReadings().get(k);
				CellText text = CellText.classify(reading);
				cell.setKind(text.kind());
				cell.setValue(text.value());
				cell.setText(reading);
				cell.getReadings().clear();
			}
		}
	}

	private static List<Cell> snapshot(Row row) {
		return row.getCells().stream().map(c -> org.eclipse.emf.ecore.util.EcoreUtil.copy(c)).toList();
	}

	private static void restore(Row row, List<Cell> saved) {
		for (int i = 0; i < saved.size(); i++) {
			Cell cell = row.getCells().get(i);
			Cell copy = saved.get(i);
			cell.setKind(copy.getKind());
			cell.setValue(copy.getValue());
			cell.setText(copy.getText());
			cell.getReadings().clear();
			cell.getReadings().addAll(copy.getReadings());
		}
	}

	private static Row row(Report report, String table, String row) {
		return report.getTables().stream().filter(t -> t.getKey().equals(table)).flatMap(t -> t.getRows().stream())
				.filter(r -> r.getKey().equals(row)).findFirst().orElse(null);
	}
}
