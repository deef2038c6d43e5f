// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.model.CellKind;

/**
 * What a printed cell holds: a number, a placeholder for "none" ("/", "—", "无"), a number with a
 * unit or qualifier that is not a plain number ("10000件以上", "2108000元"), or nothing.
 */
public record CellText(CellKind kind, BigDecimal value) {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
	private static final Pattern QUALIFIED_NUMBER = Pattern
			.compile("\\d+(?:\\.\\d+)?(?:件|元|万元|条|个|次|人次|项|份)?(?:以上|以下|左右|余|多)?(?:件|元|万元|条|个|次|人次|项|份)?");
	private static final Pattern PLACEHOLDER = Pattern.compile("[/\\\\]|[-—–－─━]+|无|空|若干");

	/**
	 * Classifies printed cell text.
	 *
	 * @return the classification, or null if the text is not cell-like (a label)
	 */
	public static CellText classify(String printed) {
		// the minus sign of typeset text (U+2212), which NFKC leaves as it is
		String text = Labels.normalize(printed).replace('\u2212', '-');
		if (text.isEmpty()) {
			return new CellText(CellKind.BLANK, null);
		}
		Matcher number = NUMBER.matcher(text);
		if (number.matches()) {
			return new CellText(CellKind.NUMBER, new BigDecimal(text.replace(",", "")));
		}
		if (PLACEHOLDER.matcher(text).matches()) {
			return new CellText(CellKind.PLACEHOLDER, null);
		}
		if (QUALIFIED_NUMBER.matcher(text).matches()) {
			return new CellText(CellKind.TEXT, null);
		}
		return null;
	}
}
