// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an HTML page from plain text by its content, for pages saved under a text name (a crawler's
 * {@code .txt}, a browser's "save as text" that kept the source). Only markup in a page's place counts,
 * so that a plain-text report that mentions {@code <table>} or quotes 《条例》 as {@code <条例>}, or a
 * Markdown conversion with {@code <br>} in its cells, stays text:
 * <ul>
 * <li>after a byte-order mark, white space, comments (a browser's {@code <!-- saved from url=… -->}) and
 * an XML declaration, the text starts with an HTML doctype or with the start tag of an element a page
 * or a saved part of one begins with ({@code <html>}, {@code <head>}, {@code <meta>}, {@code <div>},
 * {@code <table>} …), in any case; or</li>
 * <li>it holds a whole page after other lines (a crawler's header): an {@code <html>} or {@code <body>}
 * start tag and, after it, the end tag.</li>
 * </ul>
 */
final class HtmlSniffing {

	/** Elements a page, or a part of one saved on its own, starts with. */
	private static final Set<String> OPENING = Set.of("html", "head", "body", "meta", "title", "link", "base", "style",
			"script", "noscript", "div", "table", "p", "span", "center", "font", "form", "section", "article", "header",
			"main", "h1", "h2", "h3", "h4", "h5", "h6");
	/** A start tag: an ASCII name, then attributes, up to its closing bracket. */
	private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(?:[\\s/][^<>]*)?>");
	private static final Pattern PAGE_START = Pattern.compile("<(?:html|body)(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
	private static final Pattern PAGE_END = Pattern.compile("</(?:html|body)\\s*>", Pattern.CASE_INSENSITIVE);

	private HtmlSniffing() {
	}

	/** Whether a text is an HTML page (or a saved part of one) rather than plain text. */
	static boolean isHtml(String text) {
		int at = 0;
		while (true) {
			while (at < text.length() && (text.charAt(at) == '\uFEFF' || Character.isWhitespace(text.charAt(at)))) {
				at++;
			}
			if (text.startsWith("<!--", at)) {
				at = after(text, at, "-->");
			} else if (text.regionMatches(true, at, "<?xml", 0, 5)) {
				at = after(text, at, "?>");
			} else if (text.regionMatches(true, at, "<!doctype", 0, 9)) {
				int end = after(text, at, ">");
				if (text.substring(at, end).toLowerCase(Locale.ROOT).contains("html")) {
					return true;
				}
				at = end;
			} else {
				break;
			}
		}
		Matcher tag = START_TAG.matcher(text).region(at, text.length());
		if (tag.lookingAt() && OPENING.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
			return true;
		}
		Matcher start = PAGE_START.matcher(text);
		return start.find() && PAGE_END.matcher(text).region(start.end(), text.length()).find();
	}

	/** The index after the end mark that follows {@code from}, or the text's end if there is none. */
	private static int after(String text, int from, String end) {
		int found = text.indexOf(end, from);
		return found < 0 ? text.length() : found + end.length();
	}
}
