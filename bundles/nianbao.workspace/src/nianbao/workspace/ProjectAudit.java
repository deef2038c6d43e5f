// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;

import nianbao.check.Auditor;
import nianbao.check.BatchAudit;
import nianbao.check.Corrections;
import nianbao.check.FormatTests;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Severity;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Profile;
import nianbao.model.Cell;
import nianbao.model.Diagnostic;
import nianbao.read.Readers;

/**
 * One audit of a project: the official formats with those of the additional format folders and the
 * project's own format files, the project's profile (else the default profile of the preferences),
 * every report audited (as a batch, so that cross-year rules find the year before), the markers of
 * each report replaced by those of its new findings, with the project's triage applied.
 */
public final class ProjectAudit {

	static final String FORMAT_EXTENSION = "nbformat";
	static final String PROFILE_EXTENSION = "nbprofile";

	private final IProject project;

	ProjectAudit(IProject project) {
		this.project = project;
	}

	/** Whether a file takes part in the audit: a report, a format or profile file, the triage file. */
	static boolean concernsAudit(IResource file) {
		return isReport(file) || FORMAT_EXTENSION.equals(file.getFileExtension())
				|| PROFILE_EXTENSION.equals(file.getFileExtension()) || TriageFile.NAME.equals(file.getName());
	}

	private static boolean isReport(IResource file) {
		return file.getLocation() != null && Readers.isReport(file.getLocation().toFile().toPath());
	}

	/** The files of a project that an audit reads. */
	private record Files(List<IFile> reports, List<IFile> formats, List<IFile> profiles, List<IFile> triage) {
	}

	/**
	 * The auditor of a project: the official formats with the additional folders' and the project's
	 * format files, and its profile or else the default one, as its builder audits with them.
	 *
	 * @throws CoreException if they have errors (the builder marks them)
	 */
	public static Auditor auditor(IProject project) throws CoreException {
		Files files = new ProjectAudit(project).files();
		try {
			return load(files.formats(), files.profiles());
		} catch (FormatException e) {
			throw new CoreException(Status.error(project.getName() + ": " + e.getMessage(), e));
		}
	}

	/** The report files of a project, in path order. */
	public static List<IFile> reports(IProject project) throws CoreException {
		return new ProjectAudit(project).files().reports();
	}

