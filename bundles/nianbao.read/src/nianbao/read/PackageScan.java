// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Goes through a Word or Excel package (.docx, .xlsx) once, streaming, before POI reads it: POI holds a
 * whole sheet or document in memory, several times its XML's size, so a file beyond the limits must be
 * refused before POI sees it. Counts the bytes every part unpacks to, the nesting of every XML part, the
 * table rows and cells of sheets and Word documents, and refuses a part that declares a DOCTYPE (the
 * way to external and expanding entities; Office never writes one).
 *
 * <p>A package that {@link ZipFile} cannot open, or a part that is not well-formed XML, is left to POI,
 * which says the file is damaged.
 */
final class PackageScan {

	private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private final Path file;
	private final ReadBudget budget;
	private final XMLInputFactory factory;
	/** "Word", "Excel", or "Word or Excel" while the package's main part is not known. */
	private String kind = "Word or Excel";
	private long unpacked;
	private int rows;
	private int cells;

	private PackageScan(Path file, ReadBudget budget) {
		this.file = file;
		this.budget = budget;
		// the JDK's own parser, not one found through the service loader (which OSGi bundles do not share)
		factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		// the JDK stops at 100 levels (since JDK 24) as if the part were malformed; the depth limit is ours
		factory.setProperty("jdk.xml.maxElementDepth", 0);
	}

	/**
	 * Checks a package against the limits.
	 *
	 * @throws ReadException         if a part declares a DOCTYPE
	 * @throws ReadBudget.Exceeded if the package exceeds a limit
	 */
	static void check(Path file, ReadBudget budget) throws ReadException {
		new PackageScan(file, budget).scan();
	}

	private void scan() throws ReadException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			kind = zip.getEntry("word/document.xml") != null ? "Word"
					: zip.getEntry("xl/workbook.xml") != null ? "Excel" : kind;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				budget.time();
				try (InputStream in = new Counted(zip.getInputStream(entry))) {
					String name = entry.getName();
					if (name.endsWith(".xml") || name.endsWith(".rels")) {
						xml(name, in);
					} else {
						in.transferTo(OutputStream.nullOutputStream());
					}
				} catch (ZipException e) {
					// a damaged entry: POI will say so
				}
			}
		} catch (IOException e) {
			// not a zip that ZipFile reads (damaged, truncated): POI will say so, in its words
		}
	}

	private void xml(String name, InputStream in) throws ReadException, IOException {
		boolean sheet = name.startsWith("xl/worksheets/");
		boolean word = name.startsWith("word/");
		int depth = 0;
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				switch (reader.next()) {
					case XMLStreamConstants.DTD -> throw new ReadException(file, "the " + kind
							+ " file contains a forbidden XML declaration (DOCTYPE/external entity); refused");
					case XMLStreamConstants.START_ELEMENT -> {
						if (++depth > budget.limits().depth()) {
							throw budget.exceeded("the " + kind + " file nests XML elements more than "
									+ budget.limits().depth() + " levels deep", "depth");
						}
						String local = reader.getLocalName();
						String namespace = reader.getNamespaceURI();
						if (sheet && SHEET.equals(namespace) && local.equals("row")
								|| word && WORD.equals(namespace) && local.equals("tr")) {
							budget.checkRows(++rows);
						} else if (sheet && SHEET.equals(namespace) && local.equals("c")
								|| word && WORD.equals(namespace) && local.equals("tc")) {
							budget.checkCells(++cells);
						}
					}
					case XMLStreamConstants.END_ELEMENT -> depth--;
					default -> {
						// text and the rest count only as bytes unpacked
					}
				}
			}
		} catch (XMLStreamException e) {
			// a limit exceeded while the parser read, wrapped by it; else not well-formed: POI will say so
			ReadBudget.Exceeded exceeded = ReadBudget.exceededIn(e);
			if (exceeded != null) {
				throw exceeded;
			}
		}
	}

	/** Counts the bytes unpacked, of all parts together, and stops at the limit. */
	private final class Counted extends FilterInputStream {

		Counted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			unpacked += n;
			if (unpacked > budget.limits().unpacked() * 1024L * 1024L) {
				throw budget.exceeded("the " + kind + " file unpacks to more than " + budget.limits().unpacked() + " MB",
						"unpacked");
			}
			if ((unpacked & 0xFFFFF) < n) {
				// about once a megabyte
				budget.time();
			}
		}
	}
}
