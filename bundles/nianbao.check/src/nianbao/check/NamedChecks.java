// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.extract.Agencies;
import nianbao.extract.Labels;
import nianbao.format.FormatInheritance;
import nianbao.format.TableStructure;
import nianbao.format.language.BodyKind;
import nianbao.format.language.Deadline;
import nianbao.format.language.Format;
import nianbao.format.language.NamedCheck;
import nianbao.format.language.Part;
import nianbao.format.language.ValueKind;
import nianbao.format.language.Variant;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Column;
import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;

/**
 * The checks a format names ({@code parts-in-order}, {@code labels-as-prescribed} …): their
 * parameters are the format's own declarations (parts and their accepted titles, topics, label
 * variants, value types, deadlines, fingerprints).
 */
final class NamedChecks {

	/** One finding-sized result of a named check: its subject and verdict. */
	record Checked(String subject, Verdict verdict) {
	}

	/** Headings of the report's top level: 一、 二、 … at the start of a short line. */
	/** A number with only a unit ("2108000元"): a unit question (amount-units), not an unfilled cell. */
	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d+(?:\\.\\d+)?(?:元|万元|件|条|个|次|项|份)");
	private static final Pattern NOTICE = Pattern.compile("国办公开办函[〔\\[(（](\\d{4})[〕\\])）](\\d+)号");
	private static final Pattern TOTAL_WITH_PARTS = Pattern.compile(
			"(?:共|合计|总计|累计)[^。；;，,]{0,16}?(\\d+)(件|条|个|次|项|篇|期)[，,：:]?(?:其中|包括)[：:，,]?([^。；;]*)");
	private static final Pattern REPEATED_FIGURE = Pattern.compile("(\\p{IsHan}{6})(\\d+)(条|件|个|次|篇|期|项)");
	private static final double SIMILAR_TEXT = 0.9;
	/** Printed characters that count as the top of a report without a part heading. */
	private static final int TOP = 300;

	private NamedChecks() {
	}

	static List<Checked> run(NamedCheck check, RuleEngine.Context context) {
		List<Checked> results = switch (check.getCheck()) {
			case PARTS_IN_ORDER -> partsInOrder(context);
			case PART_TITLES -> partTitles(context);
			case NUMBERING_CONTINUOUS -> numbering(context);
			case TOPICS_COVERED -> topics(context);
			case TITLE_COMPLETE -> title(context);
			case YEARS_AGREE -> yearsAgree(context);
			case PERIOD_STATED -> Optional.ofNullable(context.report().fact(FactKind.PERIOD_START)).isPresent() ? List.of()
					: List.of(new Checked("", Verdict.Violated.because("", null)));
			case PUBLISHED_AFTER_YEAR -> publishedAfterYear(context);
			case PUBLISHED_IN_TIME -> publishedInTime(context);
			case FORMAT_FITS_YEAR -> formatFitsYear(context);
			case NOTICE_MATCHES -> noticeMatches(context);
			case LABELS_AS_PRESCRIBED -> labels(context, check);
			case TABLE_COMPLETE -> tableComplete(context, check);
			case CELLS_VALID -> cellsValid(context, check);
			case CELLS_FILLED -> cellsFilled(context, check);
			case AMOUNT_UNITS -> amountUnits(context, check);
			case NARRATIVE_SUMS -> narrativeSums(context);
			case NARRATIVE_REPEATS -> narrativeRepeats(context);
			case TEXT_LIKE_PREVIOUS -> textLikePrevious(context);
			case TABLES_LIKE_PREVIOUS -> tablesLikePrevious(context);
		};
		// a check without violations passes once
		return results.isEmpty() ? List.of(new Checked("", Verdict.Holds.plainly())) : results;
	}

	private static List<Checked> partsInOrder(RuleEngine.Context context) {
		List<Checked> results = new ArrayList<>();
		for (Part part : context.format().getParts()) {
			boolean found = context.report().getParts().stream().anyMatch(p -> p.getKey().equals(part.getName()));
			if (found || part.isOptional()) {
				continue;
			}
			// a part is missing only where the text shows it is; else the extractor did not recognise it
			results.add(new Checked(part.getName(), context.report().getAbsentParts().contains(part.getName())
					? Verdict.Violated.because("缺少第" + part.getName() + "部分“" + part.getTitle() + "”，或其位置不对", null)
					: new Verdict.Unknown("第" + part.getName() + "部分“" + part.getTitle() + "”的标题未能识别", RuleOutcome.Cause.DATA,
							null)));
		}
		return results;
	}

