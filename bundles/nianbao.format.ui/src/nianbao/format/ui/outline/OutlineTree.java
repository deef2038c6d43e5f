// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import nianbao.format.TableStructure;
import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Omission;
import nianbao.format.language.Part;
import nianbao.format.language.Profile;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.RuleSetting;
import nianbao.format.language.Table;
import nianbao.format.language.TableChange;
import nianbao.format.ui.outline.OutlineNode.Kind;

/**
 * The outline of a parsed format file: declared checks with their messages, formats with their parts, tables (columns and rows with their
 * groups, the table's rules), table changes, omissions and rules; each rule with its check. Profiles
 * with their settings, test cases. Labels read like the source ({@code table 表三 收到和处理…}).
 */
public final class OutlineTree {

	/** How much of a check's text a label shows. */
	private static final int CHECK_LABEL_LENGTH = 80;

	private final ILocationInFileProvider locations;

	private OutlineTree(ILocationInFileProvider locations) {
		this.locations = locations;
	}

	/** The top-level nodes of the file's outline: its checks, formats, profiles and tests; none if nothing parsed. */
	public static List<OutlineNode> of(XtextResource resource) {
		if (resource.getParseResult() == null || !(resource.getParseResult().getRootASTElement() instanceof FormatFile file)) {
			return List.of();
		}
		OutlineTree tree = new OutlineTree(resource.getResourceServiceProvider().get(ILocationInFileProvider.class));
		List<OutlineNode> nodes = new ArrayList<>();
		file.getChecks().forEach(check -> nodes.add(tree.check(check)));
		file.getFormats().forEach(format -> nodes.add(tree.format(format)));
		file.getProfiles().forEach(profile -> nodes.add(tree.profile(profile)));
		file.getTests().forEach(test -> nodes.add(tree.node(Kind.TEST, "test \"" + test.getName() + "\" report \""
				+ test.getReport() + "\"", "test " + test.getName(), test, List.of())));
		return nodes;
	}

	private OutlineNode check(CheckDeclaration check) {
		String path = "check " + check.getName();
		List<OutlineNode> messages = check.getMessages().stream()
				.map(m -> node(Kind.CHECK_MESSAGE, "message " + m.getName() + (m.getParameters().isEmpty() ? ""
						: "(" + String.join(", ", m.getParameters()) + ")"), path + "/message " + m.getName(), m, List.of()))
				.toList();
		return node(Kind.CHECK_DECLARATION, path, path, check, messages);
	}

	private OutlineNode format(Format format) {
		// the base as written: a base that does not resolve is still worth showing
		String base = text(format, LanguagePackage.Literals.FORMAT__BASE);
		String path = "format " + format.getName();
		List<OutlineNode> children = new ArrayList<>();
		format.getParts().forEach(part -> children.add(part(part, path)));
		format.getChanges().forEach(change -> children.add(change(change, path)));
		format.getOmissions().forEach(omission -> children.add(omission(omission, path)));
		format.getRules().forEach(rule -> children.add(rule(rule, path)));
		return node(Kind.FORMAT, "format \"" + format.getName() + "\"" + (base.isEmpty() ? "" : " basedOn " + base), path,
				format, children);
	}

	private OutlineNode part(Part part, String parent) {
		String path = parent + "/part " + part.getName();
		List<OutlineNode> tables = part.getTables().stream().map(table -> table(table, path)).toList();
		return node(Kind.PART, (part.isOptional() ? "optional part " : "part ") + part.getName() + " " + part.getTitle(), path,
				part, tables);
	}

	private OutlineNode table(Table table, String parent) {
		String path = parent + "/table " + table.getName();
		List<OutlineNode> children = new ArrayList<>();
		children.add(keyword(Kind.COLUMNS, "columns", table, path,
				table.getColumns().stream().map(column -> column(column, path)).toList()));
		children.add(keyword(Kind.ROWS, "rows", table, path, table.getRows().stream().map(row -> row(row, path)).toList()));
		table.getRules().forEach(rule -> children.add(rule(rule, path)));
		return node(Kind.TABLE, "table " + table.getName() + " " + table.getCaption(), path, table, children);
	}

