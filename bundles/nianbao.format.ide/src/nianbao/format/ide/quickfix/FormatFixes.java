// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.quickfix;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import nianbao.format.FormatMessages;
import nianbao.format.TableStructure;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Format;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Referable;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.Table;
import nianbao.format.language.Variant;
import nianbao.format.validation.FormatValidator;

/**
 * The fixes of a format file's common mistakes, as plain text edits, so that every editor applies the same
 * ones: the Language Server as code actions ({@link FormatQuickfixes}), the workbench's format editor with
 * Ctrl+1. A name that links to nothing → the closest names in scope; a rule id, row or column name used
 * twice, or a format name that another file defines → a free name; a variant that is the prescribed label
 * → removed.
 */
public class FormatFixes {

	/** Replace {@code length} characters at {@code offset} by {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	/** A fix as the author chooses it: what it does, and its edits. */
	public record Fix(String label, List<Edit> edits) {
	}

	/** Names offered for a name that links to nothing. */
	private static final int CLOSEST = 3;

	private static final LanguagePackage LANGUAGE = LanguagePackage.eINSTANCE;

	@Inject
	private IScopeProvider scopes;
	@Inject
	private IValueConverterService values;
	@Inject
	private ResourceDescriptionsProvider index;

	/** Whether there are fixes for problems with this issue code. */
	public static boolean handles(String code) {
		return Diagnostic.LINKING_DIAGNOSTIC.equals(code) || FormatValidator.DUPLICATE_NAME.equals(code)
				|| FormatValidator.DUPLICATE_FORMAT.equals(code) || FormatValidator.REDUNDANT_VARIANT.equals(code);
	}

	/**
	 * The fixes of the problem with issue {@code code} that starts at {@code offset} of {@code resource}'s
	 * text; none where there is nothing to propose.
	 */
	public List<Fix> fixes(XtextResource resource, int offset, String code) {
		if (code == null || resource.getParseResult() == null) {
			return List.of();
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if (leaf == null) {
			return List.of();
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return switch (code) {
			case Diagnostic.LINKING_DIAGNOSTIC -> closestNames(leaf);
			case FormatValidator.DUPLICATE_NAME -> rename(element);
			case FormatValidator.DUPLICATE_FORMAT -> renameFormat(EcoreUtil2.getContainerOfType(element, Format.class));
			case FormatValidator.REDUNDANT_VARIANT -> removeVariant(EcoreUtil2.getContainerOfType(element, Variant.class));
			default -> List.of();
		};
	}

	private List<Fix> closestNames(ILeafNode leaf) {
		INode node = leaf;
		while (node != null && !(node.getGrammarElement() instanceof CrossReference)) {
			node = node.getParent();
		}
		if (node == null) {
			return List.of();
		}
		CrossReference crossReference = (CrossReference) node.getGrammarElement();
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference);
		AbstractRule terminal = ((RuleCall) crossReference.getTerminal()).getRule();
		String written = values.toValue(NodeModelUtils.getTokenText(node), terminal.getName(), node).toString();
		LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
		INode at = node;
		List<String> names = StreamSupport.stream(scopes.getScope(owner, reference).getAllElements().spliterator(), false)
				.map(IEObjectDescription::getName)
				.map(QualifiedName::getLastSegment).distinct().filter(name -> !name.equals(written))
				.sorted(Comparator.<String>comparingInt(name -> distance.apply(written, name)).thenComparing(name -> name))
				.toList();
		// the names a slip of the pen away (up to half the name's characters, at least two); else the closest alone
		int near = Math.max(2, (written.length() + 1) / 2);
		List<String> offered = names.stream().filter(name -> distance.apply(written, name) <= near).limit(CLOSEST).toList();
		return (offered.isEmpty() ? names.stream().limit(1).toList() : offered).stream()
				.map(name -> new Fix(NLS.bind(FormatMessages.fixUseName, name),
						List.of(new Edit(at.getOffset(), at.getLength(), values.toString(name, terminal.getName())))))
				.toList();
	}

	/** A rule id, row or column name used twice: the first free name with a number after it. */
	private List<Fix> rename(EObject element) {
		Rule rule = EcoreUtil2.getContainerOfType(element, Rule.class);
		if (rule != null) {
			Format format = EcoreUtil2.getContainerOfType(rule, Format.class);
			Set<String> taken = new HashSet<>();
			EcoreUtil2.eAllOfType(format, Rule.class).forEach(r -> taken.add(r.getName()));
			return renamed(rule, LANGUAGE.getRule_Name(), free(rule.getName() + "-", taken), "RuleId");
		}
		Referable named = EcoreUtil2.getContainerOfType(element, Referable.class);
		Table table = EcoreUtil2.getContainerOfType(named, Table.class);
		if (table == null || named == null) {
			return List.of();
		}
		Set<String> taken = new HashSet<>();
		if (named instanceof RowNode) {
			TableStructure.allRowNodes(table).forEach(r -> taken.add(r.getName()));
		} else if (named instanceof ColumnNode) {
			TableStructure.allColumnNodes(table).forEach(c -> taken.add(c.getName()));
		}
		return renamed(named, LANGUAGE.getReferable_Name(), free(named.getName(), taken), "ID");
	}

	/** A format whose name another file defines: the first name with a number after it that none defines. */
	private List<Fix> renameFormat(Format format) {
		if (format == null || format.getName() == null) {
			return List.of();
		}
		Set<String> taken = new HashSet<>();
		index.getResourceDescriptions(format.eResource()).getExportedObjectsByType(LANGUAGE.getFormat())
				.forEach(d -> taken.add(d.getName().getLastSegment()));
		return renamed(format, LANGUAGE.getFormat_Name(), free(format.getName() + "-", taken), "STRING");
	}

	private List<Fix> removeVariant(Variant variant) {
		if (variant == null) {
			return List.of();
		}
		// with the white space before it, so that the line reads as if it had never been there
		INode node = NodeModelUtils.findActualNodeFor(variant);
		return List.of(new Fix(NLS.bind(FormatMessages.fixRemoveVariant, variant.getText()),
				List.of(new Edit(node.getTotalOffset(), node.getTotalLength(), ""))));
	}

	private List<Fix> renamed(EObject element, EStructuralFeature feature, String name, String rule) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return List.of();
		}
		INode node = nodes.getFirst();
		String text = "RuleId".equals(rule) ? name : values.toString(name, rule);
		return List.of(new Fix(NLS.bind(FormatMessages.fixRename, name), List.of(new Edit(node.getOffset(), node.getLength(), text))));
	}

	private static String free(String stem, Set<String> taken) {
		int n = 2;
		while (taken.contains(stem + n)) {
			n++;
		}
		return stem + n;
	}
}