	private static List<Checked> partTitles(RuleEngine.Context context) {
		List<Checked> results = new ArrayList<>();
		for (nianbao.model.Part printed : context.report().getParts()) {
			Part part = FormatInheritance.parts(context.format()).stream().filter(p -> p.getName().equals(printed.getKey()))
					.findFirst().orElseThrow();
			String normal = Labels.normalize(printed.getPrintedHeading());
			String heading = normal.substring(separator(normal) + 1);
			boolean prescribed = heading.equals(Labels.normalize(part.getTitle()))
					|| part.getVariants().stream().anyMatch(v -> heading.equals(Labels.normalize(v)));
			if (!prescribed) {
				results.add(new Checked(part.getName(), Verdict.Violated.because(
						"第" + part.getName() + "部分标题为“" + printed.getPrintedHeading() + "”，格式为“" + part.getTitle() + "”",
						printed.getRange())));
			}
		}
		return results;
	}

	/**
	 * Each part's heading carries the part's own number: a heading found by its title under another
	 * number (五、 printed 四、) is misnumbered.
	 */
	private static List<Checked> numbering(RuleEngine.Context context) {
		List<Checked> results = new ArrayList<>();
		for (nianbao.model.Part part : context.report().getParts()) {
			String heading = Labels.normalize(part.getPrintedHeading());
			String printed = heading.substring(0, separator(heading));
			if (!printed.equals(part.getKey())) {
				results.add(new Checked(part.getKey(), Verdict.Violated
						.because("一级标题“" + printed + "、”出现在应为“" + part.getKey() + "、”之处", part.getRange())));
			}
		}
		return results;
	}

	/** Where a heading's number ends: its enumerator's punctuation. */
	private static int separator(String heading) {
		for (int i = 0; i < heading.length(); i++) {
			if ("、.,:".indexOf(heading.charAt(i)) >= 0) {
				return i;
			}
		}
		return 0;
	}

	private static List<Checked> topics(RuleEngine.Context context) {
		List<Checked> results = new ArrayList<>();
		for (Part part : context.format().getParts()) {
			if (part.getTopics().isEmpty()) {
				continue;
			}
			Optional<ReportText> text = context.part(part.getName());
			if (text.isEmpty()) {
				continue;
			}
			List<String> missing = part.getTopics().stream().filter(t -> !text.get().text().contains(Labels.normalize(t)))
					.toList();
			if (!missing.isEmpty()) {
				SourceRange heading = context.report().getParts().stream().filter(p -> p.getKey().equals(part.getName()))
						.findFirst().orElseThrow().getRange();
				results.add(new Checked(part.getName(), Verdict.Violated.because(String.join("、", missing), heading)));
			}
		}
		return results;
	}

