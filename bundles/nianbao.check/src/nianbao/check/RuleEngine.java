// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.FormatLibrary;
import nianbao.format.Phrases;
import nianbao.format.TableStructure;
import nianbao.format.language.BodyKind;
import nianbao.format.language.CellReference;
import nianbao.format.language.Comparison;
import nianbao.format.language.Condition;
import nianbao.format.language.ForEach;
import nianbao.format.language.Format;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Implication;
import nianbao.format.language.LoopKind;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.Mention;
import nianbao.format.language.NamedCheck;
import nianbao.format.language.PartText;
import nianbao.format.language.Profile;
import nianbao.format.language.Referable;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.RuleSetting;
import nianbao.model.FactKind;
import nianbao.model.Report;

/**
 * Evaluates a format's rules on a report. Rules with {@code for each row} or {@code for each column}
 * yield one outcome per leaf row or column; a comparison whose operands are not all numbers cannot
 * be assessed (blank, "/" and text are never taken for 0); a rule active only from or until a year
 * is skipped for reports of other years; a rule on the previous year's report is skipped when that
 * report is not at hand.
 */
public final class RuleEngine {

	private final FormatLibrary formats;
	private final Profile profile;
	/** The regular expressions of the formats' narrative rules, compiled once: they live as long as the engine. */
	private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

	/** An engine whose format checks (format-fits-year) know the formats of {@code formats}. */
	public RuleEngine(FormatLibrary formats) {
		this(formats, null);
	}

	/** An engine with a deployment profile's severities and switched-off rules (or null for none). */
	public RuleEngine(FormatLibrary formats, Profile profile) {
		this.formats = formats;
		this.profile = profile;
	}

	/** Evaluates every rule, with the same agency's report of the year before for cross-year rules (or null). */
	public List<RuleOutcome> check(Report report, Format format, Report previous) {
		return check(report, format, previous, rule -> true);
	}

	/** Evaluates only the rules that compare the report's cells with those of the year before. */
	List<RuleOutcome> checkAcrossYears(Report report, Format format, Report previous) {
		return check(report, format, previous,
				rule -> EcoreUtil2.eAllOfType(rule, CellReference.class).stream().anyMatch(CellReference::isPrevious));
	}

	private List<RuleOutcome> check(Report report, Format format, Report previous, Predicate<Rule> which) {
		Context context = new Context(report, previous, format, formats, ReportText.narrative(report), year(report),
				body(report), patterns);
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (Rule rule : formats.rules(format)) {
			RuleSetting setting = setting(format, rule);
			boolean forThisBody = !rule.eIsSet(LanguagePackage.Literals.RULE__BODY) || rule.getBody() == context.body();
			if (which.test(rule) && active(rule, context.year()) && forThisBody && (setting == null || !setting.isOff())) {
				Severity severity = setting == null ? null : Severity.of(setting.getSeverity());
				check(rule, context).stream().map(o -> severity == null ? o : withSeverity(o, severity))
						.forEach(outcomes::add);
			}
		}
		return outcomes;
	}

	/** The profile's setting for a rule of this format, if any. */
	private RuleSetting setting(Format format, Rule rule) {
		// by name: the profile links to the formats as loaded, the engine runs their effective copies
		if (profile == null || !profile.getFormats().isEmpty()
				&& profile.getFormats().stream().noneMatch(f -> f.getName().equals(format.getName()))) {
			return null;
		}
		return profile.getSettings().stream().filter(s -> s.getRule().getName().equals(rule.getName())).reduce((a, b) -> b)
				.orElse(null);
	}

	/** A profile's severity replaces the rule's, and that of its label variants. */
	private static RuleOutcome withSeverity(RuleOutcome outcome, Severity severity) {
		return switch (outcome) {
			case RuleOutcome.Failed failed -> {
				Finding f = failed.finding();
				yield new RuleOutcome.Failed(new Finding(f.ruleId(), severity, f.message(), f.subject(), f.range(),
						f.operands(), f.actual(), f.expected(), f.difference(), f.basis()));
			}
			case RuleOutcome.CannotAssess c -> new RuleOutcome.CannotAssess(c.ruleId(), c.subject(), severity, c.reason(),
					c.range(), c.cause());
			case RuleOutcome.Passed passed -> passed;
		};
	}

