// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

/**
 * One line of text outside tables: a paragraph of the source, or one line of it where the source
 * breaks lines inside a paragraph.
 */
public record Paragraph(TextRange range, Location location) implements Block {
}
