// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.language.Column;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.Part;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;

/**
 * What a format changes of another (the 2021 format of the 2019 trial one, a rule author's of the official
 * one): the years and notice, and the parts, tables, rows, columns and rules added, removed or changed,
 * each compared by name in the formats as they take effect (with what they inherit).
 */
public final class FormatDifferences {

	/** How an element differs. */
	public enum Change {
		ADDED("+"), REMOVED("-"), CHANGED("~");

		private final String sign;

		Change(String sign) {
			this.sign = sign;
		}

		/** The sign a listing shows: + - ~. */
		public String sign() {
			return sign;
		}
	}

	/**
	 * One difference: the element ({@code 表 第一项}, {@code 行 第一项/规范性文件}, {@code 规则 T2-CUM}) and,
	 * where it changed, what it was and what it is (none for a rule's check, which says only that it changed).
	 */
	public record Difference(Change change, String element, String before, String after) {

		/** As a listing shows it: {@code ~ 规则 NT-5-制发：“…” → “…”}. */
		@Override
		public String toString() {
			return change.sign() + " " + element + (before == null && after == null ? "" : "：" + before + " → " + after);
		}
	}

	private FormatDifferences() {
	}

	/** The differences that lead from format {@code from} to format {@code to}, in the order of {@code to}. */
	public static List<Difference> between(Format from, Format to) {
		Format before = FormatInheritance.effective(from);
		Format after = FormatInheritance.effective(to);
		List<Difference> differences = new ArrayList<>();
		changed(differences, "格式 年份", years(before), years(after));
		changed(differences, "格式 文号", before.getNotice(), after.getNotice());
		compare(differences, before.getParts(), after.getParts(), Part::getName, p -> "部分 " + p.getName(),
				(element, a, b) -> changed(differences, element, a.getTitle(), b.getTitle()));
		compare(differences, FormatInheritance.tables(before), FormatInheritance.tables(after), Table::getName,
				t -> "表 " + t.getName(), (element, a, b) -> {
					changed(differences, element, a.getCaption(), b.getCaption());
					compare(differences, TableStructure.allRowNodes(a), TableStructure.allRowNodes(b), RowNode::getName,
							r -> (r instanceof RowGroup ? "行组 " : "行 ") + b.getName() + "/" + r.getName(),
							(row, x, y) -> changed(differences, row, describe(x), describe(y)));
					compare(differences, TableStructure.allColumnNodes(a), TableStructure.allColumnNodes(b),
							ColumnNode::getName, c -> (c instanceof ColumnGroup ? "列组 " : "列 ") + b.getName() + "/" + c.getName(),
							(column, x, y) -> changed(differences, column, describe(x), describe(y)));
				});
		compare(differences, EcoreUtil2.eAllOfType(before, Rule.class), EcoreUtil2.eAllOfType(after, Rule.class),
				Rule::getName, r -> "规则 " + r.getName(), (element, a, b) -> {
					changed(differences, element, a.getSeverity().getLiteral(), b.getSeverity().getLiteral());
					changed(differences, element, quoted(a.getMessage()), quoted(b.getMessage()));
					changed(differences, element, quoted(a.getBasis()), quoted(b.getBasis()));
					if (!new ByName().equals(a.getCheck(), b.getCheck())) {
						differences.add(new Difference(Change.CHANGED, element + " 的检查", null, null));
					}
				});
		return differences;
	}

	private interface Pair<T> {
		void compare(String element, T before, T after);
	}

	/** Elements by name: those only after (added), those changed, then those only before (removed). */
	private static <T> void compare(List<Difference> differences, List<? extends T> before, List<? extends T> after,
			Function<T, String> name, Function<T, String> element, Pair<T> pair) {
		Map<String, T> earlier = new LinkedHashMap<>();
		before.forEach(b -> earlier.putIfAbsent(name.apply(b), b));
		Map<String, T> later = new LinkedHashMap<>();
		after.forEach(a -> later.putIfAbsent(name.apply(a), a));
		later.forEach((key, now) -> {
			T then = earlier.get(key);
			if (then == null) {
				differences.add(new Difference(Change.ADDED, element.apply(now), null, null));
			} else {
				pair.compare(element.apply(now), then, now);
			}
		});
		earlier.forEach((key, then) -> {
			if (!later.containsKey(key)) {
				differences.add(new Difference(Change.REMOVED, element.apply(then), null, null));
			}
		});
	}

	private static void changed(List<Difference> differences, String element, String before, String after) {
		if (!Objects.equals(before, after)) {
			differences.add(new Difference(Change.CHANGED, element, before == null ? "无" : before, after == null ? "无" : after));
		}
	}

	private static String years(Format format) {
		return format.getYears() == null ? null
				: format.getYears().getFrom() + ".." + (format.getYears().getTo() == 0 ? "" : format.getYears().getTo());
	}

	private static String quoted(String text) {
		return text == null ? null : "“" + text + "”";
	}

	/** A row or column as the table prints it: its label, and for a column what it counts. */
	private static String describe(EObject node) {
		String label = "“" + TableStructure.label(node) + "”";
		if (node instanceof Column column && column.getType() != null) {
			label += " " + column.getType().getKind().getLiteral()
					+ (column.getType().getUnit() == null ? "" : " " + column.getType().getUnit());
		}
		return (node instanceof RowGroup || node instanceof ColumnGroup ? "组 " : "") + label;
	}

	/**
	 * Checks compared by what they say: references to rows, columns, tables, parts and rules by name, since
	 * the two formats' elements are never the same objects.
	 */
	private static final class ByName extends EcoreUtil.EqualityHelper {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
			if (reference.isContainment()) {
				return super.haveEqualReference(a, b, reference);
			}
			return Objects.equals(name(a.eGet(reference)), name(b.eGet(reference)));
		}

		private static String name(Object target) {
			if (!(target instanceof EObject object)) {
				return null;
			}
			Object name = object.eClass().getEStructuralFeature("name") == null ? null
					: object.eGet(object.eClass().getEStructuralFeature("name"));
			return object.eClass().getName() + ":" + name;
		}
	}
}
