// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text reports in any of the encodings {@link TextDecoding} knows. The canonical text is
 * the file's text with line breaks made {@code \n} and form feeds (page breaks) made line breaks; each
 * non-blank line is a {@link Paragraph}.
 */
final class TextReader {

	private TextReader() {
	}

	static Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException {
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes)
				.orElseThrow(() -> new ReadException(file,
						"not a text file: the content is neither UTF-8, UTF-16 nor GB18030 text"));
		String text = canonical(decoded.text());
		if (text.isBlank()) {
			throw new ReadException(file, "the file holds no text");
		}
		return new Document(file, text, paragraphs(text), "text, " + decoded.charset().name()
				+ (decoded.hadBom() ? " with byte-order mark" : ""));
	}

	private static String canonical(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
	}

	private static List<Block> paragraphs(String text) {
		List<Block> blocks = new ArrayList<>();
		int start = 0;
		int line = 1;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (!text.substring(start, end).isBlank()) {
				blocks.add(new Paragraph(new TextRange(start, end - start), new Location.Line(line)));
			}
			start = end + 1;
			line++;
		}
		return blocks;
	}
}
