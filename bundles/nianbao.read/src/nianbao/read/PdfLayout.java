// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the lines of one PDF page from its glyphs' positions.
 *
 * <p>Inside a ruled table (glyphs enclosed by rules on four sides) the rules decide: the glyphs of one
 * cell make one cell, however many lines its text wraps over, and cells whose top edges meet make one
 * row, printed at the top of the row. So a cell merged over several rows (a vertical
 * "三、本年度办理结果") is printed once, in its first row, and a row's values stay with its label even
 * where the label wraps above and below them.
 *
 * <p>Other glyphs make lines by their vertical extent; a line is cut into cells at wide gaps, which
 * recovers the columns of a table drawn without rules.
 */
final class PdfLayout {

	/**
	 * A glyph: its box (points from the top left of the page) and its text; for a word read by OCR,
	 * how sure OCR was (0 to 100), else {@link #PRINTED}.
	 */
	record Glyph(double left, double top, double right, double bottom, double size, String text, double confidence) {

		/** The confidence of a glyph of the page's text layer. */
		static final double PRINTED = Double.NaN;

		double centerX() {
			return (left + right) / 2;
		}

		double centerY() {
			return (top + bottom) / 2;
		}
	}

	/** A box around glyphs. */
	record Box(double left, double top, double right, double bottom) {

		Box union(Box other) {
			return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
					Math.max(bottom, other.bottom));
		}

