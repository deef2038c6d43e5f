// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The kinds of report file: the extensions that name them, the size beyond which a file is refused
 * rather than read into memory (no annual report comes near these), and the reader.
 */
enum FileType {

	TEXT("text", 20, TextReader::read, "txt", "text"),
	HTML("HTML", 20, HtmlReader::read, "html", "htm"),
	/** Word and Excel, old and new: the content tells which (see {@link OfficeReader}). */
	OFFICE("Word or Excel", 20, OfficeReader::read, "docx", "doc", "xlsx", "xls"),
	PDF("PDF", 50, PdfReader::read, "pdf"),
	/** A scan or screenshot, read by OCR. */
	IMAGE("image", 50, ImageFileReader::read, "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");

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

	/**
	 * The type of the content. Containers (PDF, OLE2, Office Open XML) and HTML are recognised by their
	 * first bytes whatever the file is called, since reports are often published under the wrong
	 * extension (a .doc that is an HTML page, a .docx that is a Word 97 file); HTML also by its markup
	 * (see {@link HtmlSniffing}: crawlers save page sources as .txt, with a byte-order mark, comments,
	 * upper-case tags or a header of their own before the page). Other content is taken for what the
	 * extension says if that is a text type.
	 *
	 * @throws ReadException if the content is of a kind no reader handles, or not of the named kind
	 */
	static FileType ofContent(Path file, byte[] bytes, FileType named) throws ReadException {
		return switch (FileMagic.valueOf(bytes)) {
			case PDF -> PDF;
			case OLE2, OOXML -> OFFICE;
			case HTML -> HTML;
			case RTF -> throw new ReadException(file, "an RTF document, which is not supported; save it as .docx");
			case JPEG, PNG, GIF, TIFF, BMP -> IMAGE;
			case WMF, EMF -> throw new ReadException(file, "a Windows metafile drawing, which is not supported; save it as PNG");
			case BIFF2, BIFF3, BIFF4, WORD2, MSWRITE -> throw new ReadException(file,
					"an old Word or Excel format (before Office 97), which is not supported");
			default -> {
				if (named == HTML) {
					yield named;
				}
				// a page saved as .txt; Word and Excel can save a web page under .doc or .xls, sometimes
				// without the marks FileMagic knows
				if (looksLikeHtml(bytes)) {
					yield HTML;
				}
				if (named == TEXT) {
					yield named;
				}
				throw new ReadException(file, "not a " + named.label + " file: the content is neither a document nor text ("
						+ (bytes.length < 64 ? "truncated?" : "damaged?") + ")");
			}
		};
	}

	static long megabytes(long bytes) {
		return (bytes + MB - 1) / MB;
	}

	private static boolean looksLikeHtml(byte[] bytes) {
		return TextDecoding.decode(bytes).filter(d -> HtmlSniffing.isHtml(d.text())).isPresent();
	}
}
