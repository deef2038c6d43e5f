// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.Omission;
import nianbao.format.language.Part;
import nianbao.format.language.Referable;
import nianbao.format.language.RowNode;
import nianbao.format.language.RowReplacement;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;
import nianbao.format.language.TableChange;

/**
 * Formats based on other formats. {@link #effective(Format)} gives the format as it applies: a
 * self-contained copy of its base with the format's own declarations applied, in which every
 * reference points into the copy. Extraction and the rule engine see only effective formats.
 */
public final class FormatInheritance {

	private FormatInheritance() {
	}

	/** The format and its bases, the format first; stops at a cycle or an unresolved base. */
	public static List<Format> chain(Format format) {
		Set<Format> chain = new LinkedHashSet<>();
		for (Format f = format; f != null && !f.eIsProxy() && chain.add(f); f = f.getBase()) {
			// collecting
		}
		return List.copyOf(chain);
	}

	/** Whether following the bases of {@code format} leads back to it. */
	public static boolean isCyclic(Format format) {
		Set<Format> seen = new LinkedHashSet<>();
		for (Format f = format; f != null && !f.eIsProxy(); f = f.getBase()) {
			if (!seen.add(f)) {
				return f == format || isCyclic(f);
			}
		}
		return false;
	}

	/** Every part the format has, own and inherited, by its effective order. */
	public static List<Part> parts(Format format) {
		List<Part> parts = new ArrayList<>();
		for (Format f : chain(format)) {
			for (Part part : f.getParts()) {
				if (parts.stream().noneMatch(p -> p.getName().equals(part.getName()))) {
					parts.add(part);
				}
			}
		}
		return parts;
	}

	/** Every table the format can refer to, own first. */
	public static List<Table> tables(Format format) {
		return chain(format).stream().flatMap(f -> EcoreUtil2.eAllOfType(f, Table.class).stream()).toList();
	}

	/** Every rule the format can refer to, own first. */
	public static List<Rule> rules(Format format) {
		return chain(format).stream().flatMap(f -> EcoreUtil2.eAllOfType(f, Rule.class).stream()).toList();
	}

	/**
	 * The format as it applies. A format without a base is its own effective format; otherwise the
	 * result is a new model, not contained in any resource.
	 */
	public static Format effective(Format format) {
		if (format.getBase() == null || isCyclic(format)) {
			return format;
		}
		Format result = EcoreUtil.copy(effective(format.getBase()));
		result.setName(format.getName());
		result.setBase(null);
		if (format.getNotice() != null) {
			result.setNotice(format.getNotice());
		}
		if (format.getYears() != null) {
			result.setYears(EcoreUtil.copy(format.getYears()));
		}
		if (!format.getDeadlines().isEmpty()) {
			result.getDeadlines().clear();
			result.getDeadlines().addAll(EcoreUtil.copyAll(format.getDeadlines()));
		}
		if (!format.getFingerprints().isEmpty()) {
			result.getFingerprints().clear();
			result.getFingerprints().addAll(format.getFingerprints());
		}
		// one copier for all own declarations, so that references among them stay consistent
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Part> parts = format.getParts().stream().map(p -> (Part) copier.copy(p)).toList();
		List<Rule> rules = format.getRules().stream().map(r -> (Rule) copier.copy(r)).toList();
		List<RowReplacement> replacements = format.getChanges().stream().flatMap(c -> c.getEdits().stream())
				.map(r -> (RowReplacement) copier.copy(r)).toList();
		copier.copyReferences();

		for (Part part : parts) {
			Part inherited = find(result, Part.class, part.getName());
			if (inherited != null) {
				EcoreUtil.replace(inherited, part);
			} else {
				result.getParts().add(part);
			}
		}
		// rows taken out keep the name of their table, so that references to them find their successor
		Map<EObject, String> removedRows = new HashMap<>();
		int edit = 0;
		for (TableChange change : format.getChanges()) {
			Table table = find(result, Table.class, change.getTable().getName());
			for (int i = 0; i < change.getEdits().size(); i++, edit++) {
				RowNode target = table == null ? null : findRow(table, change.getEdits().get(i).getTarget().getName());
				if (target != null) {
					removedRows.put(target, table.getName());
					target.eAllContents().forEachRemaining(child -> removedRows.put(child, table.getName()));
					EcoreUtil.replace(target, replacements.get(edit).getReplacement());
				}
			}
		}
		for (Omission omission : format.getOmissions()) {
			EObject omitted = omission.getPart() != null ? find(result, Part.class, omission.getPart().getName())
					: omission.getTable() != null ? find(result, Table.class, omission.getTable().getName())
							: find(result, Rule.class, omission.getRule().getName());
			if (omitted != null) {
				EcoreUtil.remove(omitted);
			}
		}
		for (Rule rule : rules) {
			Rule inherited = find(result, Rule.class, rule.getName());
			if (inherited != null) {
				EcoreUtil.remove(inherited);
			}
			result.getRules().add(rule);
		}
		relink(result, removedRows);
		return result;
	}

	/** Points every reference that leaves the effective format at the element of the same name in it. */
	private static void relink(Format result, Map<EObject, String> removedRows) {
		for (EObject object : EcoreUtil2.eAllContentsAsList(result)) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isMany()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (value instanceof EObject target && EcoreUtil.getRootContainer(target) != result) {
					object.eSet(reference, counterpart(result, target, removedRows));
				}
			}
		}
	}

	private static EObject counterpart(Format result, EObject original, Map<EObject, String> removedRows) {
		return switch (original) {
			case Table table -> find(result, Table.class, table.getName());
			case Part part -> find(result, Part.class, part.getName());
			case Rule rule -> find(result, Rule.class, rule.getName());
			case Referable node -> {
				Table container = EcoreUtil2.getContainerOfType(node, Table.class);
				String tableName = container != null ? container.getName() : removedRows.get(node);
				Table table = tableName == null ? null : find(result, Table.class, tableName);
				yield table == null ? null
						: EcoreUtil2.eAllOfType(table, Referable.class).stream()
								.filter(r -> sameKind(node, r) && node.getName().equals(r.getName())).findFirst()
								.orElse(null);
			}
			default -> original;
		};
	}

	/** Rows stand for rows (a group may become a row), columns for columns. */
	private static boolean sameKind(Referable a, Referable b) {
		return a instanceof RowNode ? b instanceof RowNode : a instanceof ColumnNode ? b instanceof ColumnNode : false;
	}

	private static RowNode findRow(Table table, String name) {
		return TableStructure.allRowNodes(table).stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
	}

	private static <T extends EObject> T find(Format format, Class<T> type, String name) {
		return EcoreUtil2.eAllOfType(format, type).stream().filter(e -> name.equals(nameOf(e))).findFirst().orElse(null);
	}

	private static String nameOf(EObject object) {
		return switch (object) {
			case Table table -> table.getName();
			case Part part -> part.getName();
			case Rule rule -> rule.getName();
			default -> null;
		};
	}
}
