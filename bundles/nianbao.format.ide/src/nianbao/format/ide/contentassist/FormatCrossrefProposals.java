// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import nianbao.format.TableStructure;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.Part;
import nianbao.format.language.Rule;
import nianbao.format.language.RowNode;
import nianbao.format.language.Table;

/**
 * Proposals for names in scope, described by what a rule author knows them by: a row or column by
 * its official label, a table by its caption, a part by its title.
 */
public class FormatCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference reference,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, reference, context);
		EObject target = candidate.getEObjectOrProxy();
		if (entry != null && target != null && !target.eIsProxy()) {
			entry.setDescription(switch (target) {
				case RowNode row -> "行 " + TableStructure.label(row);
				case ColumnNode column -> "列 " + TableStructure.label(column);
				case LoopVariable variable -> "循环变量（" + variable.getKind().getLiteral() + "）";
				case Table table -> "表 " + table.getCaption();
				case Part part -> "第" + part.getName() + "部分 " + part.getTitle();
				case Rule rule -> rule.getSeverity().getLiteral() + " " + rule.getMessage();
				default -> entry.getDescription();
			});
		}
		return entry;
	}
}
