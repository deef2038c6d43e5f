// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

/** OCR could not read a page: the message is a sentence for the user. */
public class OcrException extends Exception {

	private static final long serialVersionUID = 1L;

	public OcrException(String message) {
		super(message);
	}

	public OcrException(String message, Throwable cause) {
		super(message, cause);
	}
}
