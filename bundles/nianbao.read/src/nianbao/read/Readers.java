package nianbao.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The readers of every supported file type, chosen by file name extension.
 */
public final class Readers {

	private static final List<ReportReader> READERS = List.of(new TextReader());

	private Readers() {
	}

	/** Every extension some reader handles, lower case, without the dot. */
	public static Set<String> extensions() {
		Set<String> all = new TreeSet<>();
		READERS.forEach(r -> all.addAll(r.extensions()));
		return all;
	}

	/** Whether some reader handles this file's extension. */
	public static boolean isReport(Path file) {
		return readerFor(file).isPresent();
	}

	/**
	 * Reads a report with the reader for its extension.
	 *
	 * @throws ReadException if no reader handles the extension or the file cannot be read
	 */
	public static Document read(Path file) throws ReadException {
		ReportReader reader = readerFor(file).orElseThrow(() -> new ReadException(file,
				"unsupported file type; supported: " + String.join(", ", extensions())));
		return reader.read(file);
	}

	private static Optional<ReportReader> readerFor(Path file) {
		String ext = extension(file);
		return READERS.stream().filter(r -> r.extensions().contains(ext)).findFirst();
	}

	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
