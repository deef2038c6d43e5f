// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

/**
 * Chinese numerals as reports print them in dates and counts: 二〇二二, 十二, 二十八, 三百零五.
 */
public final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** A number written digit by digit (二〇二二 is 2022). */
	public static int digits(String text) {
		int value = 0;
		for (char c : text.toCharArray()) {
			value = value * 10 + digit(c);
		}
		return value;
	}

	/** A number written with 十, 百, 千, 万 (二十八 is 28, 十二 is 12, 三百零五 is 305). */
	public static long value(String text) {
		long total = 0;
		long section = 0;
		long digit = -1;
		for (char c : text.toCharArray()) {
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> 0;
			};
			if (c == '万' || c == '亿') {
				section += Math.max(digit, 0);
				total += section * (c == '万' ? 10_000L : 100_000_000L);
				section = 0;
				digit = -1;
			} else if (unit > 0) {
				section += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
			} else {
				digit = digit(c);
			}
		}
		return total + section + Math.max(digit, 0);
	}

	private static int digit(char c) {
		if (c == '零' || c == '〇' || c == 'Ｏ' || c == 'O') {
			return 0;
		}
		if (c == '两') {
			return 2;
		}
		int d = DIGITS.indexOf(c);
		if (d < 0) {
			throw new IllegalArgumentException("not a Chinese digit: " + c);
		}
		return d;
	}
}
