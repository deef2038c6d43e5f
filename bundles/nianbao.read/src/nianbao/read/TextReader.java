package nianbao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads plain-text reports (.txt) in any of the encodings {@link TextDecoding} knows. The canonical
 * text is the file's text with line breaks made {@code \n} and form feeds (page breaks) made line
 * breaks; each non-blank line is a {@link Paragraph}.
 */
public final class TextReader implements ReportReader {

	/** Larger files are refused rather than read into memory: no annual report comes near it. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	@Override
	public Set<String> extensions() {
		return Set.of("txt", "text");
	}

	@Override
	public Document read(Path file) throws ReadException {
		byte[] bytes = readBytes(file);
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes)
				.orElseThrow(() -> new ReadException(file,
						"not a text file: the content is neither UTF-8, UTF-16 nor GB18030 text"));
		String text = canonical(decoded.text());
		if (text.isBlank()) {
			throw new ReadException(file, "the file holds no text");
		}
		return new Document(file, text, paragraphs(text), "text, " + decoded.charset().name()
				+ (decoded.hadBom() ? " with byte-order mark" : ""));
	}

	static byte[] readBytes(Path file) throws ReadException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new ReadException(file, Files.exists(file) ? "not a regular file" : "no such file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ReadException(file, "the file is empty");
			}
			if (size > MAX_BYTES) {
				throw new ReadException(file, "the file is too large (" + size / (1024 * 1024) + " MB; the limit is "
						+ MAX_BYTES / (1024 * 1024) + " MB)");
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ReadException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	private static String canonical(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
	}

	private static List<Block> paragraphs(String text) {
		List<Block> blocks = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (!text.substring(start, end).isBlank()) {
				blocks.add(new Paragraph(new TextRange(start, end - start)));
			}
			start = end + 1;
		}
		return blocks;
	}
}
