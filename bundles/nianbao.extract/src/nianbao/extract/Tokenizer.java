package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.read.TextRange;

/**
 * Splits a region of text into tokens at white space (any width), tabs, line breaks and pipes. This
 * one view serves every text layout: one cell per line, tab- or pipe-separated rows and
 * space-aligned columns all become the same sequence of labels and values.
 */
final class Tokenizer {

	private Tokenizer() {
	}

	static List<Token> tokens(String text, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		int i = start;
		while (i < end) {
			while (i < end && isSeparator(text.charAt(i))) {
				i++;
			}
			int from = i;
			while (i < end && !isSeparator(text.charAt(i))) {
				i++;
			}
			if (i > from) {
				String piece = text.substring(from, i);
				tokens.add(new Token(piece, new TextRange(from, i - from), CellText.classify(piece)));
			}
		}
		return tokens;
	}

	static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '|' || c == '｜' || c == '\u200B'
				|| c == '\uFEFF';
	}
}
