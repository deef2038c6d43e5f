// SPDX-License-Identifier: EPL-2.0
package nianbao.format.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import nianbao.format.FormatMessages;
import nianbao.format.language.CellReference;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Profile;
import nianbao.format.language.RowReplacement;
import nianbao.format.language.Table;
import nianbao.format.language.TableChange;

/**
 * A name that links to nothing, said in the rule author's words: "表三中没有名为“不存在”的行" rather than
 * Xtext's "Couldn't resolve reference to Referable '不存在'". The issue code stays Xtext's, for the quick
 * fixes that propose the closest names.
 */
public class FormatLinkingMessages extends LinkingDiagnosticMessageProvider {

	private static final LanguagePackage LANGUAGE = LanguagePackage.eINSTANCE;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		EObject owner = context.getContext();
		if (owner instanceof CellReference cell && reference != LANGUAGE.getCellReference_Table() && cell.getTable() != null
				&& cell.getTable().eIsProxy()) {
			return null; // the row and column of a table that is not there: the table's error says it
		}
		String table = tableOf(owner);
		String message;
		if (reference == LANGUAGE.getCellReference_Row() || reference == LANGUAGE.getCellReference_RowEnd()
				|| reference == LANGUAGE.getRowReplacement_Target()) {
			message = table == null ? NLS.bind(FormatMessages.noSuchRowAnywhere, name) : NLS.bind(FormatMessages.noSuchRow, table, name);
		} else if (reference == LANGUAGE.getCellReference_Column() || reference == LANGUAGE.getCellReference_ColumnEnd()) {
			message = table == null ? NLS.bind(FormatMessages.noSuchColumnAnywhere, name)
					: NLS.bind(FormatMessages.noSuchColumn, table, name);
		} else if (reference.getEReferenceType() == LANGUAGE.getTable()) {
			message = NLS.bind(FormatMessages.noSuchTable, name);
		} else if (reference.getEReferenceType() == LANGUAGE.getFormat()) {
			message = NLS.bind(FormatMessages.noSuchFormat, name);
		} else if (reference.getEReferenceType() == LANGUAGE.getPart()) {
			message = NLS.bind(FormatMessages.noSuchPart, name);
		} else if (reference == LANGUAGE.getRuleSetting_Rule() && owner.eContainer() instanceof Profile profile
				&& !profile.getFormats().isEmpty()) {
			message = NLS.bind(FormatMessages.profileNoRuleInFormats, name, String.join(", ", NodeModelUtils
					.findNodesForFeature(profile, LANGUAGE.getProfile_Formats()).stream()
					.map(n -> NodeModelUtils.getTokenText(n).replaceAll("^\"|\"$", "")).toList()));
		} else if (reference.getEReferenceType() == LANGUAGE.getCheckDeclaration()) {
			message = NLS.bind(FormatMessages.noSuchCheck, name);
		} else if (reference.getEReferenceType() == LANGUAGE.getRule()) {
			message = NLS.bind(FormatMessages.noSuchRule, name);
		} else {
			message = NLS.bind(FormatMessages.unresolved, name);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** The table a row or column reference is looked up in: the one it names, or the one it is written in. */
	private static String tableOf(EObject owner) {
		Table table = null;
		if (owner instanceof CellReference cell && cell.getTable() != null && !cell.getTable().eIsProxy()) {
			table = cell.getTable();
		} else if (owner instanceof RowReplacement replacement && replacement.eContainer() instanceof TableChange change
				&& change.getTable() != null && !change.getTable().eIsProxy()) {
			table = change.getTable();
		}
		if (table == null && !(owner instanceof CellReference cell && cell.getTable() != null)) {
			table = EcoreUtil2.getContainerOfType(owner, Table.class);
		}
		return table == null ? null : table.getName();
	}
}
