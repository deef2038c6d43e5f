// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the encoding of a Chinese text file and decodes it: a byte-order mark if there is one, else
 * UTF-16 if zero bytes sit mostly on one side of the byte pairs, else UTF-8 if the bytes are valid UTF-8,
 * else GB18030 (which includes GBK and GB2312).
 *
 * <p>This is decided by strict decoders rather than by a statistical detector (juniversalchardet,
 * ICU's CharsetDetector): for the encodings Chinese government sites use, a strict UTF-8 or GB18030
 * decode that succeeds is proof, whereas a detector guesses from byte frequencies and can take short
 * GBK texts for Big5 or EUC-KR.
 */
public final class TextDecoding {

	/** The decoded text and the charset it was decoded with. */
	public record Decoded(String text, Charset charset, boolean hadBom) {
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private TextDecoding() {
	}

	/**
	 * Decodes bytes.
	 *
	 * @return the text, or empty if the bytes are not text in any of the supported encodings
	 */
	public static Optional<Decoded> decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, StandardCharsets.UTF_8, true));
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded(t, StandardCharsets.UTF_16BE, true));
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded(t, StandardCharsets.UTF_16LE, true));
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return strict(bytes, 0, utf16).map(t -> new Decoded(t, utf16, false));
		}
		if (containsZero(bytes)) {
			return Optional.empty();
		}
		Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.isPresent()) {
			return utf8.map(t -> new Decoded(t, StandardCharsets.UTF_8, false));
		}
		return strict(bytes, 0, GB18030).map(t -> new Decoded(t, GB18030, false));
	}

	/** Whether the bytes are valid text in this charset (a byte-order mark counts as valid). */
	static boolean isValid(byte[] bytes, Charset charset) {
		return strict(bytes, 0, charset).isPresent();
	}

	/**
	 * UTF-16 without a byte-order mark: the file has zero bytes (the high byte of every line break),
	 * and one byte order decodes to Chinese text while the other gives unrelated characters.
	 */
	private static Charset utf16WithoutBom(byte[] bytes) {
		if (bytes.length % 2 != 0 || !containsZero(bytes)) {
			return null;
		}
		Charset best = null;
		double bestShare = 0.9;
		for (Charset charset : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			Optional<String> text = strict(bytes, 0, charset);
			double share = text.map(TextDecoding::plausibleShare).orElse(0.0);
			if (share > bestShare) {
				best = charset;
				bestShare = share;
			}
		}
		return best;
	}

	/** The share of characters a Chinese report consists of: Han, ASCII, CJK and full-width punctuation. */
	private static double plausibleShare(String text) {
		long plausible = text.chars().filter(c -> c < 0x80 || (c >= 0x2000 && c < 0x2070) || (c >= 0x3000 && c < 0x3040)
				|| (c >= 0xFF00 && c < 0xFFF0) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		return text.isEmpty() ? 0 : (double) plausible / text.length();
	}

	private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			String text = chars.toString();
			return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
		} catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	private static boolean containsZero(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
