package nianbao.read;

/**
 * A run of text that the source presents as one paragraph or line.
 */
public record Paragraph(TextRange range) implements Block {
}
