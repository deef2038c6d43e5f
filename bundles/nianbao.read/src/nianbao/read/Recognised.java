// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

/**
 * A word of the canonical text that OCR read from an image.
 *
 * @param range      the word in the canonical text
 * @param confidence how sure OCR was, from 0 to 100
 */
public record Recognised(TextRange range, double confidence) {
}
