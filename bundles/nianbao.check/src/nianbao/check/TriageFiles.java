// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The triage files that govern reports: for each report the nearest {@value TriageFile#NAME} in its
 * folder or a folder above, each read once however many reports it governs. The runner, the
 * workspace builder and the workbench's findings view look decisions and corrections up the same way.
 * A broken triage file decides and corrects nothing; the one who asks is told of it, to refuse it or to
 * mark it. Safe to use from several threads (an audit looks corrections up from each of its threads).
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
	public synchronized TriageFile governing(Path report) {
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

	/** The corrections of a report's cells, as the triage file that governs it holds them. */
	public synchronized List<Correction> corrections(Path report) {
		return governing(report).corrections(report);
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
