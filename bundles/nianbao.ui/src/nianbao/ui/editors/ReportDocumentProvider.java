// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.format.FormatException;
import nianbao.read.ReadException;
import nianbao.ui.Messages;
import nianbao.ui.TriageStore;
import nianbao.workspace.AuditMarkers;
import nianbao.workspace.AuditPreferences;
import nianbao.workspace.ProjectAudit;

/**
 * Reads a report file into its canonical text and audits it: the findings become annotations of the
 * error, warning and info types that every text editor draws. The text is never written back.
 */
public class ReportDocumentProvider extends AbstractDocumentProvider {

	/** Annotation types of the severities, those of the workbench's text editors. */
	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** The audits of the open reports, by editor input. */
	private final Map<Object, ReportAudit> audits = new ConcurrentHashMap<>();
	/** What the readers made of their files: audited again after a correction without reading a scan again. */
	private final Map<Object, nianbao.read.Document> read = new ConcurrentHashMap<>();
	/** The auditors they were audited with. */
	private final Map<Object, Auditor> auditors = new ConcurrentHashMap<>();
	/** The jobs auditing the reports just opened, by editor input: they belong to {@link #AUDITS}. */
	private final Map<Object, Job> jobs = new ConcurrentHashMap<>();
	/** What to do when a report's audit is done, by editor input. */
	private final Map<Object, List<Runnable>> whenAudited = new ConcurrentHashMap<>();

	/** The family of the jobs that audit opened reports, for those who wait for them (tests). */
	public static final Object AUDITS = ReportDocumentProvider.class;

	/** The audit of an open report, if it was read. */
	public Optional<ReportAudit> audit(Object element) {
		return Optional.ofNullable(audits.get(element));
	}

	/**
	 * Reads the report in a job, then audits it there: the document says that the file is being read
	 * until the text (the text the audit reads, so that every finding's range fits it) replaces it, so
	 * that a slow read (a scan's OCR) never holds the workbench; the findings follow as annotations.
	 */
	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		Path file = path(element);
		Document shown = new Document(NLS.bind(Messages.editor_reading, file.getFileName()));
		Display display = Display.getCurrent();
		Job job = new Job(NLS.bind(Messages.editor_auditing, file.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				ReportAudit audit;
				try {
					// the formats load here too: the first time, Xtext takes a second or more to parse them
					Auditor auditor = auditorFor(element);
					auditors.put(element, auditor);
					nianbao.read.Document document = auditor.read(file);
					post(display, () -> show(element, shown, document.text(), document));
					audit = auditor.audit(document);
				} catch (ReadException | FormatException e) {
					audit = new ReportAudit.NotAssessed(file, e.getMessage());
					String reason = NLS.bind(Messages.editor_unreadable, file.getFileName(), e.getMessage());
					post(display, () -> show(element, shown, reason, null));
				}
				ReportAudit done = audit;
				if (!post(display, () -> audited(element, done))) {
					audits.put(element, done); // no workbench to tell
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == AUDITS;
			}
		};
		job.setPriority(Job.SHORT);
		jobs.put(element, job);
		job.schedule();
		return shown;
	}

	/**
	 * Runs on the display thread, in order (the text before the findings); false where there is no
	 * display to run it on.
	 */
	private static boolean post(Display display, Runnable runnable) {
		if (display == null || display.isDisposed()) {
			return false;
		}
		display.asyncExec(runnable);
		return true;
	}

	/**
	 * The report was read: its text (or why it could not be read) replaces the note that it is being
	 * read, without making the editor dirty.
	 */
	private void show(Object element, Document shown, String text, nianbao.read.Document document) {
		if (!jobs.containsKey(element)) {
			return; // closed meanwhile
		}
		if (document != null) {
			read.put(element, document);
		}
		shown.set(text);
		ElementInfo info = getElementInfo(element);
		if (info != null) {
			info.fCanBeSaved = false;
			fireElementDirtyStateChanged(element, false);
		}
		if (getAnnotationModel(element) instanceof FindingMarkers markers) {
			markers.redraw();
		}
	}

	/** The report's audit is done: its findings are drawn (outside a project) and its editor told. */
	private void audited(Object element, ReportAudit audit) {
		if (jobs.remove(element) == null) {
			return; // closed meanwhile
		}
		audits.put(element, audit);
		if (getAnnotationModel(element) instanceof AnnotationModel model && !(model instanceof FindingMarkers)) {
			annotate(model, audit);
		}
		whenAudited.getOrDefault(element, List.of()).forEach(Runnable::run);
		whenAudited.remove(element);
	}

	/**
	 * Runs {@code then} on the display thread once the report's audit is done: at once if it is, else
	 * when its job ends.
	 */
	public void whenAudited(Object element, Runnable then) {
		if (audits.containsKey(element)) {
			then.run();
		} else {
			whenAudited.computeIfAbsent(element, e -> new CopyOnWriteArrayList<>()).add(then);
		}
	}

