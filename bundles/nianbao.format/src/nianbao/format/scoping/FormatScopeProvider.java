package nianbao.format.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import nianbao.format.TableStructure;
import nianbao.format.format.CellReference;
import nianbao.format.format.ForEach;
import nianbao.format.format.Format;
import nianbao.format.format.FormatPackage;
import nianbao.format.format.LoopKind;
import nianbao.format.format.Table;

/**
 * Scopes of cell references: a row slot sees the rows and row groups of the referenced table (the
 * qualifier, or the table the rule is written in) and an enclosing {@code for each row} variable;
 * a column slot likewise sees columns.
 */
public class FormatScopeProvider extends AbstractFormatScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		FormatPackage p = FormatPackage.eINSTANCE;
		if (reference == p.getCellReference_Table()) {
			Format format = EcoreUtil2.getContainerOfType(context, Format.class);
			return format == null ? IScope.NULLSCOPE : Scopes.scopeFor(EcoreUtil2.eAllOfType(format, Table.class));
		}
		if (context instanceof CellReference cell) {
			if (reference == p.getCellReference_Row() || reference == p.getCellReference_RowEnd()) {
				return slotScope(cell, true, reference == p.getCellReference_Row());
			}
			if (reference == p.getCellReference_Column() || reference == p.getCellReference_ColumnEnd()) {
				return slotScope(cell, false, reference == p.getCellReference_Column());
			}
		}
		return super.getScope(context, reference);
	}

	private IScope slotScope(CellReference cell, boolean rows, boolean variablesVisible) {
		List<EObject> candidates = new ArrayList<>();
		Table table = referencedTable(cell);
		if (table != null) {
			candidates.addAll(rows ? TableStructure.allRowNodes(table) : TableStructure.allColumnNodes(table));
		}
		ForEach loop = EcoreUtil2.getContainerOfType(cell, ForEach.class);
		if (variablesVisible && loop != null && loop.getVariable() != null
				&& loop.getVariable().getKind() == (rows ? LoopKind.ROW : LoopKind.COLUMN)) {
			candidates.add(loop.getVariable());
		}
		return Scopes.scopeFor(candidates);
	}

	/** The qualifier's table if given (without resolving anything else), else the enclosing table. */
	private static Table referencedTable(CellReference cell) {
		Object qualifier = cell.eGet(FormatPackage.Literals.CELL_REFERENCE__TABLE, false);
		if (qualifier instanceof Table table && !table.eIsProxy()) {
			return table;
		}
		if (cell.eIsSet(FormatPackage.Literals.CELL_REFERENCE__TABLE)) {
			return cell.getTable().eIsProxy() ? null : cell.getTable();
		}
		return EcoreUtil2.getContainerOfType(cell, Table.class);
	}
}
