// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;

/**
 * The file {@code -o} names: written as a temporary file beside it and moved into place when the run
 * has ended well, so that a run that fails leaves the old file as it was; never a file the run reads
 * (a report, the baseline) nor one the auditors keep (triage, format and profile files).
 */
final class OutputFile {

	private final Path target;
	private final Path temporary;

	private OutputFile(Path target, Path temporary) {
		this.target = target;
		this.temporary = temporary;
	}

	/** Why {@code target} cannot take the results, in a sentence naming it, or empty if it can. */
	static Optional<String> refusal(Path target, Collection<Path> reads) {
		Path file = target.toAbsolutePath().normalize();
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		if (Files.isDirectory(file)) {
			return Optional.of(target + " is a folder: name a file for the results");
		}
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			return Optional.of("the folder of " + target + " does not exist");
		}
		if (name.equals("nianbao-triage.json") || name.endsWith(".nbformat") || name.endsWith(".nbprofile")) {
			return Optional.of(target + " is an auditors' file (triage, format or profile): the results would replace it");
		}
		for (Path read : reads) {
			if (same(file, read)) {
				return Optional.of(target + " is one of the files this run reads: the results would replace it");
			}
		}
		return Optional.empty();
	}

	/** Opens the temporary file beside {@code target}. */
	static OutputFile beside(Path target) throws IOException {
		Path file = target.toAbsolutePath().normalize();
		return new OutputFile(file, Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part"));
	}

	/** Where the results are written until the run ends. */
	Path temporary() {
		return temporary;
	}

	/** Moves the results into place. */
	void commit() throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Drops the results of a run that failed; the old file stays. */
	void discard() {
		try {
			Files.deleteIfExists(temporary);
		} catch (IOException e) {
			// a temporary file that cannot be removed is left beside the target, named as such
		}
	}

	private static boolean same(Path file, Path read) {
		try {
			return Files.exists(read) && Files.exists(file) ? Files.isSameFile(file, read)
					: file.equals(read.toAbsolutePath().normalize());
		} catch (IOException e) {
			return file.equals(read.toAbsolutePath().normalize());
		}
	}
}
