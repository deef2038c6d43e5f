// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.highlighting;

/** A stretch of text to show in a style: one of {@link FormatStyles}' ids. */
public record Highlight(int offset, int length, String style) {

	/** Where the stretch ends (exclusive). */
	public int end() {
		return offset + length;
	}
}
