// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import nianbao.check.Triage;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;

/**
 * Where the findings view keeps the auditors' decisions: in the triage file that governs the report
 * (the nearest {@value TriageFile#NAME} above it), or a new one at the root of its project (or, for
 * a report outside the workspace, in its folder). The headless runner reads the same file.
 */
final class TriageStore {

	private TriageStore() {
	}

	/**
	 * The triage files that govern reports, as they are now. A broken one decides nothing here: the
	 * builder marks it and the runner refuses it.
	 */
	static TriageFiles current() {
		return new TriageFiles((file, e) -> {
		});
	}

	/**
	 * Records one decision (or withdraws it, for {@code null}) for each row, file by file, and lets the
	 * workspace know so that the builder marks the reports again.
	 *
	 * @throws IOException if a triage file cannot be read or written; the message names it
	 */
	static void decide(Collection<FindingRow> rows, Triage triage) throws IOException {
		Map<Path, List<FindingRow>> byFile = new LinkedHashMap<>();
		for (FindingRow row : rows) {
			byFile.computeIfAbsent(location(row.audit().source()), k -> new ArrayList<>()).add(row);
		}
		for (Map.Entry<Path, List<FindingRow>> entry : byFile.entrySet()) {
			TriageFile file = TriageFile.read(entry.getKey());
			for (FindingRow row : entry.getValue()) {
				if (triage == null) {
					file.reopen(row.finding().fingerprint(row.audit().source()));
				} else {
					file.decide(row.audit().source(), row.finding(), triage);
				}
			}
			file.write(entry.getKey());
			refresh(entry.getKey());
		}
	}

	/** A decision taken today. */
	static Triage today(Triage.State state, String reason) {
		return new Triage(state, reason, LocalDate.now());
	}

	/** The triage file a new decision about a report goes to. */
	static Path location(Path source) {
		Optional<Path> existing = TriageFile.near(source);
		if (existing.isPresent()) {
			return existing.get();
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(source.toUri());
		if (files.length > 0 && files[0].getProject().getLocation() != null) {
			return files[0].getProject().getLocation().toFile().toPath().resolve(TriageFile.NAME);
		}
		return source.toAbsolutePath().resolveSibling(TriageFile.NAME);
	}

	private static void refresh(Path triageFile) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(triageFile.toUri())) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the next refresh of the project finds it; the decision itself is saved
			}
		}
	}
}
