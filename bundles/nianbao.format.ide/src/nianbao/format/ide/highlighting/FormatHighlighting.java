// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import nianbao.format.language.CellReference;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.NamedCheck;
import nianbao.format.language.Referable;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;

/**
 * Semantic highlighting of format files: rule ids, declared and referenced rows and columns, loop
 * variables and named checks each get a style of their own. Editors map the style ids to colours;
 * keywords, strings, numbers and comments come from the lexer.
 */
public class FormatHighlighting extends DefaultSemanticHighlightingCalculator {

	/** Style ids. */
	public static final String RULE_ID = "nianbao.ruleId";
	public static final String ROW = "nianbao.row";
	public static final String COLUMN = "nianbao.column";
	public static final String VARIABLE = "nianbao.variable";
	public static final String CHECK = "nianbao.check";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		LanguagePackage p = LanguagePackage.eINSTANCE;
		switch (object) {
			case Rule rule -> highlight(acceptor, rule, p.getRule_Name(), RULE_ID);
			case RowNode row -> highlight(acceptor, row, p.getReferable_Name(), ROW);
			case ColumnNode column -> highlight(acceptor, column, p.getReferable_Name(), COLUMN);
			case LoopVariable variable -> highlight(acceptor, variable, p.getReferable_Name(), VARIABLE);
			case NamedCheck check -> highlight(acceptor, check, p.getNamedCheck_Check(), CHECK);
			case CellReference cell -> {
				reference(acceptor, cell, p.getCellReference_Row(), cell.getRow());
				reference(acceptor, cell, p.getCellReference_RowEnd(), cell.getRowEnd());
				reference(acceptor, cell, p.getCellReference_Column(), cell.getColumn());
				reference(acceptor, cell, p.getCellReference_ColumnEnd(), cell.getColumnEnd());
			}
			default -> {
				// nothing of its own
			}
		}
		return false;
	}

	private void reference(IHighlightedPositionAcceptor acceptor, CellReference cell, EStructuralFeature feature,
			Referable target) {
		if (target == null || target.eIsProxy()) {
			return;
		}
		String style = target instanceof RowNode ? ROW : target instanceof ColumnNode ? COLUMN : VARIABLE;
		highlight(acceptor, cell, feature, style);
	}

	private static void highlight(IHighlightedPositionAcceptor acceptor, EObject object, EStructuralFeature feature,
			String style) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
