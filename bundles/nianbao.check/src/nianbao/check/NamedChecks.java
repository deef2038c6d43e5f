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
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nianbao.extract.Agencies;
import nianbao.extract.Labels;
import nianbao.format.FormatInheritance;
import nianbao.format.MessageParameters;
import nianbao.format.TableStructure;
import nianbao.format.language.BodyKind;
import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.CheckMessage;
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
 * The checks that format files declare ({@code check parts-in-order "…" { message … }}) and rules name: their
 * logic, found by the declaration's name. Their parameters are the format's own declarations (parts and their
 * accepted titles, topics, label variants, value types, deadlines, fingerprints); their words are the
 * declaration's messages, which must have the names and parameters that each implementation fills in.
 */
final class NamedChecks {

	/** One finding-sized result of a named check: its subject and verdict. */
	record Checked(String subject, Verdict verdict) {
	}

	/** The logic of a check, which words what it finds with its declaration's messages. */
	@FunctionalInterface
	private interface Logic {
		List<Checked> run(RuleEngine.Context context, NamedCheck check, Wording say);
	}

	/** A check's logic and the messages it gives: each message's name with its parameters, in order. */
	private record Implementation(Logic logic, Map<String, List<String>> messages) {
	}

	/** The messages of a check's declaration, with their parameters filled in. */
	private record Wording(CheckDeclaration declaration) {

		/** The message of this name, each parameter given its value (in the order the parameters are declared). */
		String say(String name, Object... values) {
			CheckMessage message = declaration.getMessages().stream().filter(m -> m.getName().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalStateException(declaration.getName() + " declares no message " + name));
			return MessageParameters.fill(message, values);
		}
	}

	private static final Map<String, Implementation> IMPLEMENTATIONS = Map.ofEntries(
			check("title-complete", (c, n, say) -> title(c, say), message("无标题"), message("未称年度报告"), message("未写所在地")),
			check("years-agree", (c, n, say) -> yearsAgree(c, say), message("不一致", "年度", "期间")),
			check("period-stated", (c, n, say) -> periodStated(c, say), message("未写明")),
			check("published-after-year", (c, n, say) -> publishedAfterYear(c, say), message("未写日期"),
					message("年份不对", "日期")),
			check("published-in-time", (c, n, say) -> publishedInTime(c, say), message("未写日期"),
					message("政府逾期", "日期", "期限"), message("部门逾期", "日期", "期限")),
			check("format-fits-year", (c, n, say) -> formatFitsYear(c, say), message("格式不符", "年度", "格式", "另一格式")),
			check("notice-matches", (c, n, say) -> noticeMatches(c, say), message("通知不符", "年", "号", "通知")),
			check("parts-in-order", (c, n, say) -> partsInOrder(c, say), message("缺少", "编号", "标题"),
					message("未识别", "编号", "标题")),
			check("part-titles", (c, n, say) -> partTitles(c, say), message("标题不同", "编号", "印为", "标题")),
			check("numbering-continuous", (c, n, say) -> numbering(c, say), message("编号错位", "印为", "编号")),
			check("topics-covered", (c, n, say) -> topics(c, say), message("未涉及", "主题")),
			check("labels-as-prescribed", NamedChecks::labels, message("列标签", "表", "印为", "标签"),
					message("行标签", "表", "印为", "标签")),
			check("table-complete", NamedChecks::tableComplete, message("合为一行", "表", "行", "行数"), message("缺行", "表", "行"),
					message("未识别行", "表", "行"), message("缺单元格", "表", "行", "个数")),
			check("cells-valid", NamedChecks::cellsValid, message("负数", "单元格", "内容"), message("非整数", "单元格", "内容"),
					message("小数位过多", "单元格", "内容", "位数")),
			check("cells-filled", NamedChecks::cellsFilled, message("空白", "单元格"), message("非数字", "单元格", "内容")),
			check("amount-units", NamedChecks::amountUnits, message("带单位", "单元格", "内容"), message("过大", "单元格", "内容")),
			check("narrative-sums", (c, n, say) -> narrativeSums(c, say), message("不等", "句子", "分项", "和", "总数")),
			check("narrative-repeats", (c, n, say) -> narrativeRepeats(c, say), message("数字不同", "前", "后")),
			check("text-like-previous", (c, n, say) -> textLikePrevious(c, say), message("雷同", "相似度")),
			check("tables-like-previous", (c, n, say) -> tablesLikePrevious(c, say), message("相同", "个数")));

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

