// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import nianbao.format.ide.contentassist.FormatCrossrefProposals;
import nianbao.format.ide.highlighting.FormatHighlighting;

/**
 * Guice bindings of the format language's IDE services, in addition to the generated ones.
 */
public class FormatIdeModule extends AbstractFormatIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return FormatCrossrefProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return FormatHighlighting.class;
	}
}