		static Box around(List<Glyph> glyphs) {
			// a loop, not a stream of a box per glyph: it runs for every cell and line of every page
			Glyph first = glyphs.getFirst();
			double left = first.left();
			double top = first.top();
			double right = first.right();
			double bottom = first.bottom();
			for (Glyph glyph : glyphs) {
				left = Math.min(left, glyph.left());
				top = Math.min(top, glyph.top());
				right = Math.max(right, glyph.right());
				bottom = Math.max(bottom, glyph.bottom());
			}
			return new Box(left, top, right, bottom);
		}
	}

	/**
	 * A printed cell, with the words of its text read by OCR.
	 */
	record Cell(String text, Box box, List<Span> recognised) {
	}

	/** Characters {@code [start, start + length)} of a cell's text read by OCR with a confidence. */
	record Span(int start, int length, double confidence) {
	}

	/**
	 * A line of the page: a row of a ruled table, or a line of other text with its cells.
	 *
	 * @param ruled whether the line is a row of a ruled table
	 */
	record Line(List<Cell> cells, boolean ruled, Box box) {

		/** The line's text, cells separated by spaces. */
		String text() {
			return String.join(" ", cells.stream().map(Cell::text).toList());
		}
	}

	/** Gap between glyphs, in ems of the font size, from which a space is printed. */
	private static final double SPACE = 0.25;
	/** Gap between glyphs, in ems, that separates the cells of a line outside ruled tables. */
	private static final double COLUMN = 1.0;
	/** Points by which the top edges of one row's cells may differ (a rule drawn as a thin rectangle). */
	private static final double SAME_ROW = 2;

	private PdfLayout() {
	}

	/** The lines of a page, top to bottom. */
	static List<Line> lines(List<Glyph> glyphs, List<PdfRules.Rule> rules) {
		Map<Box, List<Glyph>> cells = new LinkedHashMap<>();
		List<Glyph> free = new ArrayList<>();
		Ruling horizontal = new Ruling(rules, true);
		Ruling vertical = new Ruling(rules, false);
		for (Glyph glyph : glyphs) {
			Box cell = rules.isEmpty() ? null : cellAround(glyph, horizontal, vertical);
			if (cell == null) {
				free.add(glyph);
			} else {
				cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(glyph);
			}
		}
		Set<Box> frames = frames(cells.keySet());
		for (Box box : List.copyOf(cells.keySet())) {
			if (frames.contains(box)) {
				free.addAll(cells.remove(box));
			}
		}
		List<Line> lines = new ArrayList<>(rows(cells));
		for (List<Glyph> line : byLine(free)) {
			List<Cell> printed = split(line).stream().map(PdfLayout::cell).toList();
			lines.add(new Line(printed, false, Box.around(line)));
		}
		lines.sort(Comparator.comparingDouble(l -> l.box().top()));
		return lines;
	}

	/** The box of rules around a glyph's centre, or null if a side has none. */
	private static Box cellAround(Glyph glyph, Ruling horizontal, Ruling vertical) {
		double x = glyph.centerX();
		double y = glyph.centerY();
		double top = horizontal.before(y, x);
		double bottom = horizontal.after(y, x);
		double left = vertical.before(x, y);
		double right = vertical.after(x, y);
		boolean closed = top > Double.NEGATIVE_INFINITY && bottom < Double.POSITIVE_INFINITY
				&& left > Double.NEGATIVE_INFINITY && right < Double.POSITIVE_INFINITY;
		return closed ? new Box(left, top, right, bottom) : null;
	}

	/**
	 * A page's rules of one direction in the order of where they stand, so that the nearest rule on either
	 * side of a glyph is found by looking at the few next to it rather than at every rule of the page
	 * (a table has hundreds, and a page a thousand glyphs).
	 */
	private static final class Ruling {

		private final PdfRules.Rule[] rules;

		Ruling(List<PdfRules.Rule> rules, boolean horizontal) {
			// Double.compare puts -0.0 before 0.0, as Math.max and Math.min rank them
			this.rules = rules.stream().filter(r -> r.horizontal() == horizontal)
					.sorted((a, b) -> Double.compare(a.at(), b.at())).toArray(PdfRules.Rule[]::new);
		}

		/** Where the last rule at or before {@code at} that spans {@code across} stands, or -infinity. */
		double before(double at, double across) {
			for (int i = firstAfter(at) - 1; i >= 0; i--) {
				if (rules[i].spans(across)) {
					return rules[i].at();
				}
			}
			return Double.NEGATIVE_INFINITY;
		}

		/** Where the first rule after {@code at} that spans {@code across} stands, or +infinity. */
		double after(double at, double across) {
			for (int i = firstAfter(at); i < rules.length; i++) {
				if (rules[i].spans(across)) {
					return rules[i].at();
				}
			}
			return Double.POSITIVE_INFINITY;
		}

		/** The index of the first rule standing after {@code at}. */
		private int firstAfter(double at) {
			int low = 0;
			int high = rules.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (rules[middle].at() <= at) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}

	/**
	 * The ruled boxes with no box beside them: frames around text, not table cells. Sorted by their top
	 * edges, the boxes of a box's row come next to it and are looked at first.
	 */
	private static Set<Box> frames(Collection<Box> boxes) {
		List<Box> sorted = boxes.stream().sorted(Comparator.comparingDouble(Box::top)).toList();
		Set<Box> frames = new HashSet<>();
		for (int b = 0; b < sorted.size(); b++) {
			if (alone(sorted, b)) {
				frames.add(sorted.get(b));
			}
		}
		return frames;
	}

	/** Whether no other box stands beside box {@code b} of boxes sorted by their top edges. */
	private static boolean alone(List<Box> sorted, int b) {
		Box box = sorted.get(b);
		// the boxes after it that start above its bottom edge, then all before it (the tall ones reach down)
		for (int i = b + 1; i < sorted.size() && sorted.get(i).top() < box.bottom(); i++) {
			if (besides(box, sorted.get(i))) {
				return false;
			}
		}
		for (int i = b - 1; i >= 0; i--) {
			if (besides(box, sorted.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Whether two boxes stand side by side, as cells of one row do (the cells between may be empty). */
	private static boolean besides(Box a, Box b) {
		boolean apart = a.right() <= b.left() + SAME_ROW || b.right() <= a.left() + SAME_ROW;
		return a != b && apart && a.top() < b.bottom() && b.top() < a.bottom();
	}

	/** The ruled cells as rows: cells whose top edges meet, left to right. */
	private static List<Line> rows(Map<Box, List<Glyph>> cells) {
		List<Box> boxes = cells.keySet().stream().sorted(Comparator.comparingDouble(Box::top)).toList();
		List<Line> rows = new ArrayList<>();
		List<Box> row = new ArrayList<>();
		for (Box box : boxes) {
			if (!row.isEmpty() && box.top() - row.getFirst().top() > SAME_ROW) {
				rows.add(row(row, cells));
				row.clear();
			}
			row.add(box);
		}
		if (!row.isEmpty()) {
			rows.add(row(row, cells));
		}
		return rows;
	}

	private static Line row(List<Box> boxes, Map<Box, List<Glyph>> cells) {
		List<Cell> printed = boxes.stream().sorted(Comparator.comparingDouble(Box::left)).map(cells::get).map(PdfLayout::cell)
				.toList();
		return new Line(printed, true, printed.stream().map(Cell::box).reduce(Box::union).orElseThrow());
	}

	/**
	 * Glyphs in lines, top to bottom: a glyph joins the line whose vertical extent it overlaps by at
	 * least half its height.
	 */
	private static List<List<Glyph>> byLine(List<Glyph> glyphs) {
		List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::bottom)).toList();
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		double top = 0;
		double bottom = 0;
		for (Glyph glyph : sorted) {
			double overlap = Math.min(bottom, glyph.bottom()) - Math.max(top, glyph.top());
			if (!line.isEmpty() && overlap < 0.5 * Math.min(bottom - top, glyph.bottom() - glyph.top())) {
				lines.add(line);
				line = new ArrayList<>();
			}
			if (line.isEmpty()) {
				top = glyph.top();
				bottom = glyph.bottom();
			} else {
				top = Math.min(top, glyph.top());
				bottom = Math.max(bottom, glyph.bottom());
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::left)));
		return lines;
	}

	/** A line's glyphs (left to right) cut into cells at gaps of at least {@link #COLUMN} ems. */
	private static List<List<Glyph>> split(List<Glyph> line) {
		List<List<Glyph>> cells = new ArrayList<>();
		List<Glyph> cell = new ArrayList<>();
		for (Glyph glyph : line) {
			if (!cell.isEmpty() && gap(cell.getLast(), glyph) >= COLUMN) {
				cells.add(cell);
				cell = new ArrayList<>();
			}
			cell.add(glyph);
		}
		cells.add(cell);
		return cells;
	}

	/**
	 * The cell of glyphs that belong together: its text line by line, with a space where glyphs stand
	 * apart; wrapped lines join without a space between Chinese characters, with one otherwise.
	 */
	private static Cell cell(List<Glyph> glyphs) {
		List<Span> recognised = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (List<Glyph> line : byLine(glyphs)) {
			if (!text.isEmpty() && !(isWide(text.codePointBefore(text.length())) && isWide(line.getFirst().text().codePointAt(0)))) {
				text.append(' ');
			}
			Glyph previous = null;
			for (Glyph glyph : line) {
				if (previous != null && gap(previous, glyph) >= SPACE) {
					text.append(' ');
				}
				if (!Double.isNaN(glyph.confidence())) {
					recognised.add(new Span(text.length(), glyph.text().length(), glyph.confidence()));
				}
				text.append(glyph.text());
				previous = glyph;
			}
		}
		return new Cell(text.toString(), Box.around(glyphs), List.copyOf(recognised));
	}

	/** The horizontal gap between two glyphs, in ems of the larger one. */
	private static double gap(Glyph left, Glyph right) {
		return (right.left() - left.right()) / Math.max(Math.max(left.size(), right.size()), 1);
	}

	/** Chinese characters and full-width punctuation, which run on without spaces. */
	private static boolean isWide(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
				|| codePoint >= 0x3000 && codePoint < 0x3040 || codePoint >= 0xFF00 && codePoint < 0xFFF0;
	}
}
