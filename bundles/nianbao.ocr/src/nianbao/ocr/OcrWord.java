// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

/**
 * A word OCR read on a page image.
 *
 * @param box where it is, in pixels from the top left of the image
 * @param lineHeight the height of its line in pixels, which says how large the text is
 * @param text what was read
 * @param confidence Tesseract's confidence, 0 to 100
 */
public record OcrWord(Box box, int lineHeight, String text, double confidence) {

	/** A box in pixels: left and top inclusive, right and bottom exclusive. */
	public record Box(int left, int top, int right, int bottom) {

		public int centerX() {
			return (left + right) / 2;
		}

		public int centerY() {
			return (top + bottom) / 2;
		}

		public boolean contains(int x, int y) {
			return left <= x && x < right && top <= y && y < bottom;
		}
	}
}
