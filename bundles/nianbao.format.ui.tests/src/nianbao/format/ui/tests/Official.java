// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nianbao.format.FormatException;
import nianbao.format.TableStructure;
import nianbao.format.language.Format;
import nianbao.format.language.Referable;
import nianbao.format.language.Table;
import nianbao.formats.OfficialFormats;

/**
 * The official 2021 format file as the tests use it: its text from bundle nianbao.formats, and the
 * names it declares as nianbao.format's own loader reads them (independently of the editor's code).
 */
final class Official {

	static final String FILE = "formats/2021.nbformat";

	private Official() {
	}

	static String text2021() {
		try (InputStream in = open2021()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The name the projects' copy of the 2021 format goes by: a copy that kept "2021" would clash with the
	 * official format, as it would in an audit (the editor marks it; the quick fix renames it).
	 */
	static final String LOCAL = "2021-本地";

	/** The official 2021 format file, renamed {@link #LOCAL}, as a rule author keeps a copy of it. */
	static String localCopy() {
		return text2021().replaceFirst("format \"2021\"", "format \"" + LOCAL + "\"");
	}

	static InputStream open2021() {
		return OfficialFormats.class.getResourceAsStream("/" + FILE);
	}

	static Format format2021() throws FormatException {
		return OfficialFormats.library().byId("2021").orElseThrow();
	}

	static Table table(String name) throws FormatException {
		return format2021().getParts().stream().flatMap(p -> p.getTables().stream()).filter(t -> t.getName().equals(name))
				.findFirst().orElseThrow();
	}

	/** The names of a table's rows and row groups, or columns and column groups, in declaration order. */
	static java.util.List<String> names(Table table, boolean rows) throws FormatException {
		return (rows ? TableStructure.allRowNodes(table) : TableStructure.allColumnNodes(table)).stream()
				.map(Referable.class::cast).map(Referable::getName).toList();
	}

	/** The offset just after the first occurrence of {@code marker} in {@code text}. */
	static int after(String text, String marker) {
		int at = text.indexOf(marker);
		if (at < 0) {
			throw new AssertionError("not in the text: " + marker);
		}
		return at + marker.length();
	}
}
