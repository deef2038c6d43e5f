// SPDX-License-Identifier: EPL-2.0
package nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A sample report laid out as the official template ({@code samples/docx/official-2021-template.docx})
 * prints it, built from the sample's ground truth: tables 二, 三 and 四 with the template's merged
 * cells, around them either a title and a line of text per part ({@link #of(GroundTruth)}) or the
 * sample's own narrative ({@link #of(GroundTruth, Path)}). The writers in {@link GoldenFiles} turn it
 * into Word, Excel and HTML files; test layouts print its grids as text.
 *
 * @param items headings, text and tables in reading order
 */
public record GoldenReport(List<Item> items) {

	/** A paragraph or a table. */
	public sealed interface Item permits Text, Grid {
	}

	/** A paragraph. */
	public record Text(String text) implements Item {
	}

	/**
	 * A table as a grid: each cell starts at its row and column and covers {@code rowSpan} rows and
	 * {@code colSpan} columns.
	 */
	public record Grid(int rows, int columns, List<Cell> cells) implements Item {

		/** The cell covering each grid position (null where none does), by row and column. */
		public Cell[][] coverage() {
			Cell[][] at = new Cell[rows][columns];
			for (Cell cell : cells) {
				for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
					Arrays.fill(at[r], cell.column(), cell.column() + cell.colSpan(), cell);
				}
			}
			return at;
		}

		/** The cells that start in a row, left to right: a merged cell is printed where it starts. */
		public List<Cell> startingIn(int row) {
			return cells.stream().filter(c -> c.row() == row).sorted(Comparator.comparingInt(Cell::column)).toList();
		}

		/** Whether a row holds cells of the ground truth (rather than only captions and column labels). */
		public boolean holdsValues(int row) {
			return cells.stream().anyMatch(c -> c.row() == row && c.kind() != Kind.LABEL);
		}
	}

	/** What a grid cell holds: a caption or label, or a cell of the ground truth (a number or other text). */
	public enum Kind {
		LABEL, NUMBER, TEXT
	}

	/**
	 * A cell of a grid.
	 *
	 * @param kind a number is written as a number where the format has numbers
	 */
	public record Cell(int row, int column, int rowSpan, int colSpan, String text, Kind kind) {

		public static Cell label(int row, int column, int rowSpan, int colSpan, String text) {
			return new Cell(row, column, rowSpan, colSpan, text, Kind.LABEL);
		}

		public boolean number() {
			return kind == Kind.NUMBER;
		}
	}

	private static final List<String> PARTS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
	private static final String TEXT = "本机关按照《中华人民共和国政府信息公开条例》的要求，认真做好本部分工作。";
	/** Table 三's label columns: the group, the subgroup and the row. */
	private static final int LABEL_COLUMNS = 3;
	/** The headings of parts 二 and 五 as reports print them, mid-line too (not the sub-headings "（二）…"). */
	private static final Pattern PART_TWO = Pattern.compile("(?<![（(])二\\s*[、.．]\\s*主动公开");
	private static final Pattern PART_FIVE = Pattern.compile("(?<![（(])五\\s*[、.．]\\s*(?:政府信息公开工作)?存在的主要问题");

	/** The title, each part's heading with a line of text, parts 二 to 四 with their tables. */
	public static GoldenReport of(GroundTruth truth) {
		List<Item> items = new ArrayList<>();
		items.add(new Text(truth.agency() + truth.reportYear() + "年政府信息公开工作年度报告"));
		for (int part = 0; part < PARTS.size(); part++) {
			items.add(new Text(PARTS.get(part)));
			items.add(part >= 1 && part <= 3 ? table(truth, part) : new Text(TEXT));
		}
		return new GoldenReport(items);
	}

	/**
	 * The sample's own text up to the heading of part 二 and from the heading of part 五 on, a paragraph
	 * per line, and between them parts 二 to 四 (heading and table) from the ground truth: the
	 * narrative as published, the tables as the template prints them.
	 */
	public static GoldenReport of(GroundTruth truth, Path sample) {
		String text;
		try {
			text = Files.readString(sample);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int two = start(PART_TWO, text, sample);
		int five = start(PART_FIVE, text, sample);
		List<Item> items = new ArrayList<>();
		text.substring(0, two).lines().filter(l -> !l.isBlank()).map(Text::new).forEach(items::add);
		for (int part = 1; part <= 3; part++) {
			items.add(new Text(PARTS.get(part)));
			items.add(table(truth, part));
		}
		text.substring(five).lines().filter(l -> !l.isBlank()).map(Text::new).forEach(items::add);
		return new GoldenReport(items);
	}

	private static int start(Pattern heading, String text, Path sample) {
		Matcher m = heading.matcher(text);
		if (!m.find()) {
			throw new IllegalArgumentException(sample + ": no heading " + heading);
		}
		return m.start();
	}

	/** The table of part 二, 三 or 四 (counted from 0). */
	private static Grid table(GroundTruth truth, int part) {
		return switch (part) {
			case 1 -> table2(truth.table("table2"));
			case 2 -> table3(truth.table("table3"));
			default -> table4(truth.table("table4"));
		};
	}

	/** Per caption: the caption across the table, a header row, the rows; the last column spans the rest. */
	private static Grid table2(JsonObject table) {
		int width = 1 + table.entrySet().stream().mapToInt(e -> firstRow(e.getValue()).size()).max().orElse(1);
		List<Cell> cells = new ArrayList<>();
		int row = 0;
		for (Map.Entry<String, JsonElement> caption : table.entrySet()) {
			cells.add(Cell.label(row++, 0, 1, width, caption.getKey()));
			List<String> columns = List.copyOf(firstRow(caption.getValue()).keySet());
			cells.add(Cell.label(row, 0, 1, 1, "信息内容"));
			for (int c = 0; c < columns.size(); c++) {
				cells.add(Cell.label(row, 1 + c, 1, c == columns.size() - 1 ? width - 1 - c : 1, columns.get(c)));
			}
			row++;
			for (Map.Entry<String, JsonElement> line : caption.getValue().getAsJsonObject().entrySet()) {
				cells.add(Cell.label(row, 0, 1, 1, line.getKey()));
				for (int c = 0; c < columns.size(); c++) {
					JsonElement value = line.getValue().getAsJsonObject().get(columns.get(c));
					cells.add(value(row, 1 + c, c == columns.size() - 1 ? width - 1 - c : 1, value));
				}
				row++;
			}
		}
		return new Grid(row, width, cells);
	}

	/**
	 * The template's header (the note over three rows and three columns, 申请人情况 over the applicant
	 * columns, 法人或其他组织 over its five), then one row per label path: a group cell spans the rows of
	 * its group, a row label spans the label columns its path leaves free.
	 */
	private static Grid table3(JsonObject table) {
		List<String> columns = List.copyOf(firstRow(table).keySet());
		List<Cell> cells = new ArrayList<>(List.of(
				Cell.label(0, 0, 3, LABEL_COLUMNS, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
				Cell.label(0, LABEL_COLUMNS, 1, columns.size(), "申请人情况"),
				Cell.label(1, LABEL_COLUMNS, 2, 1, columns.getFirst()),
				Cell.label(1, LABEL_COLUMNS + 1, 1, columns.size() - 2, "法人或其他组织"),
				Cell.label(1, LABEL_COLUMNS + columns.size() - 1, 2, 1, columns.getLast())));
		for (int c = 1; c < columns.size() - 1; c++) {
			cells.add(Cell.label(2, LABEL_COLUMNS + c, 1, 1, columns.get(c)));
		}
		List<String> paths = List.copyOf(table.keySet());
		int header = 3;
		for (int i = 0; i < paths.size(); i++) {
			String[] levels = paths.get(i).split("/");
			for (int level = 0; level < levels.length - 1; level++) {
				if (i == 0 || !prefix(paths.get(i - 1), level).equals(prefix(paths.get(i), level))) {
					int span = 1;
					while (i + span < paths.size() && prefix(paths.get(i + span), level).equals(prefix(paths.get(i), level))) {
						span++;
					}
					cells.add(Cell.label(header + i, level, span, 1, levels[level]));
				}
			}
			cells.add(Cell.label(header + i, levels.length - 1, 1, LABEL_COLUMNS - levels.length + 1, levels[levels.length - 1]));
			JsonObject values = table.getAsJsonObject(paths.get(i));
			for (int c = 0; c < columns.size(); c++) {
				cells.add(value(header + i, LABEL_COLUMNS + c, 1, values.get(columns.get(c))));
			}
		}
		return new Grid(header + paths.size(), LABEL_COLUMNS + columns.size(), cells);
	}

	/** 行政复议 and 行政诉讼 over their columns, the two kinds of 行政诉讼 over theirs, then the values in one row. */
	private static Grid table4(JsonObject table) {
		List<String> blocks = List.copyOf(table.keySet());
		List<String> columns = List.copyOf(firstRow(table).keySet());
		int width = columns.size();
		List<Cell> cells = new ArrayList<>(List.of(Cell.label(0, 0, 1, width, blocks.getFirst()),
				Cell.label(0, width, 1, width * (blocks.size() - 1), "行政诉讼")));
		for (int b = 0; b < blocks.size(); b++) {
			for (int c = 0; c < width; c++) {
				if (b == 0) {
					cells.add(Cell.label(1, c, 2, 1, columns.get(c)));
				} else {
					cells.add(Cell.label(2, b * width + c, 1, 1, columns.get(c)));
				}
				cells.add(value(3, b * width + c, 1, table.getAsJsonObject(blocks.get(b)).get(columns.get(c))));
			}
			if (b > 0) {
				cells.add(Cell.label(1, b * width, 1, width, blocks.get(b)));
			}
		}
		return new Grid(4, width * blocks.size(), cells);
	}

	private static Cell value(int row, int column, int colSpan, JsonElement value) {
		Kind kind = value.getAsJsonPrimitive().isNumber() ? Kind.NUMBER : Kind.TEXT;
		return new Cell(row, column, 1, colSpan, value.getAsString(), kind);
	}

	private static JsonObject firstRow(JsonElement table) {
		return table.getAsJsonObject().entrySet().iterator().next().getValue().getAsJsonObject();
	}

	/** The first {@code level + 1} levels of a label path. */
	private static String prefix(String path, int level) {
		String[] levels = path.split("/");
		return level < levels.length ? String.join("/", Arrays.asList(levels).subList(0, level + 1)) : path;
	}
}
