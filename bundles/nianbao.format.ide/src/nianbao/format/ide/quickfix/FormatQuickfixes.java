// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The {@link FormatFixes} as Xtext's quick fixes, which its Language Server offers as code actions. Each
 * fix is labelled with the name it proposes, so the fixes are listed per problem rather than declared per
 * issue code (as Xtext's declarative provider would).
 */
public class FormatQuickfixes implements IQuickFixProvider {

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;
	@Inject
	private FormatFixes fixes;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft() && FormatFixes.handles(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		if (!(options.getResource() instanceof XtextResource resource)) {
			return List.of();
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		for (FormatFixes.Fix fix : fixes.fixes(resource, offset, diagnostic.getCode().getLeft())) {
			acceptor.accept(fix.label(), (ITextModification) (problem, element, document) -> fix.edits().stream()
					.map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
							document.getPosition(edit.offset() + edit.length())), edit.text()))
					.toList());
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}
}
