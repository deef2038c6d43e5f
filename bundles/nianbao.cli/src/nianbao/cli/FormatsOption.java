// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.formats.OfficialFormats;
import picocli.CommandLine.Option;

/** {@code --formats DIR}: the formats a command works with, the official ones and a rule author's own. */
final class FormatsOption {

	@Option(names = "--formats", paramLabel = "DIR",
			description = "Also load the format files (*.nbformat) in DIR; they may be based on the official formats.")
	private Path dir;

	/**
	 * The official formats, with those of the folder if one was given.
	 *
	 * @throws FormatException if the folder is missing or a format file has errors
	 */
	FormatLibrary library() throws IOException, FormatException {
		if (dir == null) {
			return OfficialFormats.library();
		}
		if (!Files.isDirectory(dir)) {
			throw new FormatException(dir + ": not a folder");
		}
		try (Stream<Path> files = Files.list(dir)) {
			List<FormatLibrary.Source> own = files.filter(f -> f.getFileName().toString().endsWith(".nbformat")).sorted()
					.map(FormatLibrary.Source::of).toList();
			return OfficialFormats.withOwn(own);
		}
	}
}