	private OutlineNode column(ColumnNode column, String parent) {
		String path = parent + "/column " + column.getName();
		List<OutlineNode> children = column instanceof ColumnGroup group
				? group.getColumns().stream().map(c -> column(c, path)).toList() : List.of();
		return node(column instanceof ColumnGroup ? Kind.COLUMN_GROUP : Kind.COLUMN,
				(column instanceof ColumnGroup ? "group " : "column ") + named(column.getName(), TableStructure.label(column)),
				path, column, children);
	}

	private OutlineNode row(RowNode row, String parent) {
		String path = parent + "/row " + row.getName();
		List<OutlineNode> children = row instanceof RowGroup group ? group.getRows().stream().map(r -> row(r, path)).toList()
				: List.of();
		return node(row instanceof RowGroup ? Kind.ROW_GROUP : Kind.ROW,
				(row instanceof RowGroup ? "group " : "row ") + named(row.getName(), TableStructure.label(row)), path, row,
				children);
	}

	private OutlineNode rule(Rule rule, String parent) {
		String path = parent + "/rule " + rule.getName();
		List<OutlineNode> check = new ArrayList<>();
		ICompositeNode node = rule.getCheck() == null ? null : NodeModelUtils.getNode(rule.getCheck());
		if (node != null) {
			String text = node.getText().strip().replaceAll("\\s+", " ");
			if (text.length() > CHECK_LABEL_LENGTH) {
				text = text.substring(0, CHECK_LABEL_LENGTH - 1) + "…";
			}
			check.add(new OutlineNode(Kind.CHECK, text, path + "/check", node.getOffset(), node.getLength(), List.of()));
		}
		return node(Kind.RULE, "rule " + rule.getName() + " " + rule.getSeverity().getLiteral(), path, rule, check);
	}

	private OutlineNode change(TableChange change, String parent) {
		String table = text(change, LanguagePackage.Literals.TABLE_CHANGE__TABLE);
		return node(Kind.CHANGE, "change table " + table, parent + "/change " + table, change, List.of());
	}

	private OutlineNode omission(Omission omission, String parent) {
		String what = NodeModelUtils.getNode(omission).getText().strip().replaceAll("\\s+", " ");
		return node(Kind.OMISSION, what, parent + "/" + what, omission, List.of());
	}

	private OutlineNode profile(Profile profile) {
		String path = "profile " + profile.getName();
		List<OutlineNode> settings = profile.getSettings().stream().map(setting -> setting(setting, path)).toList();
		return node(Kind.PROFILE, "profile \"" + profile.getName() + "\"", path, profile, settings);
	}

	private OutlineNode setting(RuleSetting setting, String parent) {
		// the id as written, also where it links to nothing
		String rule = NodeModelUtils.findNodesForFeature(setting, LanguagePackage.Literals.RULE_SETTING__RULE).stream()
				.map(NodeModelUtils::getTokenText).findFirst().orElse("");
		String label = "rule " + rule + " " + (setting.isOff() ? "off" : setting.getSeverity().getLiteral());
		return node(Kind.SETTING, label, parent + "/rule " + rule, setting, List.of());
	}

	/** A node that selects the element's name (or the element, where it has none). */
	private OutlineNode node(Kind kind, String label, String path, EObject element, List<OutlineNode> children) {
		ITextRegion region = locations.getSignificantTextRegion(element);
		return new OutlineNode(kind, label, path, region.getOffset(), region.getLength(), children);
	}

	/** A node for a keyword of a table ({@code columns}, {@code rows}) that selects the keyword. */
	private static OutlineNode keyword(Kind kind, String keyword, Table table, String parent, List<OutlineNode> children) {
		ICompositeNode node = NodeModelUtils.getNode(table);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) {
				return new OutlineNode(kind, keyword, parent + "/" + keyword, leaf.getOffset(), leaf.getLength(), children);
			}
		}
		return new OutlineNode(kind, keyword, parent + "/" + keyword, node.getOffset(), 0, children);
	}

	/** A row's or column's name, and its label where that says more. */
	private static String named(String name, String label) {
		return label == null || label.equals(name) ? name : name + " " + label;
	}

	private static String text(EObject element, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(element, feature).stream().map(NodeModelUtils::getTokenText)
				.findFirst().orElse("");
	}
}
