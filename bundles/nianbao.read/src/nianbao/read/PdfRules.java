// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The horizontal and vertical rules a PDF page draws: table borders, whether stroked as lines or filled
 * as thin rectangles, and the edges of filled cell backgrounds. It listens to the path operators of the
 * content stream the text stripper goes through, so that the page is parsed once for text and rules.
 */
final class PdfRules {

	/**
	 * A rule, in the coordinates of the page's text positions (points from the top left corner of the
	 * crop box): horizontal at y = {@code at} from x = {@code from} to {@code to}, or vertical at
	 * x = {@code at} from y = {@code from} to {@code to}.
	 */
	record Rule(boolean horizontal, double at, double from, double to) {

		/** Whether the rule reaches across this coordinate (x for a horizontal rule, y for a vertical one). */
		boolean spans(double coordinate) {
			return from - TOLERANCE <= coordinate && coordinate <= to + TOLERANCE;
		}
	}

	/** Points a rule may miss a cell's corner by. */
	static final double TOLERANCE = 1;
	/** Shorter segments are parts of glyphs, arrows or the short sides of thin rectangles. */
	private static final double MIN_LENGTH = 2;
	private static final double FLAT = 0.5;
	/**
	 * Segments kept for a page, painted or in the current path: a table has hundreds, a drawing may have
	 * many thousands, and a hostile page millions from a few kilobytes, which must not all be kept. Past
	 * this many the page's further lines are not taken for rules; its text is read all the same.
	 */
	private static final int MAX_SEGMENTS = 100_000;

	private final PDFStreamEngine engine;
	/** The painted segments of the page so far, each x1, y1, x2, y2 in page space. */
	private final List<double[]> painted = new ArrayList<>();
	/** The current path's segments. */
	private final List<double[]> path = new ArrayList<>();
	private Point2D current = new Point2D.Float();
	private Point2D subpathStart = new Point2D.Float();

	PdfRules(PDFStreamEngine engine) {
		this.engine = engine;
	}

	/** The processors of the path construction and painting operators, to add to the engine. */
	List<OperatorProcessor> operators() {
		return List.of(
				new Recorder("m", 2, a -> current = subpathStart = point(a[0], a[1])),
				new Recorder("l", 2, a -> lineTo(point(a[0], a[1]))),
				new Recorder("c", 6, a -> current = point(a[4], a[5])),
				new Recorder("v", 4, a -> current = point(a[2], a[3])),
				new Recorder("y", 4, a -> current = point(a[2], a[3])),
				new Recorder("re", 4, this::rectangle),
				new Recorder("h", 0, a -> closePath()),
				new Recorder("S", 0, a -> paint()),
				new Recorder("s", 0, a -> closeAndPaint()),
				new Recorder("f", 0, a -> paint()),
				new Recorder("F", 0, a -> paint()),
				new Recorder("f*", 0, a -> paint()),
				new Recorder("B", 0, a -> paint()),
				new Recorder("B*", 0, a -> paint()),
				new Recorder("b", 0, a -> closeAndPaint()),
				new Recorder("b*", 0, a -> closeAndPaint()),
				// a clipping path ends with n: not painted
				new Recorder("n", 0, a -> path.clear()));
	}

	/**
	 * The rules the page painted, and forgets them for the next page. None for a rotated page, whose text
	 * runs in another direction.
	 */
	List<Rule> take(PDRectangle crop, int rotation) {
		List<Rule> rules = new ArrayList<>();
		if (rotation % 360 == 0) {
			for (double[] s : painted) {
				double x1 = s[0] - crop.getLowerLeftX();
				double x2 = s[2] - crop.getLowerLeftX();
				double y1 = crop.getUpperRightY() - s[1];
				double y2 = crop.getUpperRightY() - s[3];
				if (Math.abs(y1 - y2) < FLAT && Math.abs(x1 - x2) >= MIN_LENGTH) {
					rules.add(new Rule(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
				} else if (Math.abs(x1 - x2) < FLAT && Math.abs(y1 - y2) >= MIN_LENGTH) {
					rules.add(new Rule(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
				}
			}
		}
		painted.clear();
		path.clear();
		return rules;
	}

	private Point2D point(float x, float y) {
		return engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
	}

	private void lineTo(Point2D to) {
		if (path.size() + painted.size() < MAX_SEGMENTS) {
			path.add(new double[] { current.getX(), current.getY(), to.getX(), to.getY() });
		}
		current = to;
	}

	private void rectangle(float[] a) {
		Point2D start = point(a[0], a[1]);
		current = subpathStart = start;
		lineTo(point(a[0] + a[2], a[1]));
		lineTo(point(a[0] + a[2], a[1] + a[3]));
		lineTo(point(a[0], a[1] + a[3]));
		lineTo(start);
	}

	private void closePath() {
		lineTo(subpathStart);
	}

	private void closeAndPaint() {
		closePath();
		paint();
	}

	private void paint() {
		painted.addAll(path);
		path.clear();
	}

	/** Calls back with an operator's numeric operands; an operator with too few or wrong ones is ignored. */
	private final class Recorder extends OperatorProcessor {

		private final String name;
		private final int operands;
		private final Consumer<float[]> action;

		Recorder(String name, int operands, Consumer<float[]> action) {
			super(engine);
			this.name = name;
			this.operands = operands;
			this.action = action;
		}

		@Override
		public void process(Operator operator, List<COSBase> arguments) {
			if (arguments.size() < operands) {
				return;
			}
			float[] values = new float[operands];
			for (int i = 0; i < operands; i++) {
				if (!(arguments.get(i) instanceof COSNumber number)) {
					return;
				}
				values[i] = number.floatValue();
			}
			action.accept(values);
		}

		@Override
		public String getName() {
			return name;
		}
	}
}
