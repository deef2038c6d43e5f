package nianbao.extract;

import java.util.Arrays;
import java.util.List;

import nianbao.read.TextRange;

/**
 * Consecutive label tokens read as one label: a label split over lines or spaced out ("总 计",
 * "本年新\n制作数量") joins up again, and a group cell joins the row label after it.
 */
final class LabelRun {

	private final String normalized;
	private final int[] sourceOffsets;
	private final int end;

	LabelRun(List<Token> tokens) {
		StringBuilder text = new StringBuilder();
		int[] offsets = new int[16];
		for (Token token : tokens) {
			String printed = token.text();
			for (int i = 0; i < printed.length(); i++) {
				String normal = Labels.normalizeChar(printed.charAt(i));
				for (int k = 0; k < normal.length(); k++) {
					if (text.length() == offsets.length) {
						offsets = Arrays.copyOf(offsets, offsets.length * 2);
					}
					offsets[text.length()] = token.range().offset() + i;
					text.append(normal.charAt(k));
				}
			}
		}
		this.normalized = text.toString();
		this.sourceOffsets = offsets;
		this.end = tokens.getLast().range().end();
	}

	/** The normalised text of the run. */
	String normalized() {
		return normalized;
	}

	/** The offset just past the run. */
	int end() {
		return end;
	}

	/** The source range of normalised characters {@code [start, end)}. */
	TextRange range(int start, int end) {
		int from = sourceOffsets[start];
		return new TextRange(from, sourceOffsets[end - 1] + 1 - from);
	}

	/** The source range from the normalised character at {@code index} to the end of the run. */
	TextRange rangeFrom(int index) {
		int start = sourceOffsets[index];
		return new TextRange(start, end - start);
	}
}
