// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

import java.util.List;

/**
 * What OCR read on a page image: its words and the table rules drawn on it, in pixels from the top
 * left of the image.
 *
 * @param dpi the image's resolution, by which pixels become points
 */
public record OcrPage(int width, int height, double dpi, List<OcrWord> words, List<Rule> rules) {

	/**
	 * A ruling line: horizontal at y = {@code at} from x = {@code from} to {@code to}, or vertical at
	 * x = {@code at} from y = {@code from} to {@code to}.
	 */
	public record Rule(boolean horizontal, int at, int from, int to) {
	}
}
