// SPDX-License-Identifier: EPL-2.0
package nianbao.format.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import nianbao.format.FormatInheritance;
import nianbao.format.TableStructure;
import nianbao.format.language.CellReference;
import nianbao.format.language.ForEach;
import nianbao.format.language.Format;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.LoopKind;
import nianbao.format.language.Profile;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;
import nianbao.format.language.TableChange;

/**
 * Scopes of the format language. A format sees its own parts, tables and rules and those it
 * inherits (its own first). In a cell reference, a row slot sees the rows and row groups of the
 * referenced table (the qualifier, or the table the rule is written in) and an enclosing
 * {@code for each row} variable; a column slot likewise sees columns. A profile's rule setting sees the
 * rules of the formats the profile is for, or of every format it sees.
 */
public class FormatScopeProvider extends AbstractFormatScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		LanguagePackage p = LanguagePackage.eINSTANCE;
		Format format = EcoreUtil2.getContainerOfType(context, Format.class);
		if (format != null) {
			if (reference.getEReferenceType() == p.getTable()) {
				return Scopes.scopeFor(FormatInheritance.tables(format));
			}
			if (reference.getEReferenceType() == p.getPart()) {
				return Scopes.scopeFor(FormatInheritance.parts(format));
			}
			if (reference.getEReferenceType() == p.getRule()) {
				return rules(FormatInheritance.rules(format));
			}
		}
		if (reference == p.getExpectation_Rule()) {
			return rules(allFormats(context).stream().flatMap(f -> FormatInheritance.rules(f).stream()).toList());
		}
		if (reference == p.getRuleSetting_Rule()) {
			return rules(profileFormats(EcoreUtil2.getContainerOfType(context, Profile.class)).stream()
					.flatMap(f -> FormatInheritance.rules(f).stream()).toList());
		}
		if (reference == p.getRowReplacement_Target() && context.eContainer() instanceof TableChange change) {
			return Scopes.scopeFor(TableStructure.allRowNodes(change.getTable()));
		}
		// the context is the reference once it exists, else (while it is typed) the element around it
		if (reference == p.getCellReference_Row() || reference == p.getCellReference_RowEnd()) {
			return slotScope(context, true, reference == p.getCellReference_Row());
		}
		if (reference == p.getCellReference_Column() || reference == p.getCellReference_ColumnEnd()) {
			return slotScope(context, false, reference == p.getCellReference_Column());
		}
		return super.getScope(context, reference);
	}

	/** Rules by their id, which may contain '-' but no '.': one segment each. */
	private static IScope rules(List<Rule> rules) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		for (Rule rule : rules) {
			if (rule.getName() != null) {
				descriptions.add(EObjectDescription.create(QualifiedName.create(rule.getName()), rule));
			}
		}
		return new SimpleScope(descriptions);
	}

	/** The formats a profile is for; every format it sees where it names none. */
	private List<Format> profileFormats(Profile profile) {
		if (profile == null) {
			return List.of();
		}
		if (!profile.getFormats().isEmpty()) {
			return profile.getFormats().stream().filter(f -> !f.eIsProxy()).toList();
		}
		return allFormats(profile);
	}

	/** Every format that {@code context} sees: its file's and those the index holds. */
	private List<Format> allFormats(EObject context) {
		List<Format> all = new ArrayList<>();
		for (IEObjectDescription format : super.getScope(context, LanguagePackage.Literals.PROFILE__FORMATS).getAllElements()) {
			if (EcoreUtil.resolve(format.getEObjectOrProxy(), context) instanceof Format resolved && !resolved.eIsProxy()
					&& !all.contains(resolved)) {
				all.add(resolved);
			}
		}
		return all;
	}

	private IScope slotScope(EObject context, boolean rows, boolean variablesVisible) {
		List<EObject> candidates = new ArrayList<>();
		Table table = referencedTable(context);
		if (table != null) {
			candidates.addAll(rows ? TableStructure.allRowNodes(table) : TableStructure.allColumnNodes(table));
		}
		ForEach loop = EcoreUtil2.getContainerOfType(context, ForEach.class);
		if (variablesVisible && loop != null && loop.getVariable() != null
				&& loop.getVariable().getKind() == (rows ? LoopKind.ROW : LoopKind.COLUMN)) {
			candidates.add(loop.getVariable());
		}
		return Scopes.scopeFor(candidates);
	}

	/** The qualifier's table if given, else the enclosing table. */
	private static Table referencedTable(EObject context) {
		if (context instanceof CellReference cell && cell.eIsSet(LanguagePackage.Literals.CELL_REFERENCE__TABLE)) {
			return cell.getTable().eIsProxy() ? null : cell.getTable();
		}
		return EcoreUtil2.getContainerOfType(context, Table.class);
	}
}
