// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.contentassist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;

import nianbao.format.language.LoopVariable;
import nianbao.format.ide.contentassist.FormatContentAssist;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.model.FormatModel;

/**
 * Content assist (Ctrl+Space, and by itself after {@code [} and {@code .}): the keywords that may follow,
 * and the tables, rows, columns, loop variables, parts and rules in scope, from
 * {@link FormatContentAssist} on the document parsed as it is now.
 */
public final class FormatCompletionProcessor implements IContentAssistProcessor {

	private final Supplier<FormatModel> model;
	private final FormatContentAssist assist = FormatUi.injector().getInstance(FormatContentAssist.class);

	/** Proposals in the file {@code model} gives. */
	public FormatCompletionProcessor(Supplier<FormatModel> model) {
		this.model = model;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		FormatModel current = model.get();
		IDocument document = viewer.getDocument();
		if (current == null || document == null) {
			return new ICompletionProposal[0];
		}
		String text = document.get();
		// the entries refer to the model's objects: rank them while the model may be read
		List<ContentAssistEntry> entries = current.read(text, resource -> assist.proposals(resource, text, offset).stream()
				.filter(FormatCompletionProcessor::worthProposing).sorted(Comparator.comparingLong(FormatCompletionProcessor::rank))
				.toList());
		// the same name can come from several parser states: keep the first
		Map<String, FormatProposal> proposals = new LinkedHashMap<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
			proposals.putIfAbsent(entry.getProposal(), new FormatProposal(entry.getProposal(), prefix, offset - prefix.length(),
					display, entry.getDescription()));
		}
		return proposals.values().toArray(ICompletionProposal[]::new);
	}

	/**
	 * Where a proposal goes in the list: the loop variable first (a loop's rule names it in every cell),
	 * then names in the order the file declares them (a table's rows and columns as printed), then keywords
	 * (the sort is stable: keywords keep the order they came in).
	 */
	private static long rank(ContentAssistEntry entry) {
		if (entry.getSource() instanceof IEObjectDescription description) {
			EObject element = description.getEObjectOrProxy();
			if (element instanceof LoopVariable) {
				return 0;
			}
			INode node = element == null || element.eIsProxy() ? null : NodeModelUtils.getNode(element);
			return 1L + (node == null ? Integer.MAX_VALUE : node.getOffset());
		}
		return 2L + Integer.MAX_VALUE;
	}

	/** Keywords made of letters, and every name; punctuation ({@code [ ] ..}) is quicker typed than chosen. */
	private static boolean worthProposing(ContentAssistEntry entry) {
		String proposal = entry.getProposal();
		return proposal != null && !proposal.isBlank() && (!ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())
				|| proposal.codePoints().anyMatch(Character::isLetter));
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '[', '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
