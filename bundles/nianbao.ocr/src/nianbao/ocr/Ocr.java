// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a page image with Tesseract. The whole page is read in Chinese with the table rules taken out,
 * for its free text and to tell the table's cells of text from its numeric cells, in which nothing
 * Chinese was found. Then every cell is read again on its own: cells of text in Chinese, numeric cells
 * with nothing but digits allowed. Read as Chinese, a column of zeros comes out as {@code oo},
 * {@code PP} or nothing, while with the digit whitelist the same cells read clean.
 */
public final class Ocr {

	/** The characters of a numeric cell. */
	private static final String DIGITS = "0123456789.-";
	/** The confidence from which a Chinese word in a cell makes it a cell of text. */
	private static final double SURE = 50;
	/** The part of a cell's ink width that its reading as digits must cover. */
	private static final double COVERED = 0.6;
	/** How many times higher a line must be to make a line over it a second reading. */
	private static final double PHANTOM = 1.3;
	/** The settings numeric cells are read in, in turn: page segmentation mode and enlargement (0: to size). */
	private static final int[][] DIGIT_SETTINGS = { { Tesseract.LINE, 0 }, { Tesseract.WORD, 1 }, { Tesseract.RAW, 1 },
			{ Tesseract.WORD, 2 } };
	/** The height, in pixels, to which smaller print is enlarged for Tesseract. */
	private static final int SMALLEST_PRINT = 24;
	/**
	 * The least resolution a page is read at as it is: at 150 dpi Tesseract reads the body text of a
	 * report as nonsense and misses most of a table's labels; the page enlarged to {@link #READ_DPI}
	 * reads almost like a scan at that resolution.
	 */
	private static final double LEAST_DPI = 190;
	/** The resolution a page of lower resolution is enlarged to. */
	private static final double READ_DPI = 300;
	/** A ruled area larger than this part of the page is a frame around text, not a table cell. */
	private static final double LARGEST_CELL = 0.25;

	private Ocr() {
	}

	/** Why OCR cannot run here (Tesseract or its Chinese data not installed), or empty if it can. */
	public static Optional<String> unavailable() {
		return Tesseract.availability() instanceof Tesseract.Availability.Missing missing ? Optional.of(missing.reason())
				: Optional.empty();
	}

	/**
	 * Reads a page image.
	 *
	 * @param dpi the image's resolution
	 * @param timeout the longest either pass may take
	 * @throws OcrException if OCR is not available or fails on this image
	 */
	public static OcrPage read(BufferedImage image, double dpi, Duration timeout) throws OcrException {
		if (!(Tesseract.availability() instanceof Tesseract.Availability.Installed installed)) {
			throw new OcrException(unavailable().orElseThrow());
		}
		Tesseract tesseract = installed.tesseract();
		if (dpi < LEAST_DPI) {
			return read(enlarged(image, READ_DPI / dpi), READ_DPI, timeout);
		}
		PageGrid grid = PageGrid.of(image, dpi);
		List<OcrWord> page = distinct(tesseract.recognise(grid.clean(), "chi_sim", timeout));
		double area = (double) grid.width * grid.height;
		List<OcrWord.Box> cells = grid.cells.stream()
				.filter(cell -> (double) (cell.right() - cell.left()) * (cell.bottom() - cell.top()) < LARGEST_CELL * area).toList();
		// a misread number may come out as a Chinese character, but not with confidence
		List<OcrWord.Box> numeric = cells.stream()
				.filter(cell -> page.stream().noneMatch(w -> inside(w, cell) && w.confidence() >= SURE && hasChinese(w.text())))
				.toList();
		List<OcrWord.Box> text = cells.stream().filter(cell -> !numeric.contains(cell)).toList();
		// a word read across several cells has its centre on a rule between them
		List<OcrWord> words = new ArrayList<>(page.stream().filter(w -> cells.stream().noneMatch(c -> overlaps(w, c))).toList());
		// a cell that the first pass took wrongly is read again the other way: a number the page's
		// reading made Chinese of, a label it missed
		Map<OcrWord.Box, List<OcrWord>> asDigits = digits(tesseract, grid, numeric, timeout);
		List<OcrWord.Box> textual = new ArrayList<>(text);
		asDigits.forEach((cell, read) -> {
			if (read.stream().noneMatch(w -> w.confidence() >= SURE) || !covers(read, grid.inkIn(cell), grid)) {
				textual.add(cell);
			} else {
				words.addAll(read);
			}
		});
		Map<OcrWord.Box, List<OcrWord>> asText = cellByCell(tesseract, grid, textual, "chi_sim", null, Tesseract.BLOCK, 0, timeout);
		List<OcrWord.Box> unread = new ArrayList<>();
		List<OcrWord.Box> lone = new ArrayList<>();
		asText.forEach((cell, read) -> {
			if (read.size() == 1 && read.getFirst().text().codePointCount(0, read.getFirst().text().length()) == 1
					&& hasChinese(read.getFirst().text()) && !asDigits.containsKey(cell)) {
				lone.add(cell); // a lone character: a 7 that the page's reading made 了
			} else if (read.stream().anyMatch(w -> hasChinese(w.text()))) {
				words.addAll(read);
			} else if (asDigits.containsKey(cell) && covers(asDigits.get(cell), grid.inkIn(cell), grid)) {
				words.addAll(asDigits.get(cell)); // a number read with little confidence is still a number
			} else {
				unread.add(cell);
			}
		});
		Map<OcrWord.Box, List<OcrWord>> single = digits(tesseract, grid, lone, timeout);
		for (OcrWord.Box cell : lone) {
			OcrWord character = asText.get(cell).getFirst();
			List<OcrWord> read = single.getOrDefault(cell, List.of());
			boolean surer = read.stream().allMatch(w -> w.confidence() > character.confidence());
			words.addAll(!read.isEmpty() && surer && covers(read, grid.inkIn(cell), grid) ? read : List.of(character));
		}
		Map<OcrWord.Box, List<OcrWord>> again = digits(tesseract, grid, unread, timeout);
		for (OcrWord.Box cell : unread) {
			List<OcrWord> read = again.getOrDefault(cell, List.of());
			words.addAll(!read.isEmpty() && covers(read, grid.inkIn(cell), grid) ? read : asText.get(cell));
		}
		return new OcrPage(grid.width, grid.height, dpi, List.copyOf(words), grid.rules());
	}

