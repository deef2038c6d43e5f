// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import nianbao.read.ReadException;
import nianbao.read.ReadLimits;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/**
 * The readers' fuzz target, for Jazzer ({@code ./nianbao fuzz}): each input is written to a file with the
 * extension the system property {@code nianbao.fuzz.extension} names and read under the limits a report
 * is read under. A reader may refuse an input with a plain reason (a {@link ReadException}, which becomes
 * "not assessed"); anything else it throws, a reason that shows Java's internals, a hang past the limits
 * or running out of memory is a finding. Jazzer finds {@link #fuzzerTestOneInput} by its name, so the
 * target needs no Jazzer API in the test bundle.
 */
public final class ReaderFuzz {

	/** A reason that names a Java class or an exception is not plain. */
	private static final Pattern INTERNALS = Pattern.compile("Exception|Error:|\\b(java|javax|org|com)\\.[a-z]+\\.");

	private static final Path FILE;

	static {
		try {
			FILE = Files.createTempDirectory("nianbao-fuzz")
					.resolve("input." + System.getProperty("nianbao.fuzz.extension", "txt"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final ReadLimits LIMITS = ReadLimits.of(List.of("time=10"));

	private ReaderFuzz() {
	}

	/** Reads one input; throws for a finding. */
	public static void fuzzerTestOneInput(byte[] input) throws IOException {
		Files.write(FILE, input);
		try {
			Readers.read(FILE, LIMITS);
		} catch (ReadException refused) {
			if (INTERNALS.matcher(refused.reason()).find()) {
				throw new IllegalStateException("a refusal that is not plain: " + refused.reason(), refused);
			}
		}
	}

	/**
	 * Writes the seeds of the fuzz runs into a folder, a sub-folder per extension: every sample of the
	 * corpus in every format the test files are made in (Word, Excel, HTML from the ground truth), the
	 * text reports, the PDFs and the official Word template.
	 */
	public static void main(String[] args) throws IOException {
		Path seeds = Path.of(args[0]);
		for (Path report : Samples.allTextReports()) {
			String name = report.getFileName().toString().replaceFirst("\\.txt$", "");
			Files.copy(report, Files.createDirectories(seeds.resolve("txt")).resolve(name + ".txt"));
			GoldenReport golden = GoldenReport.of(Samples.groundTruth(report), report);
			for (String extension : GoldenFiles.EXTENSIONS) {
				// the .doc versions exist for the seed samples only (POI does not write Word 97-2003)
				if (!extension.equals("doc") || GoldenFiles.class.getResource("golden/" + name + ".doc") != null) {
					GoldenFiles.write(golden, Files.createDirectories(seeds.resolve(extension)), name, extension);
				}
			}
		}
		for (String folder : List.of("pdf", "docx")) {
			try (var files = Files.list(Samples.root().resolve(folder))) {
				for (Path file : files.filter(f -> f.toString().endsWith("." + folder)).toList()) {
					Files.copy(file, Files.createDirectories(seeds.resolve(folder)).resolve(file.getFileName()));
				}
			}
		}
	}
}
