// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

/**
 * Characters {@code [offset, offset + length)} of a document's canonical text.
 */
public record TextRange(int offset, int length) {

	public TextRange {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("negative range: " + offset + "+" + length);
		}
	}

	/** The offset just past the range. */
	public int end() {
		return offset + length;
	}

	/** The range from the start of this one to the end of {@code other}. */
	public TextRange to(TextRange other) {
		return new TextRange(offset, Math.max(end(), other.end()) - offset);
	}
}
