// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

/**
 * A block of a document's canonical text, as the reader found it: a paragraph or a table.
 */
public sealed interface Block permits Paragraph, TableBlock {

	/** Where the block is in the canonical text. */
	TextRange range();

	/** Where the block is in the source file. */
	Location location();
}
