// SPDX-License-Identifier: EPL-2.0
package nianbao.format.validation;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nianbao.format.language.CellReference;
import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.CheckMessage;
import nianbao.format.language.Column;
import nianbao.format.language.Comparison;
import nianbao.format.language.Deadline;
import nianbao.format.language.Mention;
import nianbao.format.language.Narrative;
import nianbao.format.language.PartText;
import nianbao.format.language.ValueKind;
import nianbao.format.language.YearRange;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Referable;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.Variant;
import nianbao.format.language.Table;
import nianbao.format.language.Total;
import nianbao.format.FormatInheritance;
import nianbao.format.FormatMessages;
import nianbao.format.MessageParameters;
import nianbao.format.OfficialFiles;
import nianbao.format.Phrases;
import nianbao.format.TableStructure;

/**
 * Checks of format files beyond syntax and linking (which already keeps rows out of column slots
 * and the reverse): unique names, qualified references outside tables, ranges only inside
 * {@code sum(...)} and running forward.
 */
public class FormatValidator extends AbstractFormatValidator {

	/** Issue codes, for quick fixes and tests. */
	public static final String DUPLICATE_NAME = "duplicateName";
	public static final String RANGE_OUTSIDE_SUM = "rangeOutsideSum";
	public static final String UNQUALIFIED_OUTSIDE_TABLE = "unqualifiedOutsideTable";
	public static final String EMPTY_RANGE = "emptyRange";
	public static final String CYCLE = "cycle";
	public static final String MIXED_TYPES = "mixedTypes";
	public static final String BAD_PATTERN = "badPattern";
	public static final String BAD_YEARS = "badYears";
	public static final String BAD_DATE = "badDate";
	public static final String NEVER_APPLIES = "neverApplies";
	public static final String DUPLICATE_FORMAT = "duplicateFormat";
	public static final String REDUNDANT_VARIANT = "redundantVariant";
	public static final String DUPLICATE_CHECK = "duplicateCheck";
	public static final String UNKNOWN_PARAMETER = "unknownParameter";

	@Inject
	private ResourceDescriptionsProvider index;
	@Inject
	private IQualifiedNameProvider qualifiedNames;

	/**
	 * A format's name is unique among every format the file sees (the official ones, the files beside it):
	 * said where the author can rename it. The official formats themselves are never the ones to rename.
	 */
	@Check
	public void formatDefinedOnce(Format format) {
		if (format.eContainer() instanceof FormatFile file) {
			definedOnce(format, format.getName(), file.getFormats().stream().map(Format::getName).toList(), true,
					FormatMessages.formatDefinedElsewhere, LanguagePackage.Literals.FORMAT__NAME, DUPLICATE_FORMAT);
		}
	}

	/**
	 * A check's name is unique among the checks declared in the files the file sees, as a format's is; but an
	 * official check may be declared again, to word its messages otherwise.
	 */
	@Check
	public void checkDeclaredOnce(CheckDeclaration check) {
		if (check.eContainer() instanceof FormatFile file) {
			definedOnce(check, check.getName(), file.getChecks().stream().map(CheckDeclaration::getName).toList(), false,
					FormatMessages.checkDeclaredElsewhere, LanguagePackage.Literals.CHECK_DECLARATION__NAME, DUPLICATE_CHECK);
		}
	}

	/**
	 * An error at an element's name where another element of its kind has that name: in the same file (among
	 * {@code namesInFile}, which holds the element's own) or in another file the index holds (an official one too,
	 * if {@code official}).
	 */
	private void definedOnce(EObject element, String name, List<String> namesInFile, boolean official, String message,
			EAttribute feature, String code) {
		if (name == null || element.eResource() == null || OfficialFiles.contains(element.eResource().getURI())) {
			return;
		}
		QualifiedName qualified = qualifiedNames.getFullyQualifiedName(element);
		if (qualified == null) {
			return;
		}
		URI here = element.eResource().getURI();
		String elsewhere = namesInFile.stream().filter(name::equals).count() > 1 ? here.lastSegment() : null;
		for (IEObjectDescription other : index.getResourceDescriptions(element.eResource())
				.getExportedObjects(element.eClass(), qualified, false)) {
			// the index may name this file by its resolved URI, and holds the element itself where it is loaded
			URI there = other.getEObjectURI().trimFragment();
			if (elsewhere == null && other.getEObjectOrProxy() != element && !there.equals(here)
					&& (official || !OfficialFiles.contains(there))) {
				elsewhere = there.lastSegment();
			}
		}
		if (elsewhere != null) {
			error(NLS.bind(message, name, URI.decode(elsewhere)), element, feature, code);
		}
	}

