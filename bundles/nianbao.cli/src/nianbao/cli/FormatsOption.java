// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nianbao.check.DeclaredChecks;
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
		return library(List.of());
	}

	/**
	 * The official formats, those of the folder if one was given, and {@code more}.
	 *
	 * @throws FormatException if the folder is missing or a format file has errors
	 */
	FormatLibrary library(List<Path> more) throws IOException, FormatException {
		if (dir == null && more.isEmpty()) {
			return OfficialFormats.library();
		}
		List<Path> files = new ArrayList<>();
		if (dir != null) {
			if (!Files.isDirectory(dir)) {
				throw new FormatException(dir + ": not a folder");
			}
			try (Stream<Path> listed = Files.list(dir)) {
				listed.filter(f -> f.getFileName().toString().endsWith(".nbformat")).sorted().forEach(files::add);
			}
		}
		more.stream().filter(f -> !files.contains(f)).forEach(files::add);
		FormatLibrary library = OfficialFormats.withOwn(files.stream().map(FormatLibrary.Source::of).toList());
		// an author's own file may declare a check the engine does not carry out
		DeclaredChecks.verify(library);
		return library;
	}
}
