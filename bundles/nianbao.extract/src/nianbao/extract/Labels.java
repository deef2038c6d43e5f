// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Label comparison as auditors read labels: NFKC (full-width and half-width alike), no white space
 * or line breaks, one kind of quotation mark; and how similar two labels are.
 */
public final class Labels {

	private Labels() {
	}

	/** The normal form of one character, or "" for characters that do not count (spaces, separators). */
	public static String normalizeChar(char c) {
		StringBuilder out = new StringBuilder(1);
		appendNormal(c, out);
		return out.toString();
	}

	/** The normal form of a label. */
	public static String normalize(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			appendNormal(text.charAt(i), out);
		}
		return out.toString();
	}

	/**
	 * Appends the normal form of a character. ASCII and the common Chinese characters are their own
	 * NFKC form, so only the rest goes through the (slow) normaliser: full-width forms, ideographic
	 * punctuation and spaces, compatibility ideographs.
	 */
	private static void appendNormal(char c, StringBuilder out) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '|' || c == '｜' || c == '\u200B'
				|| c == '\uFEFF') {
			return;
		}
		if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF) {
			out.append(c);
			return;
		}
		switch (c) {
			case '“', '”', '„', '〝', '〞', '「', '」', '『', '』' -> out.append('"');
			case '‘', '’' -> out.append('\'');
			case '〔', '【' -> out.append('[');
			case '〕', '】' -> out.append(']');
			default -> out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
		}
	}

	/**
	 * Similarity of two normalised labels from 0 to 1: the Dice coefficient of their character
	 * bigrams, which suits Chinese, where words are not separated.
	 */
	public static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		if (a.length() < 2 || b.length() < 2) {
			return 0;
		}
		Map<String, Integer> bigrams = new HashMap<>();
		for (int i = 0; i + 1 < a.length(); i++) {
			bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int common = 0;
		for (int i = 0; i + 1 < b.length(); i++) {
			Integer n = bigrams.get(b.substring(i, i + 2));
			if (n != null && n > 0) {
				common++;
				bigrams.put(b.substring(i, i + 2), n - 1);
			}
		}
		return 2.0 * common / (a.length() - 1 + b.length() - 1);
	}
}
