// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads report files of every supported type: plain text, HTML, Word (.docx, .doc), Excel (.xlsx, .xls)
 * and PDF. The extension names the type and its size limit; the content decides which reader reads it
 * (see {@link FileType#ofContent}).
 */
public final class Readers {

	private Readers() {
	}

	/** Every extension some reader handles, lower case, without the dot. */
	public static Set<String> extensions() {
		Set<String> all = new TreeSet<>();
		Arrays.stream(FileType.values()).forEach(t -> all.addAll(t.extensions));
		return all;
	}

	/** Whether some reader handles this file's extension. */
	public static boolean isReport(Path file) {
		return FileType.ofExtension(extension(file)).isPresent();
	}

	/**
	 * Reads a report under the {@link ReadLimits#DEFAULTS default limits}.
	 *
	 * @throws ReadException if no reader handles the extension or the file cannot be read
	 * @see #read(Path, ReadLimits)
	 */
	public static Document read(Path file) throws ReadException {
		return read(file, ReadLimits.DEFAULTS);
	}

	/**
	 * Reads a report under limits. Bad input of any kind (missing, empty, too large, damaged, truncated,
	 * encrypted, without text, beyond a limit) gives a {@link ReadException} that names the file and the
	 * reason.
	 *
	 * @throws ReadException if no reader handles the extension or the file cannot be read
	 */
	public static Document read(Path file, ReadLimits limits) throws ReadException {
		try {
			return readWithin(file, new ReadBudget(file, limits));
		} catch (ReadBudget.Exceeded e) {
			throw e.exception();
		}
	}

	private static Document readWithin(Path file, ReadBudget budget) throws ReadException {
		String extension = extension(file);
		FileType named = FileType.ofExtension(extension).orElseThrow(() -> new ReadException(file,
				"unsupported file type; supported: " + String.join(", ", extensions())));
		byte[] bytes = bytes(file, named, extension);
		FileType actual = FileType.ofContent(file, bytes, named);
		Document document = actual.reader.read(file, bytes, budget);
		if (actual == named) {
			return document;
		}
		return new Document(file, document.text(), document.blocks(),
				document.description() + " (the file is named ." + extension + ")", document.recognised());
	}

	private static byte[] bytes(Path file, FileType type, String extension) throws ReadException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new ReadException(file, Files.exists(file) ? "not a regular file" : "no such file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ReadException(file, "the file is empty");
			}
			if (size > type.maxBytes) {
				throw new ReadException(file, "the file is too large (" + FileType.megabytes(size) + " MB; the limit for ."
						+ extension + " files is " + FileType.megabytes(type.maxBytes) + " MB)");
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw ReadException.unreadable(file, e);
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
