// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.Table;

/**
 * How much of a report's tables the extractor read with confidence: complete, partial (which tables,
 * how many of their cells) or not recognised (no cell at all). A cell is read unless it is missing
 * (its row was not recognised) or ambiguous (run-together digits that can be cut more than one way);
 * the cells of a row that the report shows it does not print are read as absent, and the rows of a
 * group printed as one row are that row.
 *
 * @param status the overall status
 * @param tables each table of the format, with its cells read and expected
 */
public record Extraction(Status status, List<TableCount> tables) {

	/** The overall status of a report's extraction. */
	public enum Status {
		COMPLETE("complete", "完整"), PARTIAL("partial", "部分"), NOT_RECOGNISED("not recognised", "未能识别");

		private final String id;
		private final String chinese;

		Status(String id, String chinese) {
			this.id = id;
			this.chinese = chinese;
		}

		/** The status as outputs write it: complete, partial, not recognised. */
		public String id() {
			return id;
		}

		/** The status in Chinese, for the workbench. */
		public String chinese() {
			return chinese;
		}
	}

	/** A table's cells: how many were read, of how many the format expects. */
	public record TableCount(String key, String caption, int read, int cells) {
	}

	public Extraction {
		tables = List.copyOf(tables);
	}

	/** The extraction status of an extracted report. */
	public static Extraction of(Report report) {
		List<TableCount> tables = new ArrayList<>();
		int read = 0;
		int cells = 0;
		for (Table table : report.getTables()) {
			int tableRead = 0;
			int tableCells = 0;
			for (Row row : table.getRows()) {
				if (printedAsGroup(table, row)) {
					continue;
				}
				for (Cell cell : row.getCells()) {
					tableCells++;
					if (row.isAbsent() || cell.getKind() != CellKind.MISSING && cell.getKind() != CellKind.AMBIGUOUS) {
						tableRead++;
					}
				}
			}
			tables.add(new TableCount(table.getKey(), table.getCaption(), tableRead, tableCells));
			read += tableRead;
			cells += tableCells;
		}
		Status status = read == 0 ? Status.NOT_RECOGNISED : read == cells ? Status.COMPLETE : Status.PARTIAL;
		return new Extraction(status, tables);
	}

	/**
	 * A row of a group that the report prints as one row (（六）其他处理 the 2019 way): the group's row,
	 * whose label path is the start of this one's, holds its cells.
	 */
	private static boolean printedAsGroup(Table table, Row row) {
		return row.getCells().stream().allMatch(c -> c.getKind() == CellKind.MISSING) && table.getRows().stream()
				.anyMatch(group -> group != row && row.getLabel().startsWith(group.getLabel() + "/"));
	}

	/** The tables not read completely. */
	public List<TableCount> incomplete() {
		return tables.stream().filter(t -> t.read() < t.cells()).toList();
	}

	/** One line: "complete", or "partial: 表三 180/196 cells, …", or "not recognised". */
	@Override
	public String toString() {
		return status != Status.PARTIAL ? status.id()
				: status.id() + ": " + incomplete().stream().map(t -> t.key() + " " + t.read() + "/" + t.cells() + " cells")
						.collect(Collectors.joining(", "));
	}
}