	/**
	 * Audits an open report again, as read when it was opened, with the corrections as they are now;
	 * a report outside an audit project gets its annotations anew (those of a project's reports are
	 * its markers, which its builder renews).
	 */
	public void reaudit(Object element) {
		nianbao.read.Document document = read.get(element);
		Auditor auditor = auditors.get(element);
		if (document == null || auditor == null) {
			return;
		}
		ReportAudit audit = auditor.audit(document);
		audits.put(element, audit);
		if (getAnnotationModel(element) instanceof AnnotationModel model
				&& !(model instanceof ResourceMarkerAnnotationModel)) {
			model.removeAllAnnotations();
			annotate(model, audit);
		}
	}

	/** What the reader made of an open report's file, if it was read. */
	public Optional<nianbao.read.Document> document(Object element) {
		return Optional.ofNullable(read.get(element));
	}

	/** The auditor a report was audited with. */
	public Auditor auditor(Object element) {
		return auditors.get(element);
	}

	/**
	 * The auditor of a report: that of its audit project (its format files and profile), else that
	 * of the preferences (the official formats, the additional folders' and the default profile). A
	 * project whose format files have errors is audited with the latter here; its builder marks the errors.
	 */
	private static Auditor auditorFor(Object element) throws FormatException {
		if (element instanceof IFileEditorInput input && ProjectAudit.isAuditProject(input.getFile().getProject())) {
			try {
				return ProjectAudit.auditor(input.getFile().getProject()).correctedBy(TriageStore.corrections());
			} catch (CoreException e) {
				// fall through to the official formats
			}
		}
		return AuditPreferences.auditor().correctedBy(TriageStore.corrections());
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		Job job = jobs.remove(element);
		if (job != null) {
			job.cancel();
		}
		audits.remove(element);
		auditors.remove(element);
		read.remove(element);
		whenAudited.remove(element);
		super.disposeElementInfo(element, info);
	}

	/**
	 * The findings as annotations: for a report of an audit project its markers (which the builder
	 * keeps up to date, triage included), else the findings of the audit made on opening.
	 */
	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		if (element instanceof IFileEditorInput input && ProjectAudit.isAuditProject(input.getFile().getProject())) {
			return new FindingMarkers(input.getFile());
		}
		// the findings follow when the audit is done
		return new AnnotationModel();
	}

	/** The findings of a project's report: its markers, which the builder keeps up to date (triage included). */
	private static final class FindingMarkers extends ResourceMarkerAnnotationModel {

		FindingMarkers(IFile file) {
			super(file);
		}

		/** The marker's message, then the operands and figures the builder stored with it. */
		@Override
		protected MarkerAnnotation createMarkerAnnotation(IMarker marker) {
			return new MarkerAnnotation(marker) {
				@Override
				public String getText() {
					return hover(super.getText(), getMarker().getAttribute(AuditMarkers.OPERANDS, ""));
				}
			};
		}

		/**
		 * Draws the markers again once the report's text has replaced the note that it is being read:
		 * the note was too short for their places, and replacing it removed what was drawn.
		 */
		void redraw() {
			resetMarkers();
			try {
				for (IMarker marker : retrieveMarkers()) {
					if (isAcceptable(marker) && getMarkerAnnotation(marker) == null) {
						addMarkerAnnotation(marker);
					}
				}
			} catch (CoreException e) {
				handleCoreException(e, e.getMessage());
			}
		}
	}

	private static void annotate(AnnotationModel model, ReportAudit audit) {
		if (audit instanceof ReportAudit.Assessed assessed) {
			for (Finding finding : assessed.findings()) {
				int offset = finding.range() == null ? 0 : finding.range().getOffset();
				int length = finding.range() == null ? 0 : finding.range().getLength();
				String type = switch (finding.severity()) {
					case ERROR -> ERROR;
					case WARNING -> WARNING;
					case INFO -> INFO;
				};
				model.addAnnotation(new Annotation(type, false, hover(finding)), new Position(offset, length));
			}
		}
	}

	/**
	 * What hovering a finding shows: the rule and its message, each operand with its value, expected,
	 * actual and difference, and why the rule holds.
	 */
	static String hover(Finding finding) {
		return hover(finding.ruleId() + "（" + Messages.severity(finding.severity()) + "）" + finding.message(),
				finding.explanation() + (finding.restsOnCorrection() ? "\n" + finding.correctionNote() : ""));
	}

	/** A finding's heading with its explanation below it, indented. */
	private static String hover(String heading, String explanation) {
		return explanation.isEmpty() ? heading : heading + "\n  " + explanation.replace("\n", "\n  ");
	}

	private static Path path(Object element) throws CoreException {
		if (element instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())) {
			return Path.of(input.getURI());
		}
		throw new CoreException(new Status(IStatus.ERROR, "nianbao.ui", "not a report file: " + element));
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// reports are never written: the canonical text is a reading of the file, not the file
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}
}
