// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The hover of the findings in a report's text and in its ruler: each finding's heading (rule, severity,
 * message) in bold, then its operands, figures and basis on lines of their own, wrapped at a width one
 * can read. The platform's hovers render their text as HTML, which runs the lines of a finding into one
 * paragraph and cuts it off.
 */
public final class FindingHover {

	/** At most this many average glyphs of the dialog font to a line; Chinese glyphs are twice as wide. */
	private static final int LINE_WIDTH = 90;

	private FindingHover() {
	}

	/** Whether an annotation is a finding, not the highlight of a shown finding's cells (named by their labels). */
	private static boolean isFinding(Annotation annotation) {
		return !ReportTextPage.TARGET.equals(annotation.getType()) && !ReportTextPage.OPERAND.equals(annotation.getType());
	}

	/** The hover over the report's text: every finding at the place pointed at, one after the other. */
	public static final class Text extends DefaultTextHover implements ITextHoverExtension {

		private final ISourceViewer viewer;

		public Text(ISourceViewer viewer) {
			super(viewer);
			this.viewer = viewer;
		}

		@Override
		public String getHoverInfo(ITextViewer textViewer, IRegion region) {
			IAnnotationModel model = viewer instanceof ISourceViewerExtension2 extension ? extension.getVisualAnnotationModel()
					: viewer.getAnnotationModel();
			if (model == null) {
				return null;
			}
			List<String> texts = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (position != null && position.overlapsWith(region.getOffset(), Math.max(1, region.getLength()))
						&& isIncluded(annotation) && annotation.getText() != null && !texts.contains(annotation.getText())) {
					texts.add(annotation.getText());
				}
			}
			return texts.isEmpty() ? null : String.join("\n\n", texts);
		}

		@Override
		protected boolean isIncluded(Annotation annotation) {
			return isFinding(annotation) && super.isIncluded(annotation);
		}

		@Override
		public IInformationControlCreator getHoverControlCreator() {
			return CONTROL;
		}
	}

	/** The hover over the ruler: the findings of the line, as the text's hover shows them. */
	public static final class Ruler extends DefaultAnnotationHover {

		public Ruler() {
			super(false);
		}

		@Override
		protected boolean isIncluded(Annotation annotation) {
			return isFinding(annotation) && super.isIncluded(annotation);
		}

		@Override
		protected String formatSingleMessage(String message) {
			return message;
		}

		@Override
		protected String formatMultipleMessages(@SuppressWarnings("rawtypes") List messages) {
			List<String> texts = new ArrayList<>();
			for (Object message : messages) {
				texts.add(String.valueOf(message));
			}
			return String.join("\n\n", texts);
		}
	}

	/** The hovers' control: the status line invites to F2, which opens it resizable and scrollable. */
	public static final IInformationControlCreator CONTROL = parent -> new Control(parent, EditorsUI.getTooltipAffordanceString());

	private static final IInformationControlCreator FOCUSED = parent -> new Control(parent, true);

	/** Plain text, a heading (a line that does not start with a space) in bold. */
	private static final class Control extends AbstractInformationControl implements IInformationControlExtension2 {

		private StyledText text;

		Control(Shell parent, String statusFieldText) {
			super(parent, statusFieldText);
			create();
		}

		Control(Shell parent, boolean resizable) {
			super(parent, resizable);
			create();
		}

		@Override
		protected void createContent(Composite parent) {
			text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
			text.setFont(JFaceResources.getDialogFont());
			text.setForeground(parent.getForeground());
			text.setBackground(parent.getBackground());
			text.setMargins(4, 2, 4, 2);
		}

		@Override
		public void setInformation(String information) {
			text.setText(information);
			List<StyleRange> headings = new ArrayList<>();
			int start = 0;
			for (String line : information.split("\n", -1)) {
				if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
					headings.add(new StyleRange(start, line.length(), null, null, SWT.BOLD));
				}
				start += line.length() + 1;
			}
			text.setStyleRanges(headings.toArray(StyleRange[]::new));
		}

		@Override
		public void setInput(Object input) {
			setInformation(String.valueOf(input));
		}

		@Override
		public boolean hasContents() {
			return text.getCharCount() > 0;
		}

		/** As wide as the longest line, at most {@link #LINE_WIDTH} glyphs (and the room the hover is given). */
		@Override
		public Point computeSizeHint() {
			GC gc = new GC(text);
			int glyph;
			try {
				glyph = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
			} finally {
				gc.dispose();
			}
			int width = LINE_WIDTH * glyph;
			Point constraints = getSizeConstraints();
			if (constraints != null) {
				width = Math.min(width, constraints.x);
			}
			Point natural = text.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
			Point size = text.computeSize(Math.min(natural.x, width), SWT.DEFAULT, true);
			// the shell's border and the status line below the text
			Rectangle trim = computeTrim();
			int height = size.y + trim.height;
			return new Point(size.x + trim.width, constraints == null ? height : Math.min(height, constraints.y));
		}

		@Override
		public IInformationControlCreator getInformationPresenterControlCreator() {
			return FOCUSED;
		}
	}
}
