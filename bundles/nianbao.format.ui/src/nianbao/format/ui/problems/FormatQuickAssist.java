// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import nianbao.format.ide.quickfix.FormatFixes;
import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.model.Problem;

/**
 * Ctrl+1 in the format editor: the {@link FormatFixes} of the problems at the caret, the same fixes that
 * the Language Server offers as code actions. A fix is applied as one change, which one undo takes back.
 */
public final class FormatQuickAssist implements IQuickAssistProcessor {

	private final Supplier<FormatModel> model;
	private final Consumer<List<FormatFixes.Edit>> apply;

	/**
	 * @param model the editor's model of the file
	 * @param apply makes edits of the document as one undoable change
	 */
	public FormatQuickAssist(Supplier<FormatModel> model, Consumer<List<FormatFixes.Edit>> apply) {
		this.model = model;
		this.apply = apply;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotations.ProblemAnnotation problem && !problem.isMarkedDeleted()
				&& FormatFixes.handles(problem.problem().code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		FormatModel current = model.get();
		IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
		if (current == null || annotations == null) {
			return new ICompletionProposal[0];
		}
		String text = context.getSourceViewer().getDocument().get();
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		annotations.getAnnotationIterator().forEachRemaining(annotation -> {
			Position at = annotations.getPosition(annotation);
			if (canFix(annotation) && at != null && at.getOffset() <= offset && offset <= at.getOffset() + at.getLength()) {
				// where the problem is now: the text may have moved since it was found
				Problem found = ((ProblemAnnotations.ProblemAnnotation) annotation).problem();
				Problem problem = new Problem(found.severity(), found.message(), at.getOffset(), at.getLength(), found.code());
				current.fixes(text, problem).forEach(fix -> proposals.add(new FixProposal(fix)));
			}
		});
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A fix as the quick assist lists it. */
	private final class FixProposal implements ICompletionProposal {

		private final FormatFixes.Fix fix;

		FixProposal(FormatFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			apply.accept(fix.edits());
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