	/**
	 * Audits projects in the background, as a build the workspace knows about (a job of the manual build
	 * family, which those who wait for builds join): after what their builders cannot see, a new audit
	 * project or a change of the audit preferences.
	 */
	public static void auditInBackground(String name, List<IProject> projects) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		WorkspaceJob job = new WorkspaceJob(name) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, projects.size());
				for (IProject project : projects) {
					project.build(IncrementalProjectBuilder.FULL_BUILD, AuditBuilder.ID, null, progress.split(1));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
			}
		};
		job.setRule(workspace.getRuleFactory().buildRule());
		job.schedule();
	}

	/** Whether a project is an audit project. */
	public static boolean isAuditProject(IProject project) {
		try {
			return project.isOpen() && project.hasNature(AuditNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	private Files files() throws CoreException {
		List<IFile> reports = new ArrayList<>();
		List<IFile> formats = new ArrayList<>();
		List<IFile> profiles = new ArrayList<>();
		List<IFile> triage = new ArrayList<>();
		project.accept(resource -> {
			if (resource.isDerived() || resource.isTeamPrivateMember() || resource.getName().startsWith(".")
					&& resource.getType() == IResource.FOLDER) {
				return false;
			}
			if (resource instanceof IFile file && file.getLocation() != null) {
				if (FORMAT_EXTENSION.equals(file.getFileExtension())) {
					formats.add(file);
				} else if (PROFILE_EXTENSION.equals(file.getFileExtension())) {
					profiles.add(file);
				} else if (TriageFile.NAME.equals(file.getName())) {
					triage.add(file);
				} else if (isReport(file)) {
					reports.add(file);
				}
			}
			return true;
		});
		reports.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return new Files(reports, formats, profiles, triage);
	}

	void run(IProgressMonitor monitor) throws CoreException {
		Files files = files();
		SubMonitor progress = SubMonitor.convert(monitor, "审核 " + project.getName(), files.reports().size() + 1);
		project.deleteMarkers(AuditMarkers.FORMAT_PROBLEM, false, IResource.DEPTH_ZERO);
		for (List<IFile> kind : List.of(files.formats(), files.profiles(), files.triage())) {
			for (IFile file : kind) {
				file.deleteMarkers(AuditMarkers.FORMAT_PROBLEM, false, IResource.DEPTH_ZERO);
			}
		}
		Optional<Auditor> auditor = auditor(files.formats(), files.profiles());
		progress.worked(1);
		// in path order: a series' reports are found in the order of the files
		Map<Path, IFile> byPath = new LinkedHashMap<>();
		for (IFile report : files.reports()) {
			byPath.put(report.getLocation().toFile().toPath(), report);
			report.deleteMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO);
			report.deleteMarkers(AuditMarkers.CANNOT_ASSESS, false, IResource.DEPTH_ZERO);
			report.deleteMarkers(AuditMarkers.CORRECTION, false, IResource.DEPTH_ZERO);
			if (auditor.isEmpty()) {
				AuditMarkers.cannotAssess(report, null, null, "本项目的格式文件有错误，见其标记", null, Severity.ERROR);
			}
		}
		if (auditor.isEmpty()) {
			return;
		}
		TriageFiles triage = new TriageFiles(this::markBroken);
		List<CoreException> failures = new ArrayList<>();
		new BatchAudit(auditor.get().correctedBy(triage::corrections), Runtime.getRuntime().availableProcessors()).run(List.copyOf(byPath.keySet()),
				audit -> {
					try {
						mark(byPath.get(audit.source()), audit, triage.governing(audit.source()));
					} catch (CoreException e) {
						failures.add(e);
					}
				}, (done, total) -> {
					progress.worked(1);
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
				});
		if (!failures.isEmpty()) {
			throw failures.getFirst();
		}
		test(auditor.get());
	}

	/** Runs the test cases of the project's format files; a failing one is marked where it is written. */
	private void test(Auditor auditor) throws CoreException {
		IWorkspaceRoot root = project.getWorkspace().getRoot();
		List<FormatTests.Result> results = FormatTests.run(auditor, auditor.formats().tests(), uri -> {
			IResource file = uri.isPlatformResource() ? root.findMember(uri.toPlatformString(true)) : null;
			return file == null || file.getLocation() == null ? Optional.empty() : Optional.of(file.getLocation().toFile().toPath());
		});
		for (FormatTests.Result result : results) {
			if (!result.passed()) {
				for (IFile file : root.findFilesForLocationURI(result.file().toUri())) {
					AuditMarkers.formatProblem(file, result.line(), "测试“" + result.name() + "”未通过：" + String.join("；", result.failures()));
				}
			}
		}
	}

	/** Replaces the markers of one report by those of its audit. */
	private static void mark(IFile report, ReportAudit audit, TriageFile triage) throws CoreException {
		switch (audit) {
			case ReportAudit.NotAssessed not -> AuditMarkers.cannotAssess(report, null, null, not.reason(), null,
					Severity.ERROR);
			case ReportAudit.Assessed assessed -> {
				AuditMarkers.Text text = AuditMarkers.Text.of(assessed.report());
				for (var finding : assessed.findings()) {
					AuditMarkers.finding(report, text, audit.source(), finding, triage.of(audit.source(), finding));
				}
				for (RuleOutcome.CannotAssess gap : assessed.dataGaps()) {
					AuditMarkers.cannotAssess(report, text, gap.ruleId(), gap.reason(), gap.range(), Severity.INFO);
				}
				for (Cell cell : Corrections.corrected(assessed.report())) {
					AuditMarkers.corrected(report, text, cell);
				}
				for (Diagnostic diagnostic : assessed.report().getDiagnostics()) {
					if (diagnostic.getCode().startsWith("correction-")) {
						AuditMarkers.correctionNotApplied(report, diagnostic.getMessage());
					}
				}
			}
		}
	}

	/**
	 * The auditor of the project's formats and profile; none, with markers on the files at fault,
	 * when they have errors.
	 */
	private Optional<Auditor> auditor(List<IFile> formats, List<IFile> profiles) throws CoreException {
		try {
			return Optional.of(load(formats, profiles));
		} catch (FormatException e) {
			IWorkspaceRoot root = project.getWorkspace().getRoot();
			if (e.problems().isEmpty()) {
				AuditMarkers.formatProblem(project, 0, e.getMessage());
			}
			for (FormatException.Problem problem : e.problems()) {
				IResource file = problem.file() != null && problem.file().isPlatformResource()
						? root.findMember(problem.file().toPlatformString(true)) : null;
				AuditMarkers.formatProblem(file == null ? project : file, problem.line(),
						file == null ? problem.toString() : problem.message());
			}
			return Optional.empty();
		}
	}

	private static Auditor load(List<IFile> formats, List<IFile> profiles) throws FormatException {
		FormatLibrary library = AuditPreferences.library(formats.stream().map(ProjectAudit::source).toList());
		if (profiles.size() > 1) {
			throw new FormatException("a project has one profile at most",
					profiles.stream().map(p -> new FormatException.Problem(uri(p), 0, 0,
							"一个项目只能有一个配置文件（.nbprofile），此项目有 " + profiles.size() + " 个")).toList());
		}
		Profile profile = profiles.isEmpty() ? AuditPreferences.defaultProfile(library)
				: library.loadProfile(source(profiles.getFirst()));
		return new Auditor(library, profile);
	}

	private static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** A format file by its workspace URI, so that its problems can be marked on it. */
	private static FormatLibrary.Source source(IFile file) {
		return new FormatLibrary.Source(uri(file), () -> {
			try {
				return file.getContents(true);
			} catch (CoreException e) {
				throw new IOException(e.getMessage(), e);
			}
		});
	}

	/** Marks a broken triage file (which then counts as none). */
	private void markBroken(Path file, IOException e) {
		for (IFile broken : project.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
			try {
				AuditMarkers.formatProblem(broken, 0, e.getMessage());
			} catch (CoreException notMarked) {
				// the file went away meanwhile: nothing to mark
			}
		}
	}
}
