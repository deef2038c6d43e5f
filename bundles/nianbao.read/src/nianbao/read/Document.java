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
 */
public record Document(Path source, String text, List<Block> blocks, String description) {

	public Document {
		blocks = List.copyOf(blocks);
	}

	/** The characters of a range of the canonical text. */
	public String text(TextRange range) {
		return text.substring(range.offset(), range.end());
	}
}