	/**
	 * A check's messages have different names, and their texts use only their own parameters: a placeholder
	 * that is none would be printed as it is written.
	 */
	@Check
	public void checkMessagesUseTheirParameters(CheckDeclaration check) {
		Set<String> names = new HashSet<>();
		for (CheckMessage message : check.getMessages()) {
			if (!names.add(message.getName())) {
				error(NLS.bind(FormatMessages.duplicateCheckMessage, message.getName(), check.getName()), message,
						LanguagePackage.Literals.CHECK_MESSAGE__NAME, DUPLICATE_NAME);
			}
			for (String unknown : MessageParameters.unknown(message)) {
				error(NLS.bind(FormatMessages.unknownCheckParameter, unknown,
						message.getParameters().isEmpty() ? FormatMessages.noParameters
								: String.join(", ", message.getParameters())),
						message, LanguagePackage.Literals.CHECK_MESSAGE__TEXT, UNKNOWN_PARAMETER);
			}
		}
	}

	/** A variant that is the prescribed label itself accepts nothing that was not accepted already. */
	@Check
	public void variantsDifferFromTheLabel(Variant variant) {
		// a variant belongs to a row, column or group (the grammar allows it nowhere else)
		String label = TableStructure.label(variant.eContainer());
		if (label.equals(variant.getText())) {
			warning(NLS.bind(FormatMessages.redundantVariant, variant.getText()), variant,
					LanguagePackage.Literals.VARIANT__TEXT, REDUNDANT_VARIANT);
		}
	}

