package nianbao.read;

/**
 * A block of a document's canonical text, as the reader found it.
 */
public sealed interface Block permits Paragraph {

	/** Where the block is in the canonical text. */
	TextRange range();
}
