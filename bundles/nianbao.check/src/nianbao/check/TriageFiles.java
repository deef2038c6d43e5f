// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The triage files that govern reports: for each report the nearest {@value TriageFile#NAME} in its
 * folder or a folder above, each read once however many reports it governs. The runner, the
 * workspace builder and the workbench's findings view look decisions up the same way. A broken
 * triage file decides nothing; the one who asks is told of it, to refuse it or to mark it. Not for
 * use by several threads at once.
 */
public final class TriageFiles {

	private final BiConsumer<Path, IOException> broken;
	private final Map<Path, TriageFile> byFolder = new HashMap<>();
	private final Map<Path, TriageFile> byFile = new HashMap<>();

	/** Triage files whose errors are told to {@code broken}, once per file, with the file. */
	public TriageFiles(BiConsumer<Path, IOException> broken) {
		this.broken = broken;
	}

	/** The triage file that governs a report; an empty one where none does or it is broken. */
	public TriageFile governing(Path report) {
		Path folder = report.toAbsolutePath().getParent();
		TriageFile governing = byFolder.get(folder);
		if (governing == null) {
			Optional<Path> file = TriageFile.near(report);
			if (file.isEmpty()) {
				governing = TriageFile.empty();
			} else {
				governing = byFile.computeIfAbsent(file.get(), this::read);
			}
			byFolder.put(folder, governing);
		}
		return governing;
	}

	private TriageFile read(Path file) {
		try {
			return TriageFile.read(file);
		} catch (IOException e) {
			broken.accept(file, e);
			return TriageFile.empty();
		}
	}
}