	/**
	 * The image enlarged smoothly (enlarged pixel by pixel, print is read worse than small), in grey if
	 * it is grey: drawn from grey into colour, Java would lighten its greys.
	 */
	private static BufferedImage enlarged(BufferedImage image, double scale) {
		int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_USHORT_GRAY
				? image.getType() : BufferedImage.TYPE_INT_RGB;
		BufferedImage large = new BufferedImage((int) Math.round(image.getWidth() * scale),
				(int) Math.round(image.getHeight() * scale), type);
		Graphics2D g = large.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, large.getWidth(), large.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(image, 0, 0, large.getWidth(), large.getHeight(), null);
		g.dispose();
		return large;
	}

	/**
	 * Reads numeric cells with nothing but digits allowed. Tesseract reads a lone small digit (a "1", a
	 * "9" of small print) in one setting and not in another, so the cells with ink that a setting
	 * leaves unread are tried again in the next: as a line, as a word, as raw text, at two sizes.
	 */
	private static Map<OcrWord.Box, List<OcrWord>> digits(Tesseract tesseract, PageGrid grid, List<OcrWord.Box> cells,
			Duration timeout) throws OcrException {
		Map<OcrWord.Box, List<OcrWord>> read = new LinkedHashMap<>();
		List<OcrWord.Box> left = cells;
		for (int[] setting : DIGIT_SETTINGS) {
			if (left.isEmpty()) {
				break;
			}
			cellByCell(tesseract, grid, left, "eng", DIGITS, setting[0], setting[1], timeout).forEach((cell, words) -> {
				if (!words.isEmpty() || !read.containsKey(cell)) {
					read.put(cell, words);
				}
			});
			left = left.stream().filter(cell -> read.containsKey(cell) && read.get(cell).isEmpty()).toList();
		}
		return read;
	}

