package nianbao.read;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of report file: the extensions that name them, the size beyond which a file is refused
 * rather than read into memory (no annual report comes near these), and the reader.
 */
enum FileType {

	TEXT("text", 20, TextReader::read, "txt", "text"),
	HTML("HTML", 20, HtmlReader::read, "html", "htm"),
	/** Word and Excel, old and new: the content tells which (see {@link OfficeReader}). */
	OFFICE("Word or Excel", 20, OfficeReader::read, "docx", "doc", "xlsx", "xls"),
	PDF("PDF", 50, PdfReader::read, "pdf");

	private static final long MB = 1024 * 1024;

	final String label;
	final long maxBytes;
	final ReportReader reader;
	final Set<String> extensions;

	FileType(String label, long maxMegabytes, ReportReader reader, String... extensions) {
		this.label = label;
		this.maxBytes = maxMegabytes * MB;
		this.reader = reader;
		this.extensions = Set.of(extensions);
	}

	/** The type a lower-case extension names. */
	static Optional<FileType> ofExtension(String extension) {
		return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
	}

	static long megabytes(long bytes) {
		return (bytes + MB - 1) / MB;
	}
}
