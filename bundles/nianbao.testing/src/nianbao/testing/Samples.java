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
		try (Stream<Path> files = Files.list(root().resolve("reports"))) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ground truth of a text report. */
	public static GroundTruth groundTruth(Path report) {
		String name = report.getFileName().toString().replaceFirst("\\.txt$", ".json");
		return GroundTruth.read(root().resolve("expected").resolve(name));
	}
}
