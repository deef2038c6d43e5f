// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist for format files without a language server: the proposals (keywords, and the
 * tables, rows, columns, parts and rules in scope) at a cursor position of a parsed document.
 * Editors built on JFace text call this.
 */
public class FormatContentAssist {

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private ExecutorService executor;

	@Inject
	private IdeContentProposalProvider proposals;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/**
	 * The proposals at {@code offset} of {@code text}, which {@code resource} holds parsed, best first.
	 */
	public List<ContentAssistEntry> proposals(XtextResource resource, String text, int offset) {
		if (offset < 0 || offset > text.length()) {
			return List.of();
		}
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(executor);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposals.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
