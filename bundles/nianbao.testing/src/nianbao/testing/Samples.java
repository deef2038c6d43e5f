// SPDX-License-Identifier: EPL-2.0
package nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample corpus of the repository ({@code samples/}): real reports and their hand-verified ground
 * truth. The build passes its location as the system property {@code nianbao.samples}.
 */
public final class Samples {

	private Samples() {
	}

	/** The {@code samples/} folder. */
	public static Path root() {
		String property = System.getProperty("nianbao.samples");
		Path root = property != null ? Path.of(property) : Path.of("../../samples");
		if (!Files.isDirectory(root.resolve("reports"))) {
			throw new IllegalStateException("sample corpus not found at " + root.toAbsolutePath()
					+ "; set the system property nianbao.samples");
		}
		return root;
	}

	/** The text reports, in name order. */
	public static List<Path> textReports() {
		return reports(root().resolve("reports"));
	}

	/** The reports as crawled from government sites ({@code samples/wild}), in name order. */
	public static List<Path> wildReports() {
		return reports(root().resolve("wild/reports"));
	}

	/** The text reports, then the wild ones. */
	public static List<Path> allTextReports() {
		return Stream.concat(textReports().stream(), wildReports().stream()).toList();
	}

	/**
	 * The ground truth of a text report: in the {@code expected} folder next to the report's folder
	 * ({@code samples/wild/expected} for a wild report), else in {@code samples/expected}.
	 */
	public static GroundTruth groundTruth(Path report) {
		String name = report.getFileName().toString().replaceFirst("\\.txt$", ".json");
		Path folder = report.toAbsolutePath().getParent();
		Path beside = folder.resolveSibling("expected").resolve(name);
		return GroundTruth.read(Files.isRegularFile(beside) ? beside : root().resolve("expected").resolve(name));
	}

	private static List<Path> reports(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