	@SafeVarargs
	private static Map.Entry<String, Implementation> check(String name, Logic logic,
			Map.Entry<String, List<String>>... messages) {
		return Map.entry(name, new Implementation(logic, Map.ofEntries(messages)));
	}

	private static Map.Entry<String, List<String>> message(String name, String... parameters) {
		return Map.entry(name, List.of(parameters));
	}

	/** The names of the checks the engine carries out. */
	static Set<String> names() {
		return new TreeSet<>(IMPLEMENTATIONS.keySet());
	}

	/**
	 * What is wrong with a check's declaration for the engine: no check of its name, or messages other than
	 * those the check gives (by name and parameters); empty if nothing.
	 */
	static Optional<String> mismatch(CheckDeclaration declaration) {
		Implementation implementation = IMPLEMENTATIONS.get(declaration.getName());
		if (implementation == null) {
			return Optional.of(NLS.bind(CheckMessages.noSuchCheck, declaration.getName(), String.join(", ", names())));
		}
		Map<String, List<String>> declared = new HashMap<>();
		declaration.getMessages().forEach(m -> declared.put(m.getName(), m.getParameters()));
		if (declared.equals(implementation.messages())) {
			return Optional.empty();
		}
		return Optional.of(NLS.bind(CheckMessages.checkMessagesDiffer, declaration.getName(),
				implementation.messages().entrySet().stream().sorted(Map.Entry.comparingByKey())
						.map(m -> m.getKey() + (m.getValue().isEmpty() ? "" : "(" + String.join(", ", m.getValue()) + ")"))
						.collect(Collectors.joining(", "))));
	}

	static List<Checked> run(NamedCheck check, RuleEngine.Context context) {
		CheckDeclaration declaration = context.formats().check(check.getCheck());
		Optional<String> mismatch = mismatch(declaration);
		if (mismatch.isPresent()) {
			return List.of(new Checked("", new Verdict.Unknown(mismatch.get(), RuleOutcome.Cause.FORMAT, null)));
		}
		List<Checked> results = IMPLEMENTATIONS.get(declaration.getName()).logic().run(context, check,
				new Wording(declaration));
		// a check without violations passes once
		return results.isEmpty() ? List.of(new Checked("", Verdict.Holds.plainly())) : results;
	}

	private static List<Checked> partsInOrder(RuleEngine.Context context, Wording say) {
		List<Checked> results = new ArrayList<>();
		for (Part part : context.format().getParts()) {
			boolean found = context.report().getParts().stream().anyMatch(p -> p.getKey().equals(part.getName()));
			if (found || part.isOptional()) {
				continue;
			}
			// a part is missing only where the text shows it is; else the extractor did not recognise it
			results.add(new Checked(part.getName(), context.report().getAbsentParts().contains(part.getName())
					? Verdict.Violated.because(say.say("缺少", part.getName(), part.getTitle()), null)
					: new Verdict.Unknown(say.say("未识别", part.getName(), part.getTitle()), RuleOutcome.Cause.DATA, null)));
		}
		return results;
	}

