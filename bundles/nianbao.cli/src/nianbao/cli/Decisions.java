package nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.check.Finding;
import nianbao.check.Triage;
import nianbao.check.TriageFile;

/**
 * The auditors' decisions about the findings of a run: those of the triage file next to a report
 * (written by the workbench) first, then those carried in the baseline.
 */
final class Decisions {

	private final Baseline baseline;
	/** The triage file of each report's folder (an empty one where there is none). */
	private final Map<Path, TriageFile> byFolder;

	private Decisions(Baseline baseline, Map<Path, TriageFile> byFolder) {
		this.baseline = baseline;
		this.byFolder = byFolder;
	}

	/**
	 * Reads the triage files that govern the reports.
	 *
	 * @throws IOException if one is not a triage file; the message names it
	 */
	static Decisions load(List<Path> reports, Baseline baseline) throws IOException {
		Map<Path, TriageFile> byFolder = new HashMap<>();
		Map<Path, TriageFile> byFile = new HashMap<>();
		for (Path report : reports) {
			Path folder = report.toAbsolutePath().getParent();
			if (!byFolder.containsKey(folder)) {
				Optional<Path> file = TriageFile.near(report);
				TriageFile triage = file.isEmpty() ? TriageFile.empty() : byFile.get(file.get());
				if (triage == null) {
					triage = TriageFile.read(file.get());
					byFile.put(file.get(), triage);
				}
				byFolder.put(folder, triage);
			}
		}
		return new Decisions(baseline, byFolder);
	}

	/** The decision about a finding of a report, if any was taken. */
	Optional<Triage> of(Path source, Finding finding) {
		TriageFile file = byFolder.get(source.toAbsolutePath().getParent());
		Optional<Triage> own = file == null ? Optional.empty() : file.of(source, finding);
		return own.isPresent() ? own : baseline.triage(source, finding);
	}

	/** Whether a finding was dismissed, and so does not count. */
	boolean dismissed(Path source, Finding finding) {
		return of(source, finding).map(Triage::dismissed).orElse(false);
	}
}
