// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Reads HTML pages with jsoup. The encoding is the one the page declares (byte-order mark, meta
 * charset) if the bytes are valid in it, else the one {@link TextDecoding} finds: Chinese sites often
 * declare gb2312 for GBK text, or declare nothing.
 *
 * <p>Page chrome (scripts, styles, navigation, the page's header and footer) is left out. Every block
 * element starts a line; a data table becomes a {@link TableBlock}. A table that holds another table
 * only lays out the page: its cells are read as running text, so that the tables inside are found.
 * Cells spanned by rowspan or colspan are not in the markup, so every cell is printed once already.
 * Pictures large enough to hold a table, embedded or saved with the page, are read by OCR where they
 * stand ({@link PictureScans}).
 */
final class HtmlReader {

	/** CSS pixels are 1/96 inch. */
	private static final double CSS_POINTS_PER_PIXEL = 72.0 / 96;
	/** Elements that are page chrome, not report text; header and footer only when they are the page's. */
	private static final Set<String> CHROME = Set.of("script", "style", "noscript", "template", "iframe", "object", "nav");

	private HtmlReader() {
	}

	private record Page(org.jsoup.nodes.Document html, Charset charset) {
	}

	static Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException {
		countTableTags(bytes, budget);
		int maxDepth = budget.limits().depth();
		Page page = parse(file, bytes, maxDepth);
		Walker walker = new Walker(file, budget, maxDepth);
		try {
			page.html().body().filter(walker);
		} catch (PictureFailed e) {
			throw e.exception();
		}
		if (walker.tooDeep) {
			// jsoup keeps elements at most this deep below body, so the page was cut there
			throw new ReadException(file, "the HTML nests elements more than " + maxDepth + " levels deep"
					+ budget.limits().raise("depth"));
		}
		walker.flush();
		return walker.out.build(file, "HTML, " + page.charset().name() + walker.pictures.describe());
	}

	/**
	 * Counts the row and cell start tags in the raw bytes against the limits before jsoup builds the
	 * page, whose tree takes many times the file's size: {@code <tr}, {@code <td}, {@code <th} followed by
	 * white space, {@code >} or {@code /}, in any case. Zero bytes are passed over, so that UTF-16 pages
	 * count too. Tags inside comments and scripts count as well, which only errs on the safe side.
	 */
	private static void countTableTags(byte[] bytes, ReadBudget budget) {
		int rows = 0;
		int cells = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] != '<') {
				continue;
			}
			int t = next(bytes, i);
			int kind = next(bytes, t);
			int end = next(bytes, kind);
			if (end >= bytes.length || (bytes[t] | 0x20) != 't') {
				continue;
			}
			byte after = bytes[end];
			if (after != '>' && after != '/' && after != ' ' && after != '\t' && after != '\n' && after != '\r') {
				continue;
			}
			switch (bytes[kind] | 0x20) {
				case 'r' -> budget.checkRows(++rows);
				case 'd', 'h' -> budget.checkCells(++cells);
				default -> {
					// another tag that starts with t: table, tbody, title
				}
			}
		}
	}

	/** The index of the next byte after {@code i} that is not zero (or the end). */
	private static int next(byte[] bytes, int i) {
		int j = i + 1;
		while (j < bytes.length && bytes[j] == 0) {
			j++;
		}
		return j;
	}

	private static Page parse(Path file, byte[] bytes, int maxDepth) throws ReadException {
		// two levels for html and body
		Parser parser = Parser.htmlParser().setMaxDepth(maxDepth + 2);
		try {
			org.jsoup.nodes.Document html = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
			if (TextDecoding.isValid(bytes, html.charset())) {
				return new Page(html, html.charset());
			}
		} catch (IOException e) {
			throw ReadException.unreadable(file, e);
		}
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes).orElseThrow(() -> new ReadException(file,
				"not an HTML page: the content is neither UTF-8, UTF-16 nor GB18030 text"));
		return new Page(Jsoup.parse(decoded.text(), "", parser), decoded.charset());
	}

	/** OCR of a picture failed, out of the node filter, which cannot throw the checked {@link ReadException}. */
	private static final class PictureFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		PictureFailed(ReadException exception) {
			super(exception.getMessage(), exception, false, false);
		}

		ReadException exception() {
			return (ReadException) getCause();
		}
	}

	/**
	 * Walks the body without recursion (jsoup's node filter), collecting running text into lines,
	 * printing data tables and reading pictures.
	 */
	private static final class Walker implements NodeFilter {

		final TextBuilder out;
		final PictureScans pictures;
		private final Path file;
		boolean tooDeep;
		private final ReadBudget budget;
		private final int maxDepth;
		private final StringBuilder line = new StringBuilder();
		private Element lineElement;
		private final Map<Element, Map<Element, Integer>> siblingIndexes = new IdentityHashMap<>();
		/** Each table element's place (1-based) among all the page's tables, layout tables included. */
		private Map<Element, Integer> tableIndexes;

		Walker(Path file, ReadBudget budget, int maxDepth) {
			this.file = file;
			this.out = new TextBuilder(budget);
			this.pictures = new PictureScans(file, out, budget);
			this.budget = budget;
			this.maxDepth = maxDepth;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			budget.time();
			if (depth >= maxDepth) {
				tooDeep = true;
				return FilterResult.STOP;
			}
			if (node instanceof TextNode text) {
				if (line.isEmpty()) {
					lineElement = block(text.parent());
				}
				line.append(text.text().replace('\u00A0', ' '));
			} else if (node instanceof Element element) {
				// skipped rather than removed, so that the element paths of the rest stay those of the page
				if (isChrome(element)) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if (element.normalName().equals("table") && element.getElementsByTag("table").size() == 1) {
					flush();
					table(element);
					return FilterResult.SKIP_ENTIRELY;
				}
				if (element.isBlock() || element.normalName().equals("br")) {
					flush();
				}
				if (element.normalName().equals("img")) {
					picture(element);
				}
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element element && element.isBlock()) {
				flush();
			}
			return FilterResult.CONTINUE;
		}

		/**
		 * Reads a picture where it stands: one embedded in the page ({@code data:} URI) or saved with it
		 * (a path relative to the page, inside the page's folder). Pictures on the web are not fetched:
		 * auditing a file does not reach out to the network.
		 */
		private void picture(Element img) {
			String source = img.attr("src").strip();
			byte[] data = pictureData(source);
			if (data == null) {
				return;
			}
			flush();
			double width = 0;
			try {
				width = Double.parseDouble(img.attr("width").replace("px", "").strip()) * CSS_POINTS_PER_PIXEL;
			} catch (NumberFormatException e) {
				// no printed width: the picture's resolution is assumed from its size
			}
			try {
				pictures.read(data, width);
			} catch (ReadException e) {
				throw new PictureFailed(e);
			}
		}

		private byte[] pictureData(String source) {
			if (source.regionMatches(true, 0, "data:image/", 0, 11)) {
				int comma = source.indexOf(',');
				if (comma < 0 || !source.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
					return null;
				}
				try {
					return Base64.getMimeDecoder().decode(source.substring(comma + 1));
				} catch (IllegalArgumentException e) {
					return null; // a damaged embedded picture holds no table to read
				}
			}
			if (source.isEmpty() || source.contains(":") || file.getParent() == null) {
				return null; // on the web, or nowhere
			}
			Path folder = file.toAbsolutePath().getParent();
			Path picture;
			try {
				picture = folder.resolve(URLDecoder.decode(source.replaceFirst("[?#].*", ""), StandardCharsets.UTF_8)).normalize();
			} catch (IllegalArgumentException e) {
				return null;
			}
			try {
				return picture.startsWith(folder) && Files.isRegularFile(picture)
						&& Files.size(picture) <= FileType.IMAGE.maxBytes ? Files.readAllBytes(picture) : null;
			} catch (IOException e) {
				return null; // a picture that cannot be read is one the page's reader did not save
			}
		}

		void flush() {
			if (!line.isEmpty()) {
				out.paragraph(line.toString(), new Location.HtmlElement(path(lineElement)));
				line.setLength(0);
			}
		}

		private void table(Element table) {
			out.beginTable();
			int index = tableIndex(table);
			int rows = 0;
			for (Element row : table.select("tr")) {
				rows++;
				int cells = 0;
				for (Element cell : row.children()) {
					if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
						out.cell(cell.text().replace('\u00A0', ' '), new Location.HtmlCell(index, rows, ++cells, path(cell)));
					}
				}
				out.endRow();
			}
			out.endTable(new Location.HtmlElement(path(table)));
		}

		/**
		 * A table's place among the page's table elements in document order: as a viewer of the page (or
		 * {@code document.select("table")}) counts them, whether or not this reader prints them as tables.
		 */
		private int tableIndex(Element table) {
			if (tableIndexes == null) {
				tableIndexes = new IdentityHashMap<>();
				for (Element each : table.ownerDocument().select("table")) {
					tableIndexes.put(each, tableIndexes.size() + 1);
				}
			}
			return tableIndexes.getOrDefault(table, 0);
		}

		private static boolean isChrome(Element element) {
			String name = element.normalName();
			return CHROME.contains(name)
					|| (name.equals("header") || name.equals("footer")) && element.closest("article, main") == null;
		}

		/** The nearest block element around a node: where its line is. */
		private static Element block(Node node) {
			Node n = node;
			while (n != null && !(n instanceof Element e && e.isBlock())) {
				n = n.parentNode();
			}
			return (Element) n;
		}

		/** A CSS selector for the element, from body down. */
		private String path(Element element) {
			Deque<String> steps = new ArrayDeque<>();
			for (Element e = element; e != null && !e.normalName().equals("body"); e = e.parent()) {
				Element parent = e.parent();
				steps.push(parent != null && parent.childrenSize() > 1
						? e.normalName() + ":nth-child(" + (siblingIndex(parent, e) + 1) + ")"
						: e.normalName());
			}
			steps.push("body");
			return String.join(">", steps);
		}

		/**
		 * An element's place among its parent's children, the parent's children counted once: jsoup looks
		 * it up anew each time, which a table of 300,000 rows makes quadratic.
		 */
		private int siblingIndex(Element parent, Element child) {
			return siblingIndexes.computeIfAbsent(parent, p -> {
				Map<Element, Integer> indexes = new IdentityHashMap<>();
				for (int i = 0; i < p.childrenSize(); i++) {
					indexes.put(p.child(i), i);
				}
				return indexes;
			}).get(child);
		}
	}
}
