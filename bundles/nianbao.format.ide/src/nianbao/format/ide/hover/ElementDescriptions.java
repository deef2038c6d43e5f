// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.TableStructure;
import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.Column;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.LoopKind;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.Part;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;
import nianbao.format.language.ValueKind;

/**
 * What a hover says about an element of a format: its kind and official label or full name (rows and
 * columns with their groups' labels, tables with their captions), for a rule its message template
 * and basis, for a check what it does and its messages. In Chinese, as the proposals describe the same elements.
 */
public final class ElementDescriptions {

	private ElementDescriptions() {
	}

	/**
	 * The description of {@code element}, seen from {@code context} (the file being edited: an element
	 * of another file says which), or null for an element without one.
	 */
	public static String describe(EObject element, Resource context) {
		String text = switch (element) {
			case RowNode row -> (row instanceof RowGroup group ? "行组 " + row.getName() + "（" + TableStructure.leaves(group)
					.size() + " 行）" : "行 " + row.getName()) + labels(row.getName(), TableStructure.labelPath(row)) + in(row);
			case ColumnNode column -> (column instanceof ColumnGroup group ? "列组 " + column.getName() + "（"
					+ TableStructure.leaves(group).size() + " 列）" : "列 " + column.getName())
					+ labels(column.getName(), columnPath(column)) + type(column) + in(column);
			case LoopVariable variable -> "循环变量 " + variable.getName() + "："
					+ (variable.getKind() == LoopKind.ROW ? "逐行（for each row）" : "逐列（for each column）");
			case Table table -> "表 " + table.getName() + "：" + table.getCaption() + "\n"
					+ TableStructure.leafRows(table).size() + " 行 × " + TableStructure.leafColumns(table).size() + " 列"
					+ (table.eContainer() instanceof Part part ? "，在第" + part.getName() + "部分「" + part.getTitle() + "」" : "");
			case Part part -> "第" + part.getName() + "部分：" + part.getTitle() + (part.isOptional() ? "（可选）" : "");
			case Rule rule -> "规则 " + rule.getName() + "（" + rule.getSeverity().getLiteral() + "）\n消息：" + rule.getMessage()
					+ (rule.getBasis() == null ? "" : "\n依据：" + rule.getBasis());
			case Format format -> "格式 " + format.getName() + (format.getNotice() == null ? "" : "：" + format.getNotice())
					+ (format.getYears() == null ? "" : "\n适用于 " + format.getYears().getFrom() + " 年"
							+ (format.getYears().getTo() == 0 ? "起" : "至 " + format.getYears().getTo() + " 年") + "的报告");
			case CheckDeclaration check -> "检查 " + check.getName() + "：" + check.getDescription() + check.getMessages().stream()
					.map(m -> "\n消息 " + m.getName() + (m.getParameters().isEmpty() ? "" : "（" + String.join("、", m.getParameters())
							+ "）") + "：" + m.getText())
					.collect(Collectors.joining());
			default -> null;
		};
		Resource home = element.eResource();
		if (text != null && home != null && context != null && home != context) {
			text += "\n来自 " + home.getURI().lastSegment();
		}
		return text;
	}

	/** The official labels from the outermost group in, unless they only repeat the name. */
	private static String labels(String name, List<String> path) {
		return path.equals(List.of(name)) ? "" : "：" + String.join(" / ", path);
	}

	/** Where a row or column is: its table. */
	private static String in(EObject node) {
		Table table = EcoreUtil2.getContainerOfType(node, Table.class);
		return table == null ? "" : "\n表 " + table.getName() + "：" + table.getCaption();
	}

	private static String type(ColumnNode column) {
		if (column instanceof Column leaf && leaf.getType() != null && leaf.getType().getKind() == ValueKind.AMOUNT) {
			var type = leaf.getType();
			return "\n金额" + (type.getUnit() == null ? "" : "，单位" + type.getUnit())
					+ (type.getDecimals() == 0 ? "" : "，" + type.getDecimals() + " 位小数");
		}
		if (column instanceof Column leaf && leaf.getType() != null && leaf.getType().getKind() == ValueKind.CHANGE) {
			return "\n增减数，可为负数";
		}
		return "";
	}

	/** The labels of the enclosing column groups and of the column, outermost first. */
	private static List<String> columnPath(ColumnNode column) {
		List<String> path = new ArrayList<>();
		for (EObject node = column; node instanceof ColumnNode; node = node.eContainer()) {
			path.addFirst(TableStructure.label(node));
		}
		return path;
	}
}
