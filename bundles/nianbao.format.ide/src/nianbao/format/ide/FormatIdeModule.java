// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

import nianbao.format.ide.contentassist.FormatCrossrefProposals;
import nianbao.format.ide.highlighting.FormatHighlighting;
import nianbao.format.ide.hover.FormatHover;
import nianbao.format.ide.quickfix.FormatQuickfixes;

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

	public Class<? extends IHoverService> bindIHoverService() {
		return FormatHover.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return FormatQuickfixes.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