	private static List<Checked> partTitles(RuleEngine.Context context, Wording say) {
		List<Checked> results = new ArrayList<>();
		for (nianbao.model.Part printed : context.report().getParts()) {
			Part part = FormatInheritance.parts(context.format()).stream().filter(p -> p.getName().equals(printed.getKey()))
					.findFirst().orElseThrow();
			String normal = Labels.normalize(printed.getPrintedHeading());
			String heading = normal.substring(separator(normal) + 1);
			boolean prescribed = heading.equals(Labels.normalize(part.getTitle()))
					|| part.getVariants().stream().anyMatch(v -> heading.equals(Labels.normalize(v)));
			if (!prescribed) {
				results.add(new Checked(part.getName(), Verdict.Violated
						.because(say.say("标题不同", part.getName(), printed.getPrintedHeading(), part.getTitle()), printed.getRange())));
			}
		}
		return results;
	}

	/**
	 * Each part's heading carries the part's own number: a heading found by its title under another
	 * number (五、 printed 四、) is misnumbered.
	 */
	private static List<Checked> numbering(RuleEngine.Context context, Wording say) {
		List<Checked> results = new ArrayList<>();
		for (nianbao.model.Part part : context.report().getParts()) {
			String heading = Labels.normalize(part.getPrintedHeading());
			String printed = heading.substring(0, separator(heading));
			if (!printed.equals(part.getKey())) {
				results.add(new Checked(part.getKey(),
						Verdict.Violated.because(say.say("编号错位", printed, part.getKey()), part.getRange())));
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

	private static List<Checked> topics(RuleEngine.Context context, Wording say) {
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
				results.add(new Checked(part.getName(), Verdict.Violated.because(say.say("未涉及", String.join("、", missing)), heading)));
			}
		}
		return results;
	}

	/** The title names the agency with its place, the year, and calls itself 政府信息公开工作年度报告, at the top. */
	private static List<Checked> title(RuleEngine.Context context, Wording say) {
		Report report = context.report();
		Optional<Fact> title = Optional.ofNullable(report.fact(FactKind.TITLE));
		if (title.isEmpty() || title.get().getRange().getOffset() > top(report)) {
			return List.of(new Checked("", Verdict.Violated.because(say.say("无标题"), null)));
		}
		List<String> problems = new ArrayList<>();
		String text = Labels.normalize(title.get().getValue());
		if (!text.contains("政府信息公开工作年度报告")) {
			problems.add(say.say("未称年度报告"));
		}
		Optional<Fact> agency = Optional.ofNullable(report.fact(FactKind.AGENCY));
		String printedAgency = report.getText().substring(title.get().getRange().getOffset(),
				title.get().getRange().getOffset() + title.get().getRange().getLength());
		if (agency.isEmpty() || !Agencies.startsWithPlace(Labels.normalize(printedAgency))) {
			problems.add(say.say("未写所在地"));
		}
		return problems.isEmpty() ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(String.join("，", problems), title.get().getRange())));
	}

	private static List<Checked> yearsAgree(RuleEngine.Context context, Wording say) {
		Optional<Fact> year = Optional.ofNullable(context.report().fact(FactKind.REPORT_YEAR));
		List<Checked> results = new ArrayList<>();
		for (FactKind kind : List.of(FactKind.PERIOD_START, FactKind.PERIOD_END)) {
			Optional<Fact> period = Optional.ofNullable(context.report().fact(kind));
			if (year.isPresent() && period.isPresent() && !period.get().getValue().startsWith(year.get().getValue())) {
				results.add(new Checked("", Verdict.Violated
						.because(say.say("不一致", year.get().getValue(), period.get().getValue()), period.get().getRange())));
			}
		}
		return results;
	}

	private static List<Checked> periodStated(RuleEngine.Context context, Wording say) {
		return context.report().fact(FactKind.PERIOD_START) != null ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(say.say("未写明"), null)));
	}

	private static List<Checked> publishedAfterYear(RuleEngine.Context context, Wording say) {
		Optional<Fact> date = Optional.ofNullable(context.report().fact(FactKind.PUBLISHED_DATE));
		if (date.isEmpty() || context.year() == null) {
			return List.of(new Checked("", new Verdict.Unknown(say.say("未写日期"), RuleOutcome.Cause.NOT_STATED, null)));
		}
		int year = LocalDate.parse(date.get().getValue()).getYear();
		return year == context.year() + 1 ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(say.say("年份不对", date.get().getValue()), date.get().getRange())));
	}

	/** A 本级政府 report (an 人民政府 that is not its office) has the government deadline, others the department one. */
	private static List<Checked> publishedInTime(RuleEngine.Context context, Wording say) {
		Optional<Fact> date = Optional.ofNullable(context.report().fact(FactKind.PUBLISHED_DATE));
		if (date.isEmpty() || context.year() == null) {
			return List.of(new Checked("", new Verdict.Unknown(say.say("未写日期"), RuleOutcome.Cause.NOT_STATED, null)));
		}
		BodyKind body = context.body();
		Optional<Deadline> deadline = context.format().getDeadlines().stream().filter(d -> d.getBody() == body).findFirst();
		if (deadline.isEmpty()) {
			return List.of();
		}
		LocalDate published = LocalDate.parse(date.get().getValue());
		LocalDate due = LocalDate.of(context.year() + 1, deadline.get().getMonth(), deadline.get().getDay());
		return published.isAfter(due) ? List.of(new Checked("", Verdict.Violated
				.because(say.say(body == BodyKind.GOVERNMENT ? "政府逾期" : "部门逾期", published, due), date.get().getRange())))
				: List.of();
	}

	/** The tables must be those of the year's format: another format's fingerprints without this one's is an error. */
	private static List<Checked> formatFitsYear(RuleEngine.Context context, Wording say) {
		String text = Labels.normalize(context.report().getText());
		if (context.format().getFingerprints().stream().anyMatch(f -> text.contains(Labels.normalize(f)))) {
			return List.of();
		}
		for (Format other : context.formats().formats()) {
			if (other != context.format() && other.getFingerprints().stream().anyMatch(f -> text.contains(Labels.normalize(f)))) {
				return List.of(new Checked("", Verdict.Violated
						.because(say.say("格式不符", context.year(), context.format().getName(), other.getName()), null)));
			}
		}
		return List.of();
	}

	private static List<Checked> noticeMatches(RuleEngine.Context context, Wording say) {
		Matcher cited = NOTICE.matcher(Labels.normalize(context.report().getText()));
		Matcher own = NOTICE.matcher(Labels.normalize(String.valueOf(context.format().getNotice())));
		if (!cited.find() || !own.find()) {
			return List.of();
		}
		return cited.group(1).equals(own.group(1)) && cited.group(2).equals(own.group(2)) ? List.of()
				: List.of(new Checked("", Verdict.Violated
						.because(say.say("通知不符", cited.group(1), cited.group(2), context.format().getNotice()), null)));
	}

	/** Printed labels against the prescribed ones; an accepted variant has the variant's severity. */
	private static List<Checked> labels(RuleEngine.Context context, NamedCheck check, Wording say) {
		List<Checked> results = new ArrayList<>();
		for (Table table : tables(context, check)) {
			nianbao.format.language.Table format = formatTable(context, table);
			List<nianbao.format.language.Column> columns = TableStructure.leafColumns(format);
			for (int i = 0; i < columns.size(); i++) {
				Column column = table.getColumns().get(i);
				label(results, table, say, "列标签", column.getLabel(), column.getPrintedLabel(), columns.get(i).getVariants(),
						column.getRange());
			}
			for (nianbao.format.language.Row row : TableStructure.leafRows(format)) {
				table.getRows().stream().filter(r -> r.getKey().equals(row.getName()) && r.getPrintedLabel() != null)
						.findFirst().ifPresent(r -> label(results, table, say, "行标签", TableStructure.label(row),
								r.getPrintedLabel(), row.getVariants(), r.getRange()));
			}
		}
		return results;
	}

	private static void label(List<Checked> results, Table table, Wording say, String message, String official, String printed,
			List<Variant> variants, SourceRange range) {
		if (printed == null || Labels.normalize(printed).equals(Labels.normalize(official))) {
			return;
		}
		Severity severity = variants.stream().filter(v -> Labels.normalize(v.getText()).equals(Labels.normalize(printed)))
				.findFirst().map(v -> Severity.of(v.getSeverity())).orElse(null);
		results.add(new Checked(table.getCaption() + " " + official, Verdict.Violated
				.because(say.say(message, table.getCaption(), printed, official), range)
				.withSeverity(severity)));
	}

	private static List<Checked> tableComplete(RuleEngine.Context context, NamedCheck check, Wording say) {
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
					results.add(new Checked(table.getCaption() + " " + row.getLabel(), Verdict.Violated.because(say.say("合为一行",
							table.getCaption(), row.getLabel(), TableStructure.leaves(groups.get(row.getKey())).size()), row.getRange())));
					continue;
				}
				if (printedAsGroup.contains(row.getKey())) {
					continue;
				}
				if (missing == row.getCells().size()) {
					// a row is missing only where the text shows it is; else the extractor did not recognise it
					String subject = table.getCaption() + " " + row.getLabel();
					results.add(new Checked(subject, row.isAbsent()
							? Verdict.Violated.because(say.say("缺行", table.getCaption(), row.getLabel()), null)
							: new Verdict.Unknown(say.say("未识别行", table.getCaption(), row.getLabel()), RuleOutcome.Cause.DATA, null)));
				} else if (missing > 0) {
					results.add(new Checked(table.getCaption() + " " + row.getLabel(), Verdict.Violated
							.because(say.say("缺单元格", table.getCaption(), row.getLabel(), missing), row.getRange())));
				}
			}
		}
		return results;
	}

	/** Counts are whole numbers ≥ 0; amounts are ≥ 0 with at most the declared decimals. */
	private static List<Checked> cellsValid(RuleEngine.Context context, NamedCheck check, Wording say) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			if (cell.getKind() != CellKind.NUMBER) {
				return;
			}
			BigDecimal value = cell.getValue();
			boolean amount = type != null && type.getKind() == ValueKind.AMOUNT;
			// a change from last year (本年增/减) may be negative
			boolean change = type != null && type.getKind() == ValueKind.CHANGE;
			String where = where(table, row, cell);
			String problem = value.signum() < 0 && !change ? say.say("负数", where, cell.getText())
					: !amount && value.stripTrailingZeros().scale() > 0 ? say.say("非整数", where, cell.getText())
							: amount && type.getDecimals() > 0 && value.stripTrailingZeros().scale() > type.getDecimals()
									? say.say("小数位过多", where, cell.getText(), type.getDecimals()) : null;
			if (problem != null) {
				results.add(new Checked(where, Verdict.Violated.about(problem, cell)));
			}
		});
		return results;
	}

	/** A statistical cell holds a number: not blank, "/", "—", "无", or words like "10000件以上". */
	private static List<Checked> cellsFilled(RuleEngine.Context context, NamedCheck check, Wording say) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			boolean unitOnly = cell.getKind() == CellKind.TEXT && NUMBER_WITH_UNIT.matcher(Labels.normalize(cell.getText())).matches();
			if (!unitOnly && cell.getKind() != CellKind.NUMBER && cell.getKind() != CellKind.MISSING) {
				String where = where(table, row, cell);
				results.add(new Checked(where, Verdict.Violated.about(cell.getKind() == CellKind.BLANK ? say.say("空白", where)
						: say.say("非数字", where, cell.getText()), cell)));
			}
		});
		return results;
	}

	/**
	 * Amount columns: a "元" inside a cell of a 万元 column is a unit error; in a column without a
	 * printed unit it is worth noting only. A 万元 amount above 10 million 万元 suggests 元.
	 */
	private static List<Checked> amountUnits(RuleEngine.Context context, NamedCheck check, Wording say) {
		List<Checked> results = new ArrayList<>();
		forEachCell(context, check, (table, row, cell, type) -> {
			if (type == null || type.getKind() != ValueKind.AMOUNT) {
				return;
			}
			String text = cell.getText() == null ? "" : Labels.normalize(cell.getText());
			if (text.endsWith("元") && !"万元".equals(type.getUnit()) || text.endsWith("元") && !text.endsWith("万元")) {
				Verdict.Violated violated = Verdict.Violated.about(say.say("带单位", where(table, row, cell), cell.getText()), cell);
				results.add(new Checked(where(table, row, cell),
						type.getUnit() == null ? violated.withSeverity(Severity.INFO) : violated));
			} else if (cell.getKind() == CellKind.NUMBER && "万元".equals(type.getUnit())
					&& cell.getValue().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
				results.add(new Checked(where(table, row, cell),
						Verdict.Violated.about(say.say("过大", where(table, row, cell), cell.getText()), cell)));
			}
		});
		return results;
	}

	/** "共 X 件，其中 a 件、b 件": the parts add up to the total. */
	private static List<Checked> narrativeSums(RuleEngine.Context context, Wording say) {
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
				results.add(new Checked(m.group(), Verdict.Violated
						.because(say.say("不等", m.group(), String.join(" + ", parts), sum, total), found.range(0))));
			}
		}
		return results;
	}

	/**
	 * The same phrase with different numbers ("公开政府信息2986条" … "公开政府信息2987条"). Only six
	 * identical Chinese characters before the number count as the same phrase: shorter ones ("公开事项")
	 * name different things in one report.
	 */
	private static List<Checked> narrativeRepeats(RuleEngine.Context context, Wording say) {
		Map<String, ReportText.Found> first = new LinkedHashMap<>();
		List<Checked> results = new ArrayList<>();
		for (ReportText.Found found : context.narrative().findAll(REPEATED_FIGURE)) {
			String phrase = found.matcher().group(1) + "…" + found.matcher().group(3);
			ReportText.Found earlier = first.putIfAbsent(phrase, found);
			if (earlier != null && !earlier.matcher().group(2).equals(found.matcher().group(2))) {
				results.add(new Checked(phrase, Verdict.Violated
						.because(say.say("数字不同", earlier.matcher().group(), found.matcher().group()), found.range(0))));
			}
		}
		return results;
	}

	/**
	 * The running text is nearly the same as last year's (雷同): the Dice similarity of the two texts'
	 * character bigrams, with years and numbers left out, is at least {@value #SIMILAR_TEXT}.
	 */
	private static List<Checked> textLikePrevious(RuleEngine.Context context, Wording say) {
		if (context.previous() == null) {
			return List.of(new Checked("", new Verdict.NotApplicable()));
		}
		String now = ReportText.narrative(context.report()).text().replaceAll("\\d", "");
		String before = ReportText.narrative(context.previous()).text().replaceAll("\\d", "");
		double similarity = Labels.similarity(now, before);
		return similarity < SIMILAR_TEXT ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(say.say("雷同", String.format("%.0f", similarity * 100)), null)));
	}

	/** Every statistical cell equals last year's (and not all are 0): figures copied from the year before. */
	private static List<Checked> tablesLikePrevious(RuleEngine.Context context, Wording say) {
		if (context.previous() == null) {
			return List.of(new Checked("", new Verdict.NotApplicable()));
		}
		List<String> now = cells(context.report());
		List<String> before = cells(context.previous());
		boolean allZero = now.stream().allMatch(v -> v.equals("0"));
		return now.isEmpty() || allZero || !now.equals(before) ? List.of()
				: List.of(new Checked("", Verdict.Violated.because(say.say("相同", now.size()), null)));
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
}
