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
 * UTF-8 if the bytes are valid UTF-8, else UTF-16 if zero bytes sit on one side of the byte pairs,
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

	/** UTF-16 without a byte-order mark shows as zero bytes (the high byte of ASCII) on one side only. */
	private static Charset utf16WithoutBom(byte[] bytes) {
		int n = Math.min(bytes.length, 8192) & ~1;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < n; i += 2) {
			if (bytes[i] == 0) {
				evenZeros++;
			}
			if (bytes[i + 1] == 0) {
				oddZeros++;
			}
		}
		int pairs = n / 2;
		if (pairs == 0) {
			return null;
		}
		if (evenZeros * 10 >= pairs && oddZeros == 0) {
			return StandardCharsets.UTF_16BE;
		}
		if (oddZeros * 10 >= pairs && evenZeros == 0) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
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
