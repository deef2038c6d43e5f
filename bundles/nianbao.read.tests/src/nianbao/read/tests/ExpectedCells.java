// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nianbao.format.TableStructure;
import nianbao.format.language.Format;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.testing.GroundTruth;

/**
 * The expected cells of tables 三 and 四, by table key (表三, 表四), official row label path and column
 * label: from a sample's ground truth, or from the hand check of a PDF ({@code samples/pdf/*.expected.md}).
 * Compares them with the cells a report's extraction yields.
 */
record ExpectedCells(Map<String, Map<String, Map<String, Expected>>> tables) {

	/** A printed cell: a number (compared by value) or other text (compared as printed). */
	record Expected(String text, boolean number) {
	}

	/** The outcome of a comparison: how many cells were expected and which of them came out wrong. */
	record Comparison(int cells, List<String> wrong) {

		String accuracy() {
			return (cells - wrong.size()) + "/" + cells + " cells";
		}
	}

	private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|((?:[^|]*\\|){7})");
	private static final Pattern TABLE4 = Pattern.compile(
			"^- (?:行政诉讼·)?(\\S+?)：维持/纠正/其他/尚未 = (\\d+)\\+(\\d+)\\+(\\d+)\\+(\\d+) = \\d+；总计 (\\d+)");
	private static final Pattern TOP_ROW = Pattern.compile("^([一二三四])、");
	private static final Pattern SUB_ROW = Pattern.compile("^（([一二三四五六七])）(?:(\\d+)\\.)?");
	private static final List<String> TABLE3_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
	private static final List<String> TABLE4_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	/** The cells of a sample's ground truth. */
	static ExpectedCells of(GroundTruth truth) {
		Map<String, Map<String, Map<String, Expected>>> tables = new LinkedHashMap<>();
		// table 二's sub-tables by caption (第二十条第（一）项 …), tables 三 and 四 by key
		truth.table("table2").entrySet().forEach(e -> tables.put(e.getKey(), rows(e.getValue().getAsJsonObject())));
		tables.put("表三", rows(truth.table("table3")));
		tables.put("表四", rows(truth.table("table4")));
		return new ExpectedCells(tables);
	}

	/**
	 * The cells of a PDF's hand check: the rows of the markdown table under "## 表三" (short row labels
	 * mapped to the official ones of the 2021 format; "(空)" is an empty cell) and the 表四 lines
	 * "- 行政复议：维持/纠正/其他/尚未 = a+b+c+d = s；总计 t".
	 */
	static ExpectedCells ofHandCheck(Path markdown) throws IOException {
		List<String> official = officialRows("2021", "表三");
		Map<String, Map<String, Expected>> table3 = new LinkedHashMap<>();
		Map<String, Map<String, Expected>> table4 = new LinkedHashMap<>();
		boolean inTable3 = false;
		for (String line : Files.readAllLines(markdown)) {
			if (line.startsWith("## ")) {
				inTable3 = line.startsWith("## 表三");
			}
			Matcher row = TABLE_ROW.matcher(line);
			if (inTable3 && row.find() && !row.group(1).equals("行") && !row.group(1).startsWith("---")) {
				String[] values = row.group(2).split("\\|");
				Map<String, Expected> cells = new LinkedHashMap<>();
				for (int c = 0; c < TABLE3_COLUMNS.size(); c++) {
					String value = values[c].strip();
					cells.put(TABLE3_COLUMNS.get(c), value.equals("(空)") ? new Expected("", false) : new Expected(value, true));
				}
				table3.put(officialLabel(row.group(1), official), cells);
			}
			Matcher block = TABLE4.matcher(line);
			if (block.find()) {
				Map<String, Expected> cells = new LinkedHashMap<>();
				for (int c = 0; c < TABLE4_COLUMNS.size(); c++) {
					cells.put(TABLE4_COLUMNS.get(c), new Expected(block.group(c + 2), true));
				}
				table4.put(block.group(1), cells);
			}
		}
		return new ExpectedCells(Map.of("表三", table3, "表四", table4));
	}

	/** These cells without the rows that match. */
	ExpectedCells without(Predicate<String> rows) {
		Map<String, Map<String, Map<String, Expected>>> kept = new LinkedHashMap<>();
		tables.forEach((table, byRow) -> {
			Map<String, Map<String, Expected>> left = new LinkedHashMap<>(byRow);
			left.keySet().removeIf(rows);
			kept.put(table, left);
		});
		return new ExpectedCells(kept);
	}

