package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.read.TextRange;

/**
 * Splits a region of text into tokens at white space (any width), tabs, line breaks and pipes. This
 * one view serves every text layout: one cell per line, tab- or pipe-separated rows and
 * space-aligned columns all become the same sequence of labels and values.
 *
 * <p>What a page or a text table prints around the cells is left out: lines that are only a page
 * number ("- 3 -", "第 3 页 共 8 页") and rule lines ("|---|---|", "──┼──"). A page number's dashes
 * would otherwise read as "—" cells in front of the row's own.
 */
final class Tokenizer {

	/** A line that is only a page number, as page footers and headers print it. */
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-—–－─]\\s*\\d{1,4}\\s*[-—–－─]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，、/]?\\s*共\\s*\\d{1,4}\\s*页)?"
					+ "|共\\s*\\d{1,4}\\s*页\\s*[,，、]?\\s*第\\s*\\d{1,4}\\s*页|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?");

	/** A rule line of a text table: dashes and colons between pipes or crosses, nothing else. */
	private static final Pattern RULE_LINE = Pattern.compile("[\\s|｜+:：=\\-—–─━┼├┤┬┴┌┐└┘│┃╋]*");

	/**
	 * A label printed with its row's digits attached ("…申请数量2100000021"): the label ends in a
	 * Chinese character, a closing bracket or a closing quotation mark, the digits follow without a space.
	 */
	private static final Pattern LABEL_THEN_DIGITS = Pattern
			.compile("(.*[\\p{IsHan}）)\\]”」』’\"])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");

	private Tokenizer() {
	}

	static List<Token> tokens(String text, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		int i = start;
		while (i < end) {
			int lineEnd = text.indexOf('\n', i);
			lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
			if (!isFurniture(text.substring(i, lineEnd))) {
				line(text, i, lineEnd, tokens);
			}
			i = lineEnd + 1;
		}
		return tokens;
	}

	/** Adds the tokens of one line. */
	private static void line(String text, int start, int end, List<Token> tokens) {
		int first = tokens.size();
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
				add(text.substring(from, i), from, tokens);
			}
		}
		spacedOutWords(tokens, first);
	}

	/** Adds a piece, as a label and a value where a label has the row's digits attached. */
	private static void add(String piece, int from, List<Token> tokens) {
		CellText cell = CellText.classify(piece);
		Matcher attached = cell == null ? LABEL_THEN_DIGITS.matcher(piece) : null;
		if (attached != null && attached.matches()) {
			String label = attached.group(1);
			String digits = attached.group(2);
			tokens.add(new Token(label, new TextRange(from, label.length()), null));
			tokens.add(new Token(digits, new TextRange(from + label.length(), digits.length()), CellText.classify(digits)));
			return;
		}
		tokens.add(new Token(piece, new TextRange(from, piece.length()), cell));
	}

	/**
	 * In a label spaced out character by character ("申 请 人 无 正 当 理 由", "4. 无 正 当"), a single 无
	 * or 空 is a character of the label, not a "none" cell: it stands between a piece of label and a
	 * single character of label.
	 */
	private static void spacedOutWords(List<Token> tokens, int first) {
		for (int k = first + 1; k + 1 < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (token.isValue() && token.text().length() == 1 && "无空".contains(token.text())
					&& !tokens.get(k - 1).isValue() && isLabelCharacter(tokens.get(k + 1))) {
				tokens.set(k, new Token(token.text(), token.range(), null));
			}
		}
	}

	private static boolean isLabelCharacter(Token token) {
		return !token.isValue() && token.text().codePointCount(0, token.text().length()) == 1;
	}

	private static boolean isFurniture(String line) {
		String stripped = line.strip();
		if (stripped.isEmpty()) {
			return false;
		}
		if (PAGE_NUMBER.matcher(stripped).matches()) {
			return true;
		}
		// a lone "—" or "---" is a cell; a rule line has a pipe or a cross besides its dashes
		return RULE_LINE.matcher(stripped).matches() && stripped.chars().anyMatch(c -> "|｜+┼├┤│┃╋".indexOf(c) >= 0)
				&& stripped.chars().anyMatch(c -> "-—–─━=".indexOf(c) >= 0);
	}

	static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '|' || c == '｜' || c == '\u200B'
				|| c == '\uFEFF';
	}
}
