// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import nianbao.ocr.Ocr;
import nianbao.ocr.OcrException;
import nianbao.ocr.OcrPage;
import nianbao.ocr.OcrWord;

/**
 * The pages of a PDF that hold no text but an image of it (a scanned report): rendered and read by OCR
 * into words with their boxes and the table rules, which {@link PdfLayout} then makes into lines and
 * table rows exactly as it does with the glyphs and rules of a text page.
 */
final class PdfScans {

	/**
	 * The resolution pages are rendered at: that of most scans, at which Tesseract reads the digits of
	 * a table cleanly (see {@code ocr-notes.md}); higher costs time without reading better.
	 */
	static final float DPI = 200;
	/** The most pages read by OCR in one report: a year's report has a dozen; more is not a report. */
	static final int MAX_PAGES = 60;
	/** The longest one page may take. */
	static final Duration PAGE_TIME = Duration.ofSeconds(60);
	private static final double POINTS_PER_INCH = 72;
	/** The largest page image read: an A3 page at 400 dpi; a larger one would take the memory of many reports. */
	static final long MAX_PIXELS = 40_000_000;
	/** How much a scan's proportions may differ from its page's. */
	private static final double SAME_SHAPE = 0.03;
	/** The resolutions a scan is read at as it is; others are rendered at {@link #DPI}. */
	private static final double MIN_SCAN_DPI = 150;
	private static final double MAX_SCAN_DPI = 400;

	private PdfScans() {
	}

	/**
	 * Reads the pages without text that show an image, in place.
	 *
	 * @param pages each page's lines; those of the pages read are filled in
	 * @param budget the time left for reading, which OCR of a page takes most of
	 * @return the numbers (1-based) of the pages read by OCR
	 * @throws ReadException if OCR is not available, or a page cannot be read
	 */
	static List<Integer> read(Path file, PDDocument pdf, List<List<PdfLayout.Line>> pages, ReadBudget budget) throws ReadException, IOException {
		List<Integer> empty = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).isEmpty()) {
				empty.add(i);
			}
		}
		if (empty.isEmpty()) {
			return List.of();
		}
		if (empty.size() > MAX_PAGES) {
			throw new ReadException(file, empty.size() + " pages without text (a scan?); OCR reads at most " + MAX_PAGES
					+ " pages of a report");
		}
		PDFRenderer renderer = new PDFRenderer(pdf);
		List<Integer> scanned = new ArrayList<>();
		for (int i : empty) {
			budget.time();
			Scan scan = scan(pdf.getPage(i), renderer, i);
			if (scan == null) {
				throw new ReadException(file, "page " + (i + 1) + " is an image too large to read by OCR (more than "
						+ MAX_PIXELS / 1_000_000 + " million pixels)");
			}
			BufferedImage image = scan.image();
			if (blank(image)) {
				continue;
			}
			Optional<String> unavailable = Ocr.unavailable();
			if (unavailable.isPresent()) {
				throw new ReadException(file, "page " + (i + 1) + " is an image without text (a scan); " + unavailable.get());
			}
			pages.set(i, new ArrayList<>(lines(file, i + 1, image, scan.dpi(), budget)));
			scanned.add(i + 1);
		}
		return scanned;
	}

	/**
	 * Reads a page image by OCR into lines and table rows, in the time left (at most {@link #PAGE_TIME}).
	 *
	 * @throws ReadException if OCR fails on it
	 */
	static List<PdfLayout.Line> lines(Path file, int number, BufferedImage image, double dpi, ReadBudget budget)
			throws ReadException {
		budget.time();
		try {
			Duration left = budget.remaining();
			OcrPage page = Ocr.read(image, dpi, left.compareTo(PAGE_TIME) < 0 ? left : PAGE_TIME);
			return PdfLayout.lines(glyphs(page), rules(page));
		} catch (OcrException e) {
			budget.time(); // OCR stopped because the report's time is up: say that, with the limit to raise
			throw new ReadException(file, "page " + number + ": " + e.getMessage(), e);
		}
	}

	/** How the pages read by OCR are described, after the page count. */
	static String describe(List<Integer> scanned, int pages) {
		if (scanned.isEmpty()) {
			return "";
		}
		if (scanned.size() == pages) {
			return ", a scan read by OCR";
		}
		return ", page(s) " + scanned.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " read by OCR";
	}

	/** A page's image and its resolution. */
	private record Scan(BufferedImage image, double dpi) {
	}

	/**
	 * The image of a page: the scan itself where the page is one image of the page's shape, as a
	 * scanner makes it, at the scan's own resolution; otherwise the page rendered. Rendering resamples
	 * the scan, and the slight blur costs Tesseract many characters. Null if the image would be larger
	 * than {@link #MAX_PIXELS}.
	 */
	private static Scan scan(PDPage page, PDFRenderer renderer, int index) throws IOException {
		PDRectangle box = page.getCropBox();
		List<PDImageXObject> images = new ArrayList<>();
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
				images.add(image);
			}
		}
		if (images.size() == 1 && page.getRotation() == 0) {
			PDImageXObject image = images.getFirst();
			double pageShape = box.getWidth() / box.getHeight();
			double imageShape = (double) image.getWidth() / image.getHeight();
			double dpi = image.getWidth() / (box.getWidth() / POINTS_PER_INCH);
			if (Math.abs(pageShape - imageShape) < SAME_SHAPE * pageShape && dpi >= MIN_SCAN_DPI && dpi <= MAX_SCAN_DPI) {
				return (double) image.getWidth() * image.getHeight() > MAX_PIXELS ? null : new Scan(image.getImage(), dpi);
			}
		}
		double pixels = box.getWidth() / POINTS_PER_INCH * DPI * (box.getHeight() / POINTS_PER_INCH * DPI);
		return pixels > MAX_PIXELS ? null : new Scan(renderer.renderImageWithDPI(index, DPI, ImageType.GRAY), DPI);
	}

	/** Whether a page image has no ink at all. */
	private static boolean blank(BufferedImage image) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				if ((p >>> 24) > 0x80 && (p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff) < 3 * 128) {
					return false;
				}
			}
		}
		return true;
	}

	/** The words as glyphs in points; a word's size is its line's height, as a glyph's is its font's. */
	private static List<PdfLayout.Glyph> glyphs(OcrPage page) {
		double scale = POINTS_PER_INCH / page.dpi();
		return page.words().stream().map(w -> {
			OcrWord.Box b = w.box();
			return new PdfLayout.Glyph(b.left() * scale, b.top() * scale, b.right() * scale, b.bottom() * scale,
					w.lineHeight() * scale, w.text(), w.confidence());
		}).toList();
	}

	private static List<PdfRules.Rule> rules(OcrPage page) {
		double scale = POINTS_PER_INCH / page.dpi();
		return page.rules().stream()
				.map(r -> new PdfRules.Rule(r.horizontal(), r.at() * scale, r.from() * scale, r.to() * scale)).toList();
	}
}