	/** What every check of one report can see. */
	record Context(Report report, Report previous, Format format, FormatLibrary formats, ReportText narrative,
			Integer year, BodyKind body, Map<String, Pattern> patterns, Map<String, Optional<ReportText>> parts) {

		Context(Report report, Report previous, Format format, FormatLibrary formats, ReportText narrative, Integer year,
				BodyKind body, Map<String, Pattern> patterns) {
			this(report, previous, format, formats, narrative, year, body, patterns, new HashMap<>());
		}

		/** A part's text outside tables, computed once per report. */
		Optional<ReportText> part(String key) {
			return parts.computeIfAbsent(key, k -> ReportText.part(report, k));
		}

		/** A regular expression of the formats, compiled once per engine. */
		Pattern pattern(String regex) {
			return patterns.computeIfAbsent(regex, Pattern::compile);
		}
	}

	/** A 本级政府 report (an 人民政府, not its office) or a department's. */
	private static BodyKind body(Report report) {
		String agency = report.factValue(FactKind.AGENCY);
		return agency != null && agency.endsWith("人民政府") ? BodyKind.GOVERNMENT : BodyKind.DEPARTMENT;
	}

	private static List<RuleOutcome> check(Rule rule, Context context) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		switch (rule.getCheck()) {
			case ForEach loop -> {
				nianbao.format.language.Table table = loopTable(loop);
				nianbao.model.Table printed = context.report().getTables().stream()
						.filter(t -> t.getKey().equals(table.getName())).findFirst().orElse(null);
				List<? extends Referable> domain = loop.getVariable().getKind() == LoopKind.COLUMN
						? TableStructure.leafColumns(table)
						: printed == null ? TableStructure.leafRows(table)
								: Evaluation.printedRows(printed, TableStructure.leafRows(table));
				for (Referable value : domain) {
					Verdict verdict = evaluation(context, Map.of(loop.getVariable(), value)).compare(loop.getComparison());
					outcome(rule, subject(value), verdict, context.report()).ifPresent(outcomes::add);
				}
			}
			case Implication implication -> {
				Verdict premise = condition(implication.getPremise(), context);
				Verdict verdict = premise instanceof Verdict.Holds holds
						? withEvidence(condition(implication.getConclusion(), context), holds.evidence())
						: premise instanceof Verdict.Violated ? Verdict.Holds.plainly() : premise;
				outcome(rule, "", verdict, context.report()).ifPresent(outcomes::add);
			}
			case Condition condition -> outcome(rule, "", condition(condition, context), context.report()).ifPresent(outcomes::add);
			case NamedCheck named -> {
				for (NamedChecks.Checked checked : NamedChecks.run(named, context)) {
					outcome(rule, checked.subject(), checked.verdict(), context.report()).ifPresent(outcomes::add);
				}
			}
			default -> throw new IllegalArgumentException("unknown check " + rule.getCheck());
		}
		return outcomes;
	}

	private static Verdict condition(Condition condition, Context context) {
		return switch (condition) {
			case Comparison comparison -> evaluation(context, Map.of()).compare(comparison);
			case Mention mention -> {
				Optional<ReportText> text = mention.getPart() == null ? Optional.of(context.narrative())
						: context.part(mention.getPart().getName());
				yield text.flatMap(t -> t.find(context.pattern(Phrases.regex(mention))))
						.<Verdict>map(found -> new Verdict.Holds(new Operand(Operand.Role.PREMISE,
								"正文：" + found.matcher().group(), null, found.range(0), 1, null)))
						.orElseGet(() -> Verdict.Violated.because("the text does not mention it", null));
			}
			case PartText partText -> {
				String part = partText.getPart().getName();
				Optional<ReportText> text = context.part(part);
				if (text.isEmpty()) {
					yield new Verdict.Unknown("part " + part + " was not found", RuleOutcome.Cause.DATA, null);
				}
				boolean found = text.get().find(context.pattern(partText.getPattern())).isPresent();
				var heading = context.report().getParts().stream().filter(p -> p.getKey().equals(part)).findFirst()
						.orElseThrow().getRange();
				yield found != partText.isNegated() ? Verdict.Holds.plainly()
						: Verdict.Violated.because("part " + part, heading);
			}
			default -> throw new IllegalArgumentException("unknown condition " + condition);
		};
	}

	private static Verdict withEvidence(Verdict verdict, Operand evidence) {
		if (verdict instanceof Verdict.Violated v && evidence != null) {
			List<Operand> operands = new ArrayList<>(v.operands());
			operands.add(evidence);
			return new Verdict.Violated(v.lhs(), v.rhs(), v.actual(), v.expected(), v.detail(), operands,
					v.range() != null ? v.range() : evidence.range(), v.severity());
		}
		return verdict;
	}

	private static Evaluation evaluation(Context context, Map<LoopVariable, Referable> binding) {
		return new Evaluation(context, binding);
	}

	/**
	 * The outcome of a verdict, with the rule's message filled in; empty when the rule does not apply. A
	 * violation in text read by OCR that rests on doubtful readings cannot be assessed (see
	 * {@link Recognitions}).
	 */
	private static Optional<RuleOutcome> outcome(Rule rule, String subject, Verdict verdict, Report report) {
		Severity severity = Severity.of(rule.getSeverity());
		return switch (verdict) {
			case Verdict.Holds holds -> Optional.of(new RuleOutcome.Passed(rule.getName(), subject));
			case Verdict.NotApplicable none -> Optional.empty();
			case Verdict.Unknown unknown -> Optional.of(new RuleOutcome.CannotAssess(rule.getName(), subject, severity,
					unknown.reason(), unknown.range(), unknown.cause()));
			case Verdict.Violated violated -> {
				Optional<String> doubt = Recognitions.doubt(report, violated);
				if (doubt.isPresent()) {
					yield Optional.of(new RuleOutcome.CannotAssess(rule.getName(), subject, severity, doubt.get(), violated.range(),
							RuleOutcome.Cause.DATA));
				}
				var difference = violated.actual() == null || violated.expected() == null ? null
						: violated.actual().subtract(violated.expected());
				String message = rule.getMessage().replace("{lhs}", violated.lhs()).replace("{rhs}", violated.rhs())
						.replace("{diff}", difference == null ? "" : difference.toPlainString())
						.replace("{row}", subject).replace("{column}", subject).replace("{detail}", violated.detail());
				if (violated.operands().stream().anyMatch(Operand::segmented)) {
					message += "（所涉单元格印刷时数字相连，已按表内勾稽关系切分）";
				}
				if (Recognitions.recognised(report)) {
					message += "（所涉内容由扫描件 OCR 识别）";
				}
				yield Optional.of(new RuleOutcome.Failed(new Finding(rule.getName(),
						violated.severity() != null ? violated.severity() : severity, message, subject, violated.range(),
						violated.operands(), violated.actual(), violated.expected(), difference, rule.getBasis())));
			}
		};
	}

	private static boolean active(Rule rule, Integer year) {
		if (year == null) {
			return true;
		}
		return (rule.getFrom() == 0 || year >= rule.getFrom()) && (rule.getUntil() == 0 || year <= rule.getUntil());
	}

	private static Integer year(Report report) {
		String year = report.factValue(FactKind.REPORT_YEAR);
		return year == null ? null : Integer.valueOf(year);
	}

	/** A row by its label path (leaf labels repeat across groups), a column by its label. */
	private static String subject(Referable value) {
		return value instanceof RowNode row ? String.join("/", TableStructure.labelPath(row)) : TableStructure.label(value);
	}

	/** The table a loop runs over: the enclosing table, else the table of its first qualified reference. */
	private static nianbao.format.language.Table loopTable(ForEach loop) {
		nianbao.format.language.Table table = EcoreUtil2.getContainerOfType(loop, nianbao.format.language.Table.class);
		if (table != null) {
			return table;
		}
		return EcoreUtil2.eAllOfType(loop, CellReference.class).stream().map(CellReference::getTable)
				.filter(t -> t != null).findFirst()
				.orElseThrow(() -> new IllegalStateException("rule without a table: " + loop));
	}
}