	/** The title names the agency with its place, the year, and calls itself 政府信息公开工作年度报告, at the top. */
	private static List<Checked> title(RuleEngine.Context context) {
		Report report = context.report();
		Optional<Fact> title = Optional.ofNullable(report.fact(FactKind.TITLE));
		if (title.isEmpty() || title.get().getRange().getOffset() > top(report)) {
			return List.of(new Checked("", Verdict.Violated.because("报告开头没有标题", null)));
		}
		List<String> problems = new ArrayList<>();
		String text = Labels.normalize(title.get().getValue());
		if (!text.contains("政府信息公开工作年度报告")) {
			problems.add("未称“政府信息公开工作年度报告”");
		}
		Optional<Fact> agency = Optional.ofNullable(report.fact(FactKind.AGENCY));
		String printedAgency = report.getText().substring(title.get().getRange().getOffset(),
				title.get().getRange().getOffset() + title.get().getRange().getLength());
		if (agency.isEmpty() || !Agencies.startsWithPlace(Labels.normalize(printedAgency))) {
			problems.add("机关名称未写明所在地");
		}
		return problems.isEmpty() ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(String.join("，", problems), title.get().getRange())));
	}

	private static List<Checked> yearsAgree(RuleEngine.Context context) {
		Optional<Fact> year = Optional.ofNullable(context.report().fact(FactKind.REPORT_YEAR));
		List<Checked> results = new ArrayList<>();
		for (FactKind kind : List.of(FactKind.PERIOD_START, FactKind.PERIOD_END)) {
			Optional<Fact> period = Optional.ofNullable(context.report().fact(kind));
			if (year.isPresent() && period.isPresent() && !period.get().getValue().startsWith(year.get().getValue())) {
				results.add(new Checked("", Verdict.Violated.because(
						"报告年度为" + year.get().getValue() + "年，统计期间为" + period.get().getValue(), period.get().getRange())));
			}
		}
		return results;
	}

	private static List<Checked> publishedAfterYear(RuleEngine.Context context) {
		Optional<Fact> date = Optional.ofNullable(context.report().fact(FactKind.PUBLISHED_DATE));
		if (date.isEmpty() || context.year() == null) {
			return List.of(new Checked("", new Verdict.Unknown("the report states no date", RuleOutcome.Cause.NOT_STATED, null)));
		}
		int year = LocalDate.parse(date.get().getValue()).getYear();
		return year == context.year() + 1 ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(date.get().getValue(), date.get().getRange())));
	}

	/** A 本级政府 report (an 人民政府 that is not its office) has the government deadline, others the department one. */
	private static List<Checked> publishedInTime(RuleEngine.Context context) {
		Optional<Fact> date = Optional.ofNullable(context.report().fact(FactKind.PUBLISHED_DATE));
		if (date.isEmpty() || context.year() == null) {
			return List.of(new Checked("", new Verdict.Unknown("the report states no date", RuleOutcome.Cause.NOT_STATED, null)));
		}
		BodyKind body = context.body();
		Optional<Deadline> deadline = context.format().getDeadlines().stream().filter(d -> d.getBody() == body).findFirst();
		if (deadline.isEmpty()) {
			return List.of();
		}
		LocalDate published = LocalDate.parse(date.get().getValue());
		LocalDate due = LocalDate.of(context.year() + 1, deadline.get().getMonth(), deadline.get().getDay());
		return published.isAfter(due) ? List.of(new Checked("", Verdict.Violated.because(
				published + " 晚于 " + due + "（" + (body == BodyKind.GOVERNMENT ? "本级政府" : "部门") + "报告期限）",
				date.get().getRange()))) : List.of();
	}

	/** The tables must be those of the year's format: another format's fingerprints without this one's is an error. */
	private static List<Checked> formatFitsYear(RuleEngine.Context context) {
		String text = Labels.normalize(context.report().getText());
		if (context.format().getFingerprints().stream().anyMatch(f -> text.contains(Labels.normalize(f)))) {
			return List.of();
		}
		for (Format other : context.formats().formats()) {
			if (other != context.format() && other.getFingerprints().stream().anyMatch(f -> text.contains(Labels.normalize(f)))) {
				return List.of(new Checked("", Verdict.Violated.because("报告年度" + context.year() + "应使用格式"
						+ context.format().getName() + "，表格却是格式" + other.getName() + "的", null)));
			}
		}
		return List.of();
	}

	private static List<Checked> noticeMatches(RuleEngine.Context context) {
		Matcher cited = NOTICE.matcher(Labels.normalize(context.report().getText()));
		Matcher own = NOTICE.matcher(Labels.normalize(String.valueOf(context.format().getNotice())));
		if (!cited.find() || !own.find()) {
			return List.of();
		}
		return cited.group(1).equals(own.group(1)) && cited.group(2).equals(own.group(2)) ? List.of()
				: List.of(new Checked("", Verdict.Violated.because("报告引用国办公开办函〔" + cited.group(1) + "〕" + cited.group(2)
						+ "号，该年度的格式为" + context.format().getNotice(), null)));
	}

	/** Printed labels against the prescribed ones; an accepted variant has the variant's severity. */
	private static List<Checked> labels(RuleEngine.Context context, NamedCheck check) {
		List<Checked> results = new ArrayList<>();
		for (Table table : tables(context, check)) {
			nianbao.format.language.Table format = formatTable(context, table);
			List<nianbao.format.language.Column> columns = TableStructure.leafColumns(format);
			for (int i = 0; i < columns.size(); i++) {
				Column column = table.getColumns().get(i);
				label(results, table, "列", column.getLabel(), column.getPrintedLabel(), columns.get(i).getVariants(),
						column.getRange());
			}
			for (nianbao.format.language.Row row : TableStructure.leafRows(format)) {
				table.getRows().stream().filter(r -> r.getKey().equals(row.getName()) && r.getPrintedLabel() != null)
						.findFirst().ifPresent(r -> label(results, table, "行", TableStructure.label(row),
								r.getPrintedLabel(), row.getVariants(), r.getRange()));
			}
		}
		return results;
	}

	private static void label(List<Checked> results, Table table, String what, String official, String printed,
			List<Variant> variants, SourceRange range) {
		if (printed == null || Labels.normalize(printed).equals(Labels.normalize(official))) {
			return;
		}
		Severity severity = variants.stream().filter(v -> Labels.normalize(v.getText()).equals(Labels.normalize(printed)))
				.findFirst().map(v -> Severity.of(v.getSeverity())).orElse(null);
		results.add(new Checked(table.getCaption() + " " + official, Verdict.Violated
				.because(table.getCaption() + " " + what + "标签印为“" + printed + "”，应为“" + official + "”", range)
				.withSeverity(severity)));
	}

	private static List<Checked> tableComplete(RuleEngine.Context context, NamedCheck check) {
		List<Checked> results = new ArrayList<>();
		for (Table table : tables(context, check)) {
			nianbao.format.language.Table format = formatTable(context, table);
			// groups printed as one row: one finding for the group, none for each of its leaves
			Map<String, nianbao.format.language.RowGroup> groups = new HashMap<>();
			TableStructure.allRowNodes(format).stream().filter(n -> n instanceof nianbao.format.language.RowGroup)
					.forEach(n -> groups.put(n.getName(), (nianbao.format.language.RowGroup) n));
			Set<String> printedAsGroup = new HashSet<>();
			table.getRows().stream().filter(r -> groups.containsKey(r.getKey()))
					.forEach(r -> TableStructure.leaves(groups.get(r.getKey())).forEach(l -> printedAsGroup.add(l.getName())));
			for (Row row : table.getRows()) {
				long missing = row.getCells().stream().filter(c -> c.getKind() == CellKind.MISSING).count();
				if (groups.containsKey(row.getKey())) {
					results.add(new Checked(table.getCaption() + " " + row.getLabel(), Verdict.Violated.because(
							table.getCaption() + " “" + row.getLabel() + "”印为一行，格式分为 "
									+ TableStructure.leaves(groups.get(row.getKey())).size() + " 行",
							row.getRange())));
					continue;
				}
				if (printedAsGroup.contains(row.getKey())) {
					continue;
				}
				if (missing == row.getCells().size()) {
					// a row is missing only where the text shows it is; else the extractor did not recognise it
					String subject = table.getCaption() + " " + row.getLabel();
					results.add(new Checked(subject, row.isAbsent()
							? Verdict.Violated.because(table.getCaption() + " 缺少“" + row.getLabel() + "”行", null)
							: new Verdict.Unknown(table.getCaption() + " “" + row.getLabel() + "”行未能识别", RuleOutcome.Cause.DATA,
									null)));
				} else if (missing > 0) {
					results.add(new Checked(table.getCaption() + " " + row.getLabel(), Verdict.Violated.because(
							table.getCaption() + " “" + row.getLabel() + "”行缺少 " + missing + " 个单元格", row.getRange())));
				}
			}
		}
		return results;
	}

	/** Counts are whole numbers ≥ 0; amounts are ≥ 0 with at most the declared decimals. */
	private static List<Checked> cellsValid(RuleEngine.Context context, NamedCheck check) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			if (cell.getKind() != CellKind.NUMBER) {
				return;
			}
			BigDecimal value = cell.getValue();
			boolean amount = type != null && type.getKind() == ValueKind.AMOUNT;
			// a change from last year (本年增/减) may be negative
			boolean change = type != null && type.getKind() == ValueKind.CHANGE;
			String problem = value.signum() < 0 && !change ? "为负数"
					: !amount && value.stripTrailingZeros().scale() > 0 ? "不是整数"
							: amount && type.getDecimals() > 0 && value.stripTrailingZeros().scale() > type.getDecimals()
									? "小数位多于 " + type.getDecimals() + " 位" : null;
			if (problem != null) {
				results.add(new Checked(where(table, row, cell), Verdict.Violated
						.about(where(table, row, cell) + " “" + cell.getText() + "”" + problem, cell)));
			}
		});
		return results;
	}

	/** A statistical cell holds a number: not blank, "/", "—", "无", or words like "10000件以上". */
	private static List<Checked> cellsFilled(RuleEngine.Context context, NamedCheck check) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			boolean unitOnly = cell.getKind() == CellKind.TEXT && NUMBER_WITH_UNIT.matcher(Labels.normalize(cell.getText())).matches();
			if (!unitOnly && cell.getKind() != CellKind.NUMBER && cell.getKind() != CellKind.MISSING) {
				String shown = cell.getKind() == CellKind.BLANK ? "空白" : "“" + cell.getText() + "”";
				results.add(new Checked(where(table, row, cell),
						Verdict.Violated.about(where(table, row, cell) + " 填写为" + shown + "，不是数字", cell)));
			}
		});
		return results;
	}

	/**
	 * Amount columns: a "元" inside a cell of a 万元 column is a unit error; in a column without a
	 * printed unit it is worth noting only. A 万元 amount above 10 million 万元 suggests 元.
	 */
	private static List<Checked> amountUnits(RuleEngine.Context context, NamedCheck check) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			if (type == null || type.getKind() != ValueKind.AMOUNT) {
				return;
			}
			String text = cell.getText() == null ? "" : Labels.normalize(cell.getText());
			if (text.endsWith("元") && !"万元".equals(type.getUnit()) || text.endsWith("元") && !text.endsWith("万元")) {
				Verdict.Violated violated = Verdict.Violated
						.about(where(table, row, cell) + " 填写为“" + cell.getText() + "”，单元格中带有单位", cell);
				results.add(new Checked(where(table, row, cell),
						type.getUnit() == null ? violated.withSeverity(Severity.INFO) : violated));
			} else if (cell.getKind() == CellKind.NUMBER && "万元".equals(type.getUnit())
					&& cell.getValue().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
				results.add(new Checked(where(table, row, cell), Verdict.Violated.about(where(table, row, cell) + " "
						+ cell.getText() + " 万元过大，可能误以“元”填写", cell)));
			}
		});
		return results;
	}

	/** "共 X 件，其中 a 件、b 件": the parts add up to the total. */
	private static List<Checked> narrativeSums(RuleEngine.Context context) {
		List<Checked> results = new ArrayList<>();
		for (ReportText.Found found : context.narrative().findAll(TOTAL_WITH_PARTS)) {
			MatchResult m = found.matcher();
			BigDecimal total = new BigDecimal(m.group(1));
			// made of the report's words: compiled for this report, never kept
			Matcher part = Pattern.compile("(\\d+)" + Pattern.quote(m.group(2))).matcher(m.group(3));
			BigDecimal sum = BigDecimal.ZERO;
			List<String> parts = new ArrayList<>();
			while (part.find()) {
				sum = sum.add(new BigDecimal(part.group(1)));
				parts.add(part.group(1));
			}
			if (parts.size() >= 2 && sum.compareTo(total) != 0) {
				results.add(new Checked(m.group(), Verdict.Violated.because("“" + m.group() + "”：分项之和 "
						+ String.join(" + ", parts) + " = " + sum + "，总数为 " + total, found.range(0))));
			}
		}
		return results;
	}

	/**
	 * The same phrase with different numbers ("公开政府信息2986条" … "公开政府信息2987条"). Only six
	 * identical Chinese characters before the number count as the same phrase: shorter ones ("公开事项")
	 * name different things in one report.
	 */
	private static List<Checked> narrativeRepeats(RuleEngine.Context context) {
		Map<String, ReportText.Found> first = new LinkedHashMap<>();
		List<Checked> results = new ArrayList<>();
		for (ReportText.Found found : context.narrative().findAll(REPEATED_FIGURE)) {
			String phrase = found.matcher().group(1) + "…" + found.matcher().group(3);
			ReportText.Found earlier = first.putIfAbsent(phrase, found);
			if (earlier != null && !earlier.matcher().group(2).equals(found.matcher().group(2))) {
				results.add(new Checked(phrase, Verdict.Violated.because("“" + earlier.matcher().group() + "”与“"
						+ found.matcher().group() + "”数字不同", found.range(0))));
			}
		}
		return results;
	}

	/**
	 * The running text is nearly the same as last year's (雷同): the Dice similarity of the two texts'
	 * character bigrams, with years and numbers left out, is at least {@value #SIMILAR_TEXT}.
	 */
	private static List<Checked> textLikePrevious(RuleEngine.Context context) {
		if (context.previous() == null) {
			return List.of(new Checked("", new Verdict.NotApplicable()));
		}
		String now = ReportText.narrative(context.report()).text().replaceAll("\\d", "");
		String before = ReportText.narrative(context.previous()).text().replaceAll("\\d", "");
		double similarity = Labels.similarity(now, before);
		return similarity < SIMILAR_TEXT ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(
						String.format("正文与上一年度报告的相似度为 %.0f%%（年份、数字不计）", similarity * 100), null)));
	}

	/** Every statistical cell equals last year's (and not all are 0): figures copied from the year before. */
	private static List<Checked> tablesLikePrevious(RuleEngine.Context context) {
		if (context.previous() == null) {
			return List.of(new Checked("", new Verdict.NotApplicable()));
		}
		List<String> now = cells(context.report());
		List<String> before = cells(context.previous());
		boolean allZero = now.stream().allMatch(v -> v.equals("0"));
		return now.isEmpty() || allZero || !now.equals(before) ? List.of()
				: List.of(new Checked("", Verdict.Violated.because("全部 " + now.size() + " 个统计数字与上一年度报告完全相同", null)));
	}

	private static List<String> cells(Report report) {
		return report.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
				.map(c -> c.getKind() == CellKind.NUMBER ? c.getValue().stripTrailingZeros().toPlainString()
						: String.valueOf(c.getText()))
				.toList();
	}

	/** Visits every cell of the checked tables with its column's value type (null for counts). */
	private interface CellVisitor {
		void visit(Table table, Row row, Cell cell, nianbao.format.language.ValueType type);
	}

	private static void forEachCell(RuleEngine.Context context, NamedCheck check, CellVisitor visitor) {
		for (Table table : tables(context, check)) {
			List<nianbao.format.language.Column> columns = TableStructure.leafColumns(formatTable(context, table));
			for (Row row : table.getRows()) {
				for (int i = 0; i < row.getCells().size(); i++) {
					visitor.visit(table, row, row.getCells().get(i), columns.get(i).getType());
				}
			}
		}
	}

	private static List<Table> tables(RuleEngine.Context context, NamedCheck check) {
		return context.report().getTables().stream()
				.filter(t -> check.getTable() == null || t.getKey().equals(check.getTable().getName())).toList();
	}

	private static nianbao.format.language.Table formatTable(RuleEngine.Context context, Table table) {
		return context.formats().table(context.format(), table.getKey());
	}

	private static String where(Table table, Row row, Cell cell) {
		return table.getCaption() + " " + row.getLabel() + "/" + cell.getColumn().getLabel();
	}

	/**
	 * Where the top of a report ends: at its first part's heading, else after its first
	 * {@value #TOP} printed characters (whatever the lines, as a crawled page may have none).
	 */
	private static int top(Report report) {
		if (!report.getParts().isEmpty()) {
			return report.getParts().getFirst().getRange().getOffset();
		}
		String text = report.getText();
		int printed = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i)) && ++printed > TOP) {
				return i;
			}
		}
		return text.length();
	}

	private static SourceRange range(int offset, int length) {
		SourceRange range = nianbao.model.ReportFactory.eINSTANCE.createSourceRange();
		range.setOffset(offset);
		range.setLength(length);
		return range;
	}
}
