// SPDX-License-Identifier: EPL-2.0
package nianbao.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;

/**
 * Compiles the official format files for {@link OfficialFormats#compiled()}; the build of this bundle runs
 * it (pom.xml), before the bundle is packed.
 */
public final class CompileOfficialFormats {

	private CompileOfficialFormats() {
	}

	/**
	 * Compiles the official format files.
	 *
	 * @param args the bundle's folder, which holds the format files, and the folder to write to
	 * @throws FormatException if a format file has errors, which fails the build
	 */
	public static void main(String[] args) throws FormatException, IOException {
		Path bundle = Path.of(args[0]);
		// read from the bundle's folder (the class path of the build has them not yet), under the URIs they
		// have in the product, as the references between them are written as these URIs
		List<FormatLibrary.Source> sources = OfficialFormats.FILES.stream()
				.map(path -> new FormatLibrary.Source(OfficialFormats.uri(path), () -> Files.newInputStream(bundle.resolve(path))))
				.toList();
		FormatLibrary.compile(sources, Path.of(args[1]));
	}
}
