// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


/**
 * The report files named on the command line: files as given, folders searched recursively for the
 * extensions some reader handles, in name order.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * The files named, and the report files in the folders named, in name order per folder.
	 *
	 * @throws IOException if a folder cannot be read
	 */
	public static List<Path> collect(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(Readers::isReport).sorted().forEach(files::add);
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
			} else {
				// a file named explicitly is audited even if it does not exist, so that the user hears why
				files.add(path);
			}
		}
		return files;
	}
}
