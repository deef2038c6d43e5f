package nianbao.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Label comparison as auditors read labels: NFKC (full-width and half-width alike), no white space
 * or line breaks, one kind of quotation mark, and tolerance for a small number of wrong characters.
 */
public final class Labels {

	/** Enumerators in front of a label: 一、 （一） (1) 1. 1、 */
	private static final Pattern ENUMERATOR = Pattern
			.compile("^(?:[一二三四五六七八九十]+[、.,]|\\([一二三四五六七八九十\\d]+\\)|\\d+[.、,)]?)");

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

	/** A normalised label without its leading enumerator ("（一）予以公开" becomes "予以公开"). */
	public static String core(String normalized) {
		return ENUMERATOR.matcher(normalized).replaceFirst("");
	}

	/**
	 * Where {@code label} ends {@code text}, both normalised: the index in {@code text} where the
	 * matched label starts, or -1. Tries the exact label, then the label without its enumerator.
	 */
	public static int matchSuffix(String text, String label) {
		if (label.isEmpty()) {
			return -1;
		}
		if (text.endsWith(label)) {
			return text.length() - label.length();
		}
		String core = core(label);
		if (core.length() >= 2 && text.endsWith(core)) {
			return text.length() - core.length();
		}
		return -1;
	}

	/**
	 * Like {@link #matchSuffix}, but allowing about one wrong, missing or extra character in four, for
	 * labels printed with typing errors ("其他法律行政止公开"). Only for a place where the label is expected.
	 */
	public static int matchSuffixApproximately(String text, String label) {
		int exact = matchSuffix(text, label);
		if (exact >= 0 || label.length() < 4) {
			return exact;
		}
		int allowed = label.length() / 4;
		for (int len = label.length() - allowed; len <= label.length() + allowed && len <= text.length(); len++) {
			if (distance(text.substring(text.length() - len), label, allowed) <= allowed) {
				return text.length() - len;
			}
		}
		return -1;
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

	/** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
	static int distance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
