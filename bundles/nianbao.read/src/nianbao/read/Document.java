// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reader makes of a report file: one canonical text, which every source range refers to, and
 * its blocks in reading order.
 *
 * @param source      the file as the user named it
 * @param text        the canonical text: line breaks are {@code \n}, byte-order marks removed; tables
 *                    one row per line, cells separated by tabs (see {@link TableBlock})
 * @param blocks      the blocks, in reading order
 * @param description how the file was read, such as "text, GB18030" or "PDF, 5 pages"
 * @param recognised  the words of the text that OCR read from images; none where the file has text
 */
public record Document(Path source, String text, List<Block> blocks, String description, List<Recognised> recognised) {

	public Document {
		blocks = List.copyOf(blocks);
		recognised = List.copyOf(recognised);
	}

	/** A document whose text is the file's own, with no part read by OCR. */
	public Document(Path source, String text, List<Block> blocks, String description) {
		this(source, text, blocks, description, List.of());
	}

	/** The characters of a range of the canonical text. */
	public String text(TextRange range) {
		return text.substring(range.offset(), range.end());
	}
}
