// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.util.Arrays;

/**
 * Turns offsets of a canonical text into 1-based line and column numbers.
 */
public final class LineMap {

	/** A 1-based line and column. */
	public record Position(int line, int column) {
	}

	private final int[] lineStarts;

	public LineMap(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	/** The line and column of an offset. */
	public Position position(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		int line = index >= 0 ? index : -index - 2;
		return new Position(line + 1, offset - lineStarts[line] + 1);
	}
}