	/**
	 * Reads table cells each as an image of its own. Read with the rest of the page, the text of a cell
	 * runs into its neighbours' (a label wrapped over three lines is read across the row), and the
	 * numbers of a row run together into one word. Small print is enlarged to the size Tesseract reads
	 * best.
	 */
	private static Map<OcrWord.Box, List<OcrWord>> cellByCell(Tesseract tesseract, PageGrid grid, List<OcrWord.Box> cells,
			String language, String characters, int segmentation, int enlarge, Duration timeout) throws OcrException {
		Map<OcrWord.Box, OcrWord.Box> inkOf = new LinkedHashMap<>();
		for (OcrWord.Box cell : cells) {
			OcrWord.Box ink = grid.inkIn(cell);
			if (ink != null) {
				inkOf.put(cell, ink);
			}
		}
		if (inkOf.isEmpty()) {
			return Map.of();
		}
		List<OcrWord.Box> inks = List.copyOf(inkOf.values());
		int[] heights = inks.stream().mapToInt(b -> b.bottom() - b.top()).sorted().toArray();
		int median = heights[heights.length / 2];
		int scale = enlarge > 0 ? enlarge : Math.max(1, (int) Math.round((double) SMALLEST_PRINT / median));
		// a wide margin makes Tesseract drop a lone narrow digit ("1")
		int margin = Math.max(8, median * scale / 3);
		List<BufferedImage> images = new ArrayList<>();
		for (OcrWord.Box ink : inks) {
			BufferedImage cell = PageGrid.paper(ink.right() - ink.left(), ink.bottom() - ink.top());
			grid.draw(ink, cell, 0, 0);
			BufferedImage image = PageGrid.paper(cell.getWidth() * scale + 2 * margin, cell.getHeight() * scale + 2 * margin);
			Graphics2D g = image.createGraphics();
			// smoothly: a digit enlarged pixel by pixel is read worse than the small one
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(cell, margin, margin, cell.getWidth() * scale, cell.getHeight() * scale, null);
			g.dispose();
			images.add(image);
		}
		List<List<OcrWord>> read = tesseract.recognise(images, language, characters, segmentation, timeout);
		Map<OcrWord.Box, List<OcrWord>> words = new LinkedHashMap<>();
		List<OcrWord.Box> keys = List.copyOf(inkOf.keySet());
		for (int i = 0; i < inks.size(); i++) {
			OcrWord.Box ink = inks.get(i);
			List<OcrWord> inCell = words.computeIfAbsent(keys.get(i), k -> new ArrayList<>());
			for (OcrWord word : read.get(i)) {
				OcrWord.Box b = word.box();
				OcrWord.Box onPage = new OcrWord.Box(ink.left() + (b.left() - margin) / scale, ink.top() + (b.top() - margin) / scale,
						ink.left() + (b.right() - margin) / scale, ink.top() + (b.bottom() - margin) / scale);
				inCell.add(new OcrWord(onPage, word.lineHeight() / scale, word.text(), word.confidence()));
			}
		}
		return words;
	}

	/**
	 * The words without those Tesseract read twice: it reads a large heading a second time as a line of
	 * smaller print over it. A word that overlaps a word of a line at least {@link #PHANTOM} times as
	 * high is such a reading; text of ordinary size never overlaps a heading.
	 */
	private static List<OcrWord> distinct(List<OcrWord> words) {
		return words.stream().filter(w -> words.stream()
				.noneMatch(v -> v.lineHeight() >= PHANTOM * w.lineHeight() && intersection(v.box(), w.box()) > 0)).toList();
	}

	/**
	 * Whether words read as digits account for the ink of their cell: one line of it, and most of its
	 * width (a "7" read from a cell that holds 尚未审结 covers a fraction of its ink, or two lines).
	 */
	private static boolean covers(List<OcrWord> words, OcrWord.Box ink, PageGrid grid) {
		if (grid.lines(ink) > 1) {
			return false; // a number is printed on one line
		}
		int left = words.stream().mapToInt(w -> w.box().left()).min().orElse(ink.right());
		int right = words.stream().mapToInt(w -> w.box().right()).max().orElse(ink.left());
		return right - left >= COVERED * (ink.right() - ink.left());
	}

	private static long intersection(OcrWord.Box a, OcrWord.Box b) {
		long w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
		long h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
		return w > 0 && h > 0 ? w * h : 0;
	}

	private static boolean overlaps(OcrWord word, OcrWord.Box cell) {
		OcrWord.Box box = word.box();
		return box.left() < cell.right() && cell.left() < box.right() && box.top() < cell.bottom() && cell.top() < box.bottom();
	}

	private static boolean inside(OcrWord word, OcrWord.Box cell) {
		return cell.contains(word.box().centerX(), word.box().centerY());
	}

	private static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