	@Check
	public void uniqueRuleIds(Format format) {
		Set<String> seen = new HashSet<>();
		for (Rule rule : EcoreUtil2.eAllOfType(format, Rule.class)) {
			if (rule.getName() != null && !seen.add(rule.getName())) {
				error(NLS.bind(FormatMessages.duplicateRule, rule.getName(), format.getName()), rule,
						LanguagePackage.Literals.RULE__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void uniqueNamesInTable(Table table) {
		Set<String> rows = new HashSet<>();
		for (RowNode node : TableStructure.allRowNodes(table)) {
			if (!rows.add(name(node))) {
				error(NLS.bind(FormatMessages.duplicateRow, name(node), table.getName()), node,
						LanguagePackage.Literals.REFERABLE__NAME, DUPLICATE_NAME);
			}
		}
		Set<String> columns = new HashSet<>();
		for (ColumnNode node : TableStructure.allColumnNodes(table)) {
			if (!columns.add(name(node))) {
				error(NLS.bind(FormatMessages.duplicateColumn, name(node), table.getName()), node,
						LanguagePackage.Literals.REFERABLE__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void qualifiedOutsideTables(CellReference cell) {
		if (cell.getTable() == null && EcoreUtil2.getContainerOfType(cell, Table.class) == null) {
			error(FormatMessages.unqualifiedOutsideTable, cell,
					LanguagePackage.Literals.CELL_REFERENCE__ROW, UNQUALIFIED_OUTSIDE_TABLE);
		}
	}

	@Check
	public void rangesOnlyInSums(CellReference cell) {
		if (!(cell.eContainer() instanceof Total) && coversSeveralCells(cell)) {
			error(FormatMessages.rangeOutsideSum, cell, null, RANGE_OUTSIDE_SUM);
		}
	}

	@Check
	public void rangesRunForward(CellReference cell) {
		Table table = cell.getTable() != null ? cell.getTable() : EcoreUtil2.getContainerOfType(cell, Table.class);
		if (table == null) {
			return;
		}
		if (cell.getRow() instanceof RowNode from && cell.getRowEnd() instanceof RowNode to
				&& TableStructure.rowRange(table, from, to).isEmpty()) {
			error(NLS.bind(FormatMessages.emptyRange, name(to), name(from)), cell,
					LanguagePackage.Literals.CELL_REFERENCE__ROW_END, EMPTY_RANGE);
		}
		if (cell.getColumn() instanceof ColumnNode from && cell.getColumnEnd() instanceof ColumnNode to
				&& TableStructure.columnRange(table, from, to).isEmpty()) {
			error(NLS.bind(FormatMessages.emptyRange, name(to), name(from)), cell,
					LanguagePackage.Literals.CELL_REFERENCE__COLUMN_END, EMPTY_RANGE);
		}
	}

	@Check
	public void noCycleOfBases(Format format) {
		if (format.getBase() != null && FormatInheritance.isCyclic(format)) {
			error(NLS.bind(FormatMessages.cycle, format.getName(), FormatInheritance.chain(format).stream()
					.map(Format::getName).reduce((a, b) -> a + " → " + b).orElse("")), format,
					LanguagePackage.Literals.FORMAT__BASE, CYCLE);
		}
	}

	@Check
	public void yearsInOrder(YearRange years) {
		if (years.getTo() != 0 && years.getTo() < years.getFrom()) {
			error(FormatMessages.badYears, years, LanguagePackage.Literals.YEAR_RANGE__TO, BAD_YEARS);
		}
	}

	@Check
	public void activeYearsInOrder(Rule rule) {
		if (rule.getFrom() != 0 && rule.getUntil() != 0 && rule.getUntil() < rule.getFrom()) {
			error(FormatMessages.badActiveYears, rule, LanguagePackage.Literals.RULE__UNTIL, BAD_YEARS);
		}
	}

	/** A rule active only in years its format does not cover never applies. */
	@Check
	public void activeInTheFormatsYears(Rule rule) {
		Format format = EcoreUtil2.getContainerOfType(rule, Format.class);
		YearRange years = format == null ? null : format.getYears();
		if (years == null) {
			return;
		}
		boolean afterEnd = years.getTo() != 0 && rule.getFrom() != 0 && rule.getFrom() > years.getTo();
		boolean beforeStart = rule.getUntil() != 0 && rule.getUntil() < years.getFrom();
		if (afterEnd || beforeStart) {
			warning(NLS.bind(FormatMessages.neverApplies, new Object[] { format.getName(), years.getFrom(),
					years.getTo() == 0 ? "" : years.getTo() }), rule,
					afterEnd ? LanguagePackage.Literals.RULE__FROM : LanguagePackage.Literals.RULE__UNTIL, NEVER_APPLIES);
		}
	}

	@Check
	public void deadlineIsADate(Deadline deadline) {
		try {
			MonthDay.of(deadline.getMonth(), deadline.getDay());
		} catch (DateTimeException e) {
			error(NLS.bind(FormatMessages.badDate, deadline.getMonth(), deadline.getDay()), deadline,
					LanguagePackage.Literals.DEADLINE__DAY, BAD_DATE);
		}
	}

	@Check
	public void patternsCompile(Narrative narrative) {
		if (narrative.getPhrase() != null) {
			if (phrase(narrative.getPhrase(), narrative, LanguagePackage.Literals.NARRATIVE__PHRASE)
					&& Phrases.numbers(narrative.getPhrase()) != 1) {
				error(FormatMessages.phraseNeedsNumber, narrative, LanguagePackage.Literals.NARRATIVE__PHRASE, BAD_PATTERN);
			}
			return;
		}
		Pattern pattern = compile(narrative.getPattern(), narrative, LanguagePackage.Literals.NARRATIVE__PATTERN);
		if (pattern != null && pattern.matcher("").groupCount() < 1) {
			error(FormatMessages.patternNeedsGroup, narrative, LanguagePackage.Literals.NARRATIVE__PATTERN,
					BAD_PATTERN);
		}
	}

	@Check
	public void patternsCompile(Mention mention) {
		if (mention.getPhrase() != null) {
			phrase(mention.getPhrase(), mention, LanguagePackage.Literals.MENTION__PHRASE);
		} else {
			compile(mention.getPattern(), mention, LanguagePackage.Literals.MENTION__PATTERN);
		}
	}

	/** Whether a phrase compiles; if not, an error says why. */
	private boolean phrase(String phrase, EObject owner, EAttribute feature) {
		try {
			Phrases.compile(phrase);
			return true;
		} catch (IllegalArgumentException e) {
			error(NLS.bind(FormatMessages.badPhrase, e.getMessage()), owner, feature, BAD_PATTERN);
			return false;
		}
	}

	@Check
	public void patternsCompile(PartText text) {
		compile(text.getPattern(), text, LanguagePackage.Literals.PART_TEXT__PATTERN);
	}

	/**
	 * Amounts (万元) and counts (件) are different quantities: adding or comparing them is an error. A change
	 * of a count (本年增/减) is a count.
	 */
	@Check
	public void noAmountsWithCounts(Comparison comparison) {
		Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
		for (CellReference cell : EcoreUtil2.eAllOfType(comparison, CellReference.class)) {
			Table table = cell.getTable() != null ? cell.getTable() : EcoreUtil2.getContainerOfType(cell, Table.class);
			if (table == null || !(cell.getColumn() instanceof ColumnNode from)) {
				continue;
			}
			List<Column> columns = cell.getColumnEnd() instanceof ColumnNode to ? TableStructure.columnRange(table, from, to)
					: TableStructure.leaves(from);
			columns.forEach(c -> kinds.add(c.getType() != null && c.getType().getKind() == ValueKind.AMOUNT ? ValueKind.AMOUNT
					: ValueKind.COUNT));
		}
		if (kinds.size() > 1) {
			error(FormatMessages.mixedTypes, comparison, null, MIXED_TYPES);
		}
	}

	private Pattern compile(String regex, EObject owner, EAttribute feature) {
		try {
			return Pattern.compile(regex);
		} catch (PatternSyntaxException e) {
			error(NLS.bind(FormatMessages.badPattern, e.getDescription()), owner, feature, BAD_PATTERN);
			return null;
		}
	}

	private static boolean coversSeveralCells(CellReference cell) {
		return cell.getRowEnd() != null || cell.getColumnEnd() != null || cell.getRow() instanceof RowGroup
				|| cell.getColumn() instanceof ColumnGroup;
	}

	private static String name(EObject node) {
		return node instanceof Referable referable ? referable.getName() : String.valueOf(node);
	}

}
