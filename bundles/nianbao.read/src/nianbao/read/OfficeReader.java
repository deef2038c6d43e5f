// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads Word and Excel files, old (OLE2: .doc, .xls) and new (Office Open XML: .docx, .xlsx). The
 * container and what it holds decide the reader, not the extension, so a .docx that is really a
 * Word 97 file is read all the same. POI's factories are not used: they find the OOXML readers through
 * the service loader, which does not work across OSGi bundles.
 */
final class OfficeReader {

	/** The names HSSF knows for the workbook stream of an OLE2 file ("Book" is Excel 5/95). */
	private static final List<String> WORKBOOK_ENTRIES = List.of("Workbook", "WORKBOOK", "BOOK", "Book");

	private OfficeReader() {
	}

	static Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException {
		try {
			if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
				return ole2(file, bytes, budget);
			}
			PackageScan.check(file, budget);
			return officeOpenXml(file, bytes, budget);
		} catch (EncryptedDocumentException e) {
			throw ReadException.encrypted(file, e);
		} catch (OldFileFormatException e) {
			throw new ReadException(file, "an old format (Word or Excel 95 or earlier), which is not supported", e);
		} catch (IOException | InvalidFormatException | RuntimeException e) {
			// POI reports damaged and truncated files with exceptions of every kind
			throw ReadException.damaged(file, e);
		} catch (NoClassDefFoundError e) {
			// the zip reader (commons-compress) needs other libraries for compression methods that Word and
			// Excel never use (Zstandard, XZ, ...), named in the entry's local header; found by fuzzing
			throw new ReadException(file, "damaged: a part of the file is compressed with a method Word and Excel "
					+ "files do not use", e);
		}
	}

	private static Document ole2(Path file, byte[] bytes, ReadBudget budget) throws IOException, ReadException {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				// an encrypted .docx or .xlsx: OOXML packed into an OLE2 container
				throw ReadException.encrypted(file, null);
			}
			if (root.hasEntry("WordDocument")) {
				try (HWPFDocument document = new HWPFDocument(root)) {
					return Word97Reader.read(file, document, budget);
				}
			}
			if (WORKBOOK_ENTRIES.stream().anyMatch(root::hasEntry)) {
				try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
					return WorkbookReader.read(file, workbook, "Excel 97-2003 workbook", budget);
				}
			}
			throw new ReadException(file, "an OLE2 file that holds neither a Word document nor an Excel workbook");
		}
	}

	private static Document officeOpenXml(Path file, byte[] bytes, ReadBudget budget) throws IOException, InvalidFormatException, ReadException {
		OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		try {
			List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
			if (main.isEmpty()) {
				// what a zip cut short looks like: the package's first entries without the document
				throw new ReadException(file, "damaged or truncated: the package has no main document");
			}
			String type = main.getFirst().getContentType();
			if (type.contains("wordprocessingml")) {
				return WordReader.read(file, new XWPFDocument(pkg), budget);
			}
			if (type.contains("spreadsheetml")) {
				return WorkbookReader.read(file, new XSSFWorkbook(pkg), "Excel workbook", budget);
			}
			throw new ReadException(file, "an Office Open XML file that is neither a Word document nor an Excel workbook ("
					+ type + ")");
		} finally {
			// closing would try to save a package opened from a stream; reverting just drops it
			pkg.revert();
		}
	}
}
