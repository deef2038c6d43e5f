// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table grid of a page image: the ruling lines, the cells they enclose, and the page's ink as a
 * black-and-white image without the rules, which is what OCR reads best (characters touching a rule are
 * lost, and shaded header cells confuse Tesseract's thresholding).
 */
final class PageGrid {

	/** Grey levels below this are ink; cell shading (light grey) is not. */
	private static final int INK = 160;
	/** Grey levels above this are paper: the shading of header cells, and the paper's own grain. */
	private static final int SHADE = 200;
	/** The shortest horizontal rule, in inches: longer than any stroke or dash of a character. */
	private static final double MIN_HORIZONTAL = 0.3;
	/** The shortest vertical rule, in inches: the side of a one-line cell. */
	private static final double MIN_VERTICAL = 0.1;
	/** The thickest rule, in inches; thicker ink is a filled area. */
	private static final double MAX_THICKNESS = 0.05;
	/** The shortest vertical rule, in inches, that need not end at horizontal rules: taller than a character. */
	private static final double LONG_VERTICAL = 0.25;
	/** How far, in inches, a vertical rule's end may be from the horizontal rule it meets. */
	private static final double JOIN = 0.04;
	/** Gaps in a rule that scanning leaves, in pixels. */
	private static final int GAP = 2;
	/** The block of pixels, in pixels, by which cells are found (a coarse grid is enough and fast). */
	private static final int BLOCK = 4;

	final int width;
	final int height;
	private final boolean[] ink;
	/** The grey level of each pixel, which Tesseract thresholds better than a fixed level does. */
	private final byte[] grey;
	private final List<Stroke> strokes;
	/** The pixels of the rules, found when first needed. */
	private boolean[] rulePixels;
	final List<OcrWord.Box> cells;

	/** A rule as drawn: its centre line, and how thick the ink is. */
	private record Stroke(OcrPage.Rule rule, int thickness) {
	}

	private PageGrid(int width, int height, byte[] grey, boolean[] ink, List<Stroke> strokes, List<OcrWord.Box> cells) {
		this.width = width;
		this.height = height;
		this.grey = grey;
		this.ink = ink;
		this.strokes = strokes;
		this.cells = cells;
	}

	List<OcrPage.Rule> rules() {
		return strokes.stream().map(Stroke::rule).toList();
	}

	static PageGrid of(BufferedImage image, double dpi) {
		int width = image.getWidth();
		int height = image.getHeight();
		byte[] grey = greyLevels(image);
		boolean[] ink = new boolean[width * height];
		for (int i = 0; i < grey.length; i++) {
			ink[i] = (grey[i] & 0xff) < INK;
		}
		int thickness = Math.max(3, (int) Math.round(MAX_THICKNESS * dpi));
		List<Stroke> horizontal = runs(ink, width, height, true, (int) Math.round(MIN_HORIZONTAL * dpi), thickness);
		List<Stroke> vertical = runs(ink, width, height, false, (int) Math.round(MIN_VERTICAL * dpi), thickness);
		int join = (int) Math.round(JOIN * dpi);
		List<Stroke> strokes = new ArrayList<>(horizontal);
		// a vertical stroke is a rule where it runs from one horizontal rule to another, or where it is
		// longer than a character and crosses one (a table cut by the page's edge has no closing rule)
		List<Stroke> sides = vertical.stream().filter(v -> meets(v.rule().from(), v.rule().at(), horizontal, join)
				&& meets(v.rule().to(), v.rule().at(), horizontal, join)
				|| v.rule().to() - v.rule().from() >= LONG_VERTICAL * dpi && crosses(v.rule(), horizontal, join)).toList();
		strokes.addAll(sides);
		strokes.addAll(edges(sides, horizontal, join, true));
		strokes.addAll(edges(sides, horizontal, join, false));
		return new PageGrid(width, height, grey, ink, List.copyOf(strokes),
				cells(width, height, strokes.stream().map(Stroke::rule).toList()));
	}

	/**
	 * The grey level of every pixel as printed. A grey image's samples are taken as they are: Java
	 * treats its grey as linear light and {@code getRGB} brightens the greys into sRGB, which thins
	 * the strokes of a scan and lightens a shaded header into paper.
	 */
	private static byte[] greyLevels(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		byte[] grey = new byte[width * height];
		if (image.getRaster().getNumBands() == 1 && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
			int shift = image.getColorModel().getComponentSize(0) - 8;
			int[] samples = image.getRaster().getSamples(0, 0, width, height, 0, (int[]) null);
			for (int i = 0; i < samples.length; i++) {
				grey[i] = (byte) (shift >= 0 ? samples[i] >> shift : samples[i] * 255 / ((1 << (8 + shift)) - 1));
			}
			return grey;
		}
		int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
		for (int i = 0; i < rgb.length; i++) {
			int p = rgb[i];
			// a transparent pixel is paper
			grey[i] = (byte) ((p >>> 24) < 0x80 ? 0xff : (299 * (p >> 16 & 0xff) + 587 * (p >> 8 & 0xff) + 114 * (p & 0xff)) / 1000);
		}
		return grey;
	}

	private static boolean crosses(OcrPage.Rule v, List<Stroke> horizontal, int join) {
		return horizontal.stream().map(Stroke::rule).anyMatch(h -> h.from() - join <= v.at() && v.at() <= h.to() + join
				&& v.from() - join <= h.at() && h.at() <= v.to() + join);
	}

	/**
	 * The edge a table cut by the end of the page leaves open: where two or more vertical rules end at
	 * the same height without meeting a horizontal rule, a rule across their ends closes the last cells.
	 */
	private static List<Stroke> edges(List<Stroke> sides, List<Stroke> horizontal, int join, boolean top) {
		List<OcrPage.Rule> open = sides.stream().map(Stroke::rule)
				.filter(v -> !meets(top ? v.from() : v.to(), v.at(), horizontal, join)).toList();
		List<Stroke> edges = new ArrayList<>();
		List<OcrPage.Rule> left = new ArrayList<>(open);
		while (!left.isEmpty()) {
			OcrPage.Rule first = left.getFirst();
			int end = top ? first.from() : first.to();
			List<OcrPage.Rule> together = left.stream().filter(v -> Math.abs((top ? v.from() : v.to()) - end) <= join).toList();
			left.removeAll(together);
			if (together.size() >= 2) {
				int from = together.stream().mapToInt(OcrPage.Rule::at).min().orElseThrow();
				int to = together.stream().mapToInt(OcrPage.Rule::at).max().orElseThrow();
				edges.add(new Stroke(new OcrPage.Rule(true, end, from, to), 0));
			}
		}
		return edges;
	}

	private static boolean meets(int y, int x, List<Stroke> horizontal, int join) {
		return horizontal.stream().map(Stroke::rule)
				.anyMatch(h -> Math.abs(h.at() - y) <= join && h.from() - join <= x && x <= h.to() + join);
	}

	/**
	 * Straight runs of ink at least {@code min} long, merged over neighbouring pixel rows (or columns)
	 * into rules no thicker than {@code thickness}.
	 */
	private static List<Stroke> runs(boolean[] ink, int width, int height, boolean horizontal, int min, int thickness) {
		int lines = horizontal ? height : width;
		int length = horizontal ? width : height;
		record Open(int first, int last, int from, int to) {
		}
		List<Stroke> rules = new ArrayList<>();
		List<Open> open = new ArrayList<>();
		for (int line = 0; line <= lines; line++) {
			List<int[]> found = new ArrayList<>();
			if (line < lines) {
				int start = -1;
				int lastInk = -1;
				for (int i = 0; i < length; i++) {
					boolean dark = horizontal ? ink[line * width + i] : ink[i * width + line];
					if (dark) {
						if (start < 0 || i - lastInk > GAP + 1) {
							if (start >= 0 && lastInk - start + 1 >= min) {
								found.add(new int[] { start, lastInk });
							}
							start = i;
						}
						lastInk = i;
					}
				}
				if (start >= 0 && lastInk - start + 1 >= min) {
					found.add(new int[] { start, lastInk });
				}
			}
			List<Open> next = new ArrayList<>();
			for (int[] run : found) {
				Open merged = null;
				for (Open o : open) {
					if (o.last() == line - 1 && o.from() < run[1] && run[0] < o.to()) {
						merged = o;
						break;
					}
				}
				if (merged != null) {
					open.remove(merged);
					next.add(new Open(merged.first(), line, Math.min(merged.from(), run[0]), Math.max(merged.to(), run[1])));
				} else {
					next.add(new Open(line, line, run[0], run[1]));
				}
			}
			for (Open o : open) {
				if (o.last() - o.first() + 1 <= thickness) {
					rules.add(new Stroke(new OcrPage.Rule(horizontal, (o.first() + o.last()) / 2, o.from(), o.to()),
							o.last() - o.first() + 1));
				}
			}
			open = next;
		}
		return rules;
	}

	/**
	 * The areas the rules enclose, found as regions of a coarse grid that the rules wall in and that do
	 * not reach the edge of the page.
	 */
	private static List<OcrWord.Box> cells(int width, int height, List<OcrPage.Rule> rules) {
		int w = (width + BLOCK - 1) / BLOCK;
		int h = (height + BLOCK - 1) / BLOCK;
		boolean[] wall = new boolean[w * h];
		for (OcrPage.Rule rule : rules) {
			for (int i = rule.from() / BLOCK; i <= rule.to() / BLOCK; i++) {
				int x = rule.horizontal() ? i : rule.at() / BLOCK;
				int y = rule.horizontal() ? rule.at() / BLOCK : i;
				if (x < w && y < h) {
					wall[y * w + x] = true;
				}
			}
		}
		int[] region = new int[w * h];
		List<OcrWord.Box> cells = new ArrayList<>();
		int next = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int start = 0; start < region.length; start++) {
			if (wall[start] || region[start] != 0) {
				continue;
			}
			next++;
			region[start] = next;
			queue.add(start);
			int left = w;
			int top = h;
			int right = 0;
			int bottom = 0;
			boolean edge = false;
			while (!queue.isEmpty()) {
				int p = queue.poll();
				int x = p % w;
				int y = p / w;
				left = Math.min(left, x);
				right = Math.max(right, x);
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
				int[] neighbours = { x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1 };
				for (int n : neighbours) {
					if (n >= 0 && !wall[n] && region[n] == 0) {
						region[n] = next;
						queue.add(n);
					}
				}
			}
			if (!edge) {
				cells.add(new OcrWord.Box(left * BLOCK, top * BLOCK, (right + 1) * BLOCK, (bottom + 1) * BLOCK));
			}
		}
		return cells;
	}

	/** The page in grey without the rules. */
	BufferedImage clean() {
		BufferedImage image = paper(width, height);
		draw(new OcrWord.Box(0, 0, width, height), image, 0, 0);
		return image;
	}

	/** A white grey image. */
	static BufferedImage paper(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Arrays.fill(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), (byte) 0xff);
		return image;
	}

	/** The box around the ink inside a cell, rules left out, or null if the cell is empty. */
	OcrWord.Box inkIn(OcrWord.Box cell) {
		boolean[] rules = rulePixels();
		int left = Integer.MAX_VALUE;
		int top = Integer.MAX_VALUE;
		int right = -1;
		int bottom = -1;
		for (int y = Math.max(0, cell.top()); y < Math.min(height, cell.bottom()); y++) {
			for (int x = Math.max(0, cell.left()); x < Math.min(width, cell.right()); x++) {
				if (ink[y * width + x] && !rules[y * width + x]) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		return right < 0 ? null : new OcrWord.Box(left, top, right + 1, bottom + 1);
	}

	/** How many lines of ink a box holds: bands of rows with ink, apart by rows without. */
	int lines(OcrWord.Box box) {
		boolean[] rules = rulePixels();
		int lines = 0;
		boolean inLine = false;
		for (int y = box.top(); y < box.bottom(); y++) {
			boolean inked = false;
			for (int x = box.left(); x < box.right() && !inked; x++) {
				inked = ink[y * width + x] && !rules[y * width + x];
			}
			if (inked && !inLine) {
				lines++;
			}
			inLine = inked;
		}
		return lines;
	}

	/**
	 * Draws a box of the page in grey into a grey image at a place, with the rules and what is lighter
	 * than ink (cell shading) as paper.
	 */
	void draw(OcrWord.Box box, BufferedImage target, int atX, int atY) {
		boolean[] rules = rulePixels();
		for (int y = box.top(); y < box.bottom(); y++) {
			for (int x = box.left(); x < box.right(); x++) {
				int i = y * width + x;
				int level = rules[i] || (grey[i] & 0xff) > SHADE ? 0xff : grey[i] & 0xff;
				if (level < 0xff) {
					target.getRaster().setSample(atX + x - box.left(), atY + y - box.top(), 0, level);
				}
			}
		}
	}

	private boolean[] rulePixels() {
		if (rulePixels != null) {
			return rulePixels;
		}
		boolean[] rules = new boolean[ink.length];
		for (Stroke stroke : strokes) {
			OcrPage.Rule rule = stroke.rule();
			// a closing edge has no ink
			if (stroke.thickness() == 0) {
				continue;
			}
			// the ink of the rule and a pixel either side, where scanning blurs it
			int half = stroke.thickness() / 2 + 1;
			for (int i = Math.max(0, rule.from() - 1); i <= Math.min(rule.to() + 1, (rule.horizontal() ? width : height) - 1); i++) {
				for (int d = -half; d <= half; d++) {
					int x = rule.horizontal() ? i : rule.at() + d;
					int y = rule.horizontal() ? rule.at() + d : i;
					if (x >= 0 && y >= 0 && x < width && y < height) {
						rules[y * width + x] = true;
					}
				}
			}
		}
		rulePixels = rules;
		return rules;
	}
}
