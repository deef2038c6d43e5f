// SPDX-License-Identifier: EPL-2.0
package nianbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nianbao.check.Correction;
import nianbao.check.Corrections;
import nianbao.check.Triage;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;

/**
 * Where the workbench keeps the auditors' decisions and corrections: in the triage file that governs
 * the report (the nearest {@value TriageFile#NAME} above it), or a new one at the root of its project
 * (or, for a report outside the workspace, in its folder). The headless runner reads the same file.
 */
public final class TriageStore {

	private TriageStore() {
	}

	/**
	 * The triage files that govern reports, as they are now. A broken one decides nothing here: the
	 * builder marks it and the runner refuses it.
	 */
	public static TriageFiles current() {
		return new TriageFiles((file, e) -> {
		});
	}

	/** A finding of a report to decide about: its fingerprint, and its rule and subject for the reader of the file. */
	public record Decided(Path source, String fingerprint, String ruleId, String subject) {
	}

	/**
	 * Records one decision (or withdraws it, for {@code null}) for each finding, file by file, and lets the
	 * workspace know so that the builder marks the reports again.
	 *
	 * @throws IOException if a triage file cannot be read or written; the message names it
	 */
	public static void decide(Collection<Decided> findings, Triage triage) throws IOException {
		Map<Path, List<Decided>> byFile = new LinkedHashMap<>();
		for (Decided finding : findings) {
			byFile.computeIfAbsent(location(finding.source()), k -> new ArrayList<>()).add(finding);
		}
		for (Map.Entry<Path, List<Decided>> entry : byFile.entrySet()) {
			TriageFile file = TriageFile.read(entry.getKey());
			for (Decided finding : entry.getValue()) {
				if (triage == null) {
					file.reopen(finding.fingerprint());
				} else {
					file.decide(new TriageFile.Entry(finding.fingerprint(), finding.source().getFileName().toString(),
							finding.ruleId(), finding.subject(), triage));
				}
			}
			file.write(entry.getKey());
			refresh(entry.getKey());
		}
	}

	/**
	 * The corrections of a report's cells as the triage files hold them at the moment of asking: what an
	 * editor's auditor applies, so that an audit after a correction sees it.
	 */
	public static Corrections.Source corrections() {
		return report -> current().corrections(report);
	}

	/**
	 * Records corrections of cells of a report (each replacing an earlier one of its cell) and
	 * withdraws others, and lets the workspace know so that the builder audits the project again.
	 *
	 * @return the triage file written
	 * @throws IOException if the triage file cannot be read or written; the message names it
	 */
	public static Path correct(Path source, List<Correction> corrections, List<Correction> withdrawn) throws IOException {
		Path location = location(source);
		TriageFile file = TriageFile.read(location);
		withdrawn.forEach(file::withdraw);
		corrections.forEach(file::correct);
		file.write(location);
		refresh(location);
		return location;
	}

	/**
	 * Where a triage file could not be written because the file there cannot be read (broken, or of a
	 * later version): says so, and offers to keep it as a copy beside it and start a new one. Nothing
	 * is ever written over it.
	 *
	 * @return whether the file was set aside, so that writing again starts a new one
	 */
	public static boolean offerToSetAside(Shell shell, Path file, IOException problem) {
		try {
			TriageFile.read(file);
			return false;
		} catch (IOException unreadable) {
			Path copy = file.resolveSibling(file.getFileName() + ".unreadable-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
			// buttons of its own: the platform's Yes and No are English in a Chinese workbench
			if (new MessageDialog(shell, Messages.triage_unreadableTitle, null,
					NLS.bind(Messages.triage_unreadable, new Object[] { file, unreadable.getMessage(), copy.getFileName() }),
					MessageDialog.QUESTION, 0, Messages.triage_setAside, Messages.triage_keep).open() != 0) {
				return false;
			}
			try {
				Files.move(file, copy);
				refresh(file);
				return true;
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.triage_unreadableTitle, e.getMessage());
				return false;
			}
		}
	}

	/** A decision taken today. */
	public static Triage today(Triage.State state, String reason) {
		return new Triage(state, reason, LocalDate.now());
	}

	/** The triage file a new decision about a report goes to. */
	public static Path location(Path source) {
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
