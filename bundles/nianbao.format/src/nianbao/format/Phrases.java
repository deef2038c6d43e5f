// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nianbao.format.language.Mention;
import nianbao.format.language.Narrative;

/**
 * Phrases: how a rule author who is no programmer says what a report's text states, compiled to the
 * regular expression the rule engine runs. In a phrase
 * <ul>
 * <li>{@code {数}} is the number (digits or Chinese numerals, spaces around it allowed);
 * <li>{@code …} is a few characters (up to 6) of the same clause, {@code ……} up to 12 (a clause ends at
 * 。；;，,);
 * <li>{@code 甲/乙/丙} is one of the words, which a space, {@code …}, {@code {数}} or a parenthesis ends;
 * <li>{@code （的）} or {@code (的)} may be left out;
 * <li>a space only separates words; every other character stands for itself.
 * </ul>
 * For example {@code 现行有效（的）（行政）规范性文件{数}件} and {@code 新制发/新印发…{数}件/条/个}.
 */
public final class Phrases {

	/** The number of a phrase, as the rule engine reads it: digits, or Chinese numerals. */
	public static final String NUMBER = "{数}";

	private static final String NUMBER_REGEX = "\\s*(\\d+|[零〇一二两三四五六七八九十百千万]+)\\s*";
	private static final String CLAUSE = "[^。；;，,]";

	private Phrases() {
	}

	/** The regular expression a narrative runs: its own, or its phrase's. */
	public static String regex(Narrative narrative) {
		return narrative.getPhrase() != null ? compile(narrative.getPhrase()) : narrative.getPattern();
	}

	/** The regular expression a mention runs: its own, or its phrase's. */
	public static String regex(Mention mention) {
		return mention.getPhrase() != null ? compile(mention.getPhrase()) : mention.getPattern();
	}

	/** How often a phrase stands for a number. */
	public static int numbers(String phrase) {
		return phrase.split(Pattern.quote(NUMBER), -1).length - 1;
	}

	/**
	 * The regular expression of a phrase.
	 *
	 * @throws IllegalArgumentException if a parenthesis is not closed, or a word list has an empty word
	 */
	public static String compile(String phrase) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < phrase.length()) {
			char c = phrase.charAt(i);
			if (phrase.startsWith(NUMBER, i)) {
				regex.append(NUMBER_REGEX);
				i += NUMBER.length();
			} else if (phrase.startsWith("……", i) || phrase.startsWith("......", i)) {
				regex.append(CLAUSE).append("{0,12}?");
				i += phrase.startsWith("……", i) ? 2 : 6;
			} else if (c == '…' || phrase.startsWith("...", i)) {
				regex.append(CLAUSE).append("{0,6}?");
				i += c == '…' ? 1 : 3;
			} else if (c == '(' || c == '（') {
				int close = closing(phrase, i);
				regex.append("(?:").append(compile(phrase.substring(i + 1, close))).append(")?");
				i = close + 1;
			} else if (c == ')' || c == '）') {
				throw new IllegalArgumentException("“" + phrase.substring(0, i + 1) + "”: the parenthesis was not opened");
			} else if (Character.isWhitespace(c)) {
				i++;
			} else {
				int end = i;
				while (end < phrase.length() && !special(phrase, end)) {
					end++;
				}
				regex.append(words(phrase.substring(i, end)));
				i = end;
			}
		}
		return regex.toString();
	}

	private static boolean special(String phrase, int at) {
		char c = phrase.charAt(at);
		return c == '…' || c == '(' || c == '（' || c == ')' || c == '）' || Character.isWhitespace(c)
				|| phrase.startsWith(NUMBER, at) || phrase.startsWith("...", at);
	}

	private static int closing(String phrase, int open) {
		for (int i = open + 1; i < phrase.length(); i++) {
			if (phrase.charAt(i) == ')' || phrase.charAt(i) == '）') {
				return i;
			}
		}
		throw new IllegalArgumentException("“" + phrase.substring(open) + "”: the parenthesis is not closed");
	}

	private static String words(String run) {
		List<String> words = new ArrayList<>();
		for (String word : run.split("/", -1)) {
			if (word.isEmpty()) {
				throw new IllegalArgumentException("“" + run + "”: a word of the list is empty");
			}
			words.add(Pattern.quote(word));
		}
		return words.size() == 1 ? words.getFirst() : "(?:" + String.join("|", words) + ")";
	}
}
