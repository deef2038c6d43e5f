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
		return list(root().resolve("reports"));
	}

	/**
	 * The reports as a web crawler saved them ({@code samples/wild}: tables flattened onto long lines,
	 * cells run together), in name order.
	 */
	public static List<Path> wildReports() {
		return list(root().resolve("wild/reports"));
	}

	/**
	 * The ground truth of a text report: in {@code expected/} beside its folder ({@code samples/wild}'s
	 * own), else in {@code samples/expected}.
	 */
	public static GroundTruth groundTruth(Path report) {
		String name = report.getFileName().toString().replaceFirst("\\.txt$", ".json");
		Path beside = report.toAbsolutePath().getParent().resolveSibling("expected").resolve(name);
		return GroundTruth.read(Files.isRegularFile(beside) ? beside : root().resolve("expected").resolve(name));
	}

	private static List<Path> list(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
