// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Triage;
import nianbao.check.TriageFiles;

/**
 * The auditors' decisions about the findings of a run: those of the triage file next to a report
 * (written by the workbench) first, then those carried in the baseline; and their corrections of
 * misread cells, from the same triage files.
 */
public final class Decisions {

	private final Baseline baseline;
	private final TriageFiles triage;

	private Decisions(Baseline baseline, TriageFiles triage) {
		this.baseline = baseline;
		this.triage = triage;
	}

	/**
	 * Reads the triage files that govern the reports.
	 *
	 * @throws IOException if one is not a triage file; the message names it
	 */
	public static Decisions load(List<Path> reports, Baseline baseline) throws IOException {
		List<IOException> broken = new ArrayList<>();
		TriageFiles triage = new TriageFiles((file, e) -> broken.add(e));
		for (Path report : reports) {
			triage.governing(report);
		}
		if (!broken.isEmpty()) {
			throw broken.getFirst();
		}
		return new Decisions(baseline, triage);
	}

	/** The auditors' corrections of the reports' cells, from the same triage files. */
	public Corrections.Source corrections() {
		return triage::corrections;
	}

	/** The decision about a finding of a report, if any was taken. */
	public Optional<Triage> of(Path source, Finding finding) {
		Optional<Triage> own = triage.governing(source).of(source, finding);
		return own.isPresent() ? own : baseline.triage(source, finding);
	}

	/** Whether a finding was dismissed, and so does not count. */
	public boolean dismissed(Path source, Finding finding) {
		return of(source, finding).map(Triage::dismissed).orElse(false);
	}
}
