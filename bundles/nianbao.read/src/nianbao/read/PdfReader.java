// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF files with PDFBox: the glyphs of each page with their positions, made into lines and table
 * rows by {@link PdfLayout}. Running page headers and footers are left out: bare page numbers ("- 3 -",
 * "第 3 页") and lines repeated at the same height on most pages, at the top or bottom of a page.
 * A line with one cell is a paragraph; ruled rows and lines cut into several cells make tables.
 */
final class PdfReader {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-－—–\\s]*\\d{1,4}[-－—–\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");
	/** How many bytes at the end of a file may follow the %%EOF marker. */
	private static final int EOF_SEARCH = 1024;
	/** The widest glyph, in ems of its font size. */
	private static final double MAX_GLYPH_WIDTH = 1.2;
	/** Lines at the top and at the bottom of a page that may be running headers or footers. */
	private static final int MARGIN_LINES = 2;

	private PdfReader() {
	}

	static Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException {
		if (!endsWithEofMarker(bytes)) {
			// PDFBox would recover what pages it can, and the rest of the report would go unnoticed
			throw new ReadException(file, "truncated: the file does not end with the %%EOF marker (incomplete download?)");
		}
		List<List<PdfLayout.Line>> pages;
		List<Integer> scanned;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			pdf.setResourceCache(new FontCache());
			Stripper stripper = new Stripper(budget);
			stripper.writeText(pdf, Writer.nullWriter());
			pages = stripper.pages;
			scanned = PdfScans.read(file, pdf, pages, budget);
		} catch (InvalidPasswordException e) {
			throw ReadException.encrypted(file, e);
		} catch (IOException | RuntimeException e) {
			// PDFBox reports damaged and truncated files with exceptions of every kind
			throw ReadException.damaged(file, e);
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			throw new ReadException(file, "no text on any page, and none in the page images");
		}
		dropRunningLines(pages);
		TextBuilder out = new TextBuilder(budget);
		for (int p = 0; p < pages.size(); p++) {
			print(out, p + 1, pages.get(p));
		}
		return out.build(file, "PDF, " + pages.size() + " page(s)" + PdfScans.describe(scanned, pages.size()));
	}

	/** Prints a page: free lines of one cell as paragraphs, runs of other lines as tables. */
	static void print(TextBuilder out, int page, List<PdfLayout.Line> lines) {
		PdfLayout.Box table = null;
		for (PdfLayout.Line line : lines) {
			if (!line.ruled() && line.cells().size() == 1) {
				if (table != null) {
					out.endTable(area(page, table));
					table = null;
				}
				PdfLayout.Cell only = line.cells().getFirst();
				out.paragraph(only.text(), area(page, line.box()), only.recognised());
				continue;
			}
			if (table == null) {
				out.beginTable();
				table = line.box();
			}
			table = table.union(line.box());
			for (PdfLayout.Cell cell : line.cells()) {
				out.cell(cell.text(), area(page, cell.box()), cell.recognised());
			}
			out.endRow();
		}
		if (table != null) {
			out.endTable(area(page, table));
		}
	}

	/**
	 * Removes page numbers and running headers and footers: lines among the first and last few of a page
	 * that are a bare page number, or that recur (digits aside) at the same height on most pages.
	 */
	private static void dropRunningLines(List<List<PdfLayout.Line>> pages) {
		Map<String, Integer> pagesWith = new HashMap<>();
		for (List<PdfLayout.Line> lines : pages) {
			Set<String> keys = new HashSet<>();
			margins(lines).forEach(line -> keys.add(key(line)));
			keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
		}
		for (List<PdfLayout.Line> lines : pages) {
			Set<PdfLayout.Line> running = new HashSet<>();
			for (PdfLayout.Line line : margins(lines)) {
				int repeated = pagesWith.getOrDefault(key(line), 0);
				if (PAGE_NUMBER.matcher(line.text()).matches() || pages.size() > 1 && repeated * 2 > pages.size()) {
					running.add(line);
				}
			}
			lines.removeAll(running);
		}
	}

	/** The lines that may be running headers or footers: the first and last few, outside ruled tables. */
	private static List<PdfLayout.Line> margins(List<PdfLayout.Line> lines) {
		List<PdfLayout.Line> margins = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if ((i < MARGIN_LINES || i >= lines.size() - MARGIN_LINES) && !lines.get(i).ruled()) {
				margins.add(lines.get(i));
			}
		}
		return margins;
	}

	private static String key(PdfLayout.Line line) {
		return line.text().replaceAll("\\d+", "#") + "@" + Math.round(line.box().top());
	}

	/** Whether "%%EOF" is among the last bytes, where the PDF specification has readers look for it. */
	private static boolean endsWithEofMarker(byte[] bytes) {
		byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
		for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - EOF_SEARCH); i--) {
			if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
				return true;
			}
		}
		return false;
	}

	private static Location area(int page, PdfLayout.Box box) {
		return new Location.PageArea(page, box.left(), box.top(), box.right() - box.left(), box.bottom() - box.top());
	}

	/**
	 * The document's resource cache, which keeps its fonts: PDFTextStripper drops a page's fonts from the
	 * cache after the page (to bound the memory of long documents), and the next page using them parsed
	 * the embedded fonts anew; a Chinese subset keeps the full font's tens of thousands of glyph metrics
	 * and locations, and that was a third of reading a report. Fonts stay only softly held, as PDFBox
	 * holds them, so memory that runs short still frees them.
	 */
	private static final class FontCache extends DefaultResourceCache {

		@Override
		public PDFont removeFont(COSObject indirect) {
			return null;
		}
	}

	/** Collects each page's glyphs and rules and makes them into lines; writes no text of its own. */
	private static final class Stripper extends PDFTextStripper {

		final List<List<PdfLayout.Line>> pages = new ArrayList<>();
		private final PdfRules rules = new PdfRules(this);
		private final ReadBudget budget;
		/** Glyphs of the current page so far, and operators of the file so far. */
		private int glyphs;
		private long operators;

		Stripper(ReadBudget budget) {
			this.budget = budget;
			rules.operators().forEach(this::addOperator);
		}

		/**
		 * Counts each glyph before the stripper keeps it, so that a page drawing millions stops early, and
		 * watches the clock every thousand glyphs (one operator may show thousands).
		 */
		@Override
		protected void processTextPosition(TextPosition text) {
			if (++glyphs > budget.limits().glyphs()) {
				throw budget.exceeded("more than " + budget.limits().glyphs() + " glyphs on page " + getCurrentPageNo(),
						"glyphs");
			}
			if ((glyphs & 0x3FF) == 0) {
				budget.time();
			}
			super.processTextPosition(text);
		}

		/** Watches the clock every few thousand operators: a page may draw without end and show no glyph. */
		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if ((++operators & 0xFFF) == 0) {
				budget.time();
			}
			super.processOperator(operator, operands);
		}

		@Override
		protected void writePage() throws IOException {
			glyphs = 0;
			List<PdfLayout.Glyph> glyphs = new ArrayList<>();
			for (List<TextPosition> article : getCharactersByArticle()) {
				for (TextPosition position : article) {
					String text = position.getUnicode();
					if (text != null && !text.isBlank()) {
						glyphs.add(glyph(position, text));
					}
				}
			}
			List<PdfRules.Rule> drawn = rules.take(getCurrentPage().getCropBox(), getCurrentPage().getRotation());
			pages.add(glyphs.isEmpty() ? new ArrayList<>() : new ArrayList<>(PdfLayout.lines(glyphs, drawn)));
		}

		private static PdfLayout.Glyph glyph(TextPosition position, String text) {
			double size = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : position.getHeightDir();
			double height = position.getHeightDir() > 0 ? position.getHeightDir() : 0.7 * size;
			// some fonts give glyphs of vertical text the advance of a whole cell; no glyph is wider than this
			double width = size > 0 ? Math.min(position.getWidthDirAdj(), MAX_GLYPH_WIDTH * size) : position.getWidthDirAdj();
			double bottom = position.getYDirAdj();
			return new PdfLayout.Glyph(position.getXDirAdj(), bottom - height, position.getXDirAdj() + width, bottom, size,
					compatibility(text), PdfLayout.Glyph.PRINTED);
		}

		/**
		 * Kangxi radicals and CJK compatibility ideographs, which some Chinese fonts map their
		 * characters to ("⼀" for "一"), become the ordinary characters.
		 */
		private static String compatibility(String text) {
			// chars, not a stream of code points, for every glyph: both blocks lie outside the surrogates
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 0x2E80 && c < 0x2FE0 || c >= 0xF900 && c < 0xFB00) {
					return Normalizer.normalize(text, Normalizer.Form.NFKC);
				}
			}
			return text;
		}
	}
}