	/** Compares every expected cell with the extracted one (a row that was not extracted is wrong in every cell). */
	Comparison compare(Report report) {
		int cells = 0;
		List<String> wrong = new ArrayList<>();
		for (var table : tables.entrySet()) {
			Table extracted = report.getTables().stream()
					.filter(t -> t.getKey().equals(table.getKey()) || table.getKey().equals(t.getCaption())).findFirst()
					.orElse(null);
			for (var row : table.getValue().entrySet()) {
				Row extractedRow = extracted == null ? null
						: extracted.getRows().stream().filter(r -> r.getLabel().equals(row.getKey())).findFirst().orElse(null);
				for (var expected : row.getValue().entrySet()) {
					cells++;
					Cell cell = extractedRow == null ? null
							: extractedRow.getCells().stream().filter(c -> c.getColumn().getLabel().equals(expected.getKey()))
									.findFirst().orElse(null);
					if (cell == null || !matches(expected.getValue(), cell)) {
						wrong.add(table.getKey() + " " + row.getKey() + " / " + expected.getKey() + ": expected "
								+ expected.getValue().text() + ", extracted "
								+ (cell == null ? "no cell" : cell.getKind() + " " + cell.getText()));
					}
				}
			}
		}
		return new Comparison(cells, wrong);
	}

	private static boolean matches(Expected expected, Cell cell) {
		if (expected.number()) {
			return cell.getKind() == CellKind.NUMBER && cell.getValue().compareTo(new BigDecimal(expected.text())) == 0;
		}
		return cell.getKind() != CellKind.NUMBER && expected.text().equals(cell.getText());
	}

	private static Map<String, Map<String, Expected>> rows(JsonObject table) {
		Map<String, Map<String, Expected>> rows = new LinkedHashMap<>();
		for (var row : table.entrySet()) {
			Map<String, Expected> cells = new LinkedHashMap<>();
			for (Map.Entry<String, JsonElement> cell : row.getValue().getAsJsonObject().entrySet()) {
				cells.put(cell.getKey(), new Expected(cell.getValue().getAsString(), cell.getValue().getAsJsonPrimitive().isNumber()));
			}
			rows.put(row.getKey(), cells);
		}
		return rows;
	}

	/** The label paths of a format table's data rows, as the extractor labels its rows. */
	static List<String> officialRows(String formatId, String tableKey) {
		try {
			Format format = OfficialFormats.library().byId(formatId).orElseThrow();
			nianbao.format.language.Table table = format.getParts().stream().flatMap(p -> p.getTables().stream())
					.filter(t -> t.getName().equals(tableKey)).findFirst().orElseThrow();
			return TableStructure.leafRows(table).stream().map(r -> String.join("/", TableStructure.labelPath(r))).toList();
		} catch (Exception e) {
			throw new IllegalStateException("official formats cannot be loaded", e);
		}
	}

	/**
	 * The official label path for a hand check's short row label ("一、本年新收", "(三)2.法律行政法规禁止",
	 * "(七)总计"), by its numbering. A "(六)其他处理" without number maps to the group （六）其他处理,
	 * which the 2021 format has no data row for.
	 */
	private static String officialLabel(String shortLabel, List<String> official) {
		String label = shortLabel.replace('(', '（').replace(')', '）');
		Matcher top = TOP_ROW.matcher(label);
		if (top.find()) {
			return official.stream().filter(p -> !p.contains("/") && p.startsWith(top.group())).findFirst().orElseThrow();
		}
		Matcher sub = SUB_ROW.matcher(label);
		if (!sub.find()) {
			throw new IllegalArgumentException("hand check row label not understood: " + shortLabel);
		}
		String group = "（" + sub.group(1) + "）";
		List<String[]> candidates = official.stream().map(p -> p.split("/")).filter(p -> p.length > 1 && p[1].startsWith(group)).toList();
		if (sub.group(2) != null) {
			return candidates.stream().filter(p -> p.length == 3 && p[2].startsWith(sub.group(2) + ".")).map(p -> String.join("/", p))
					.findFirst().orElseThrow();
		}
		return candidates.stream().map(p -> p[0] + "/" + p[1]).findFirst().orElseThrow();
	}
}
