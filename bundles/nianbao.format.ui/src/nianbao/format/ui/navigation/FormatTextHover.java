// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.problems.ProblemAnnotations;

/**
 * The hover of the format editor: the messages of the problems at the mouse, and what the symbol there
 * is (a reference's target or a declaration: kind, label or full name; a rule's message and basis).
 */
public final class FormatTextHover implements ITextHover {

	/** The end of a sentence that more text follows on the same line. */
	private static final Pattern SENTENCE_END = Pattern.compile("([。；])(?=[^\\n])");

	private final Supplier<FormatModel> model;

	/** A hover on the file {@code model} gives. */
	public FormatTextHover(Supplier<FormatModel> model) {
		this.model = model;
	}

	/** A problem annotation and where it is. */
	private record Marked(Annotation annotation, Position position) {
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		Optional<Symbol> symbol = symbol(viewer, offset);
		if (symbol.isPresent()) {
			return new Region(symbol.get().offset(), symbol.get().length());
		}
		return problems(viewer, offset, 0).stream().findFirst()
				.map(m -> (IRegion) new Region(m.position().getOffset(), m.position().getLength())).orElse(null);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>(problems(viewer, region.getOffset(), region.getLength()).stream()
				.map(m -> m.annotation().getText()).distinct().toList());
		// a sentence a line: the hover does not wrap a long description (a check's) to the editor's width
		symbol(viewer, region.getOffset()).ifPresent(s -> parts.add(SENTENCE_END.matcher(s.description()).replaceAll("$1\n")));
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	private Optional<Symbol> symbol(ITextViewer viewer, int offset) {
		FormatModel current = model.get();
		IDocument document = viewer.getDocument();
		if (current == null || document == null) {
			return Optional.empty();
		}
		String text = document.get();
		return current.read(text, resource -> Symbol.at(resource, offset));
	}

	/** The problems marked at the region (or at the offset, for an empty region). */
	private static List<Marked> problems(ITextViewer viewer, int offset, int length) {
		List<Marked> marked = new ArrayList<>();
		if (viewer instanceof ISourceViewer source && source.getAnnotationModel() != null) {
			IAnnotationModel annotations = source.getAnnotationModel();
			annotations.getAnnotationIterator().forEachRemaining(a -> {
				Position position = annotations.getPosition(a);
				if (ProblemAnnotations.TYPES.contains(a.getType()) && !a.isMarkedDeleted() && a.getText() != null
						&& position != null && !position.isDeleted()
						&& (length > 0 ? position.overlapsWith(offset, length) : position.includes(offset))) {
					marked.add(new Marked(a, position));
				}
			});
		}
		return marked;
	}
}
