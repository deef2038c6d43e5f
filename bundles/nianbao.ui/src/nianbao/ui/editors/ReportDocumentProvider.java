package nianbao.ui.editors;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.format.FormatException;
import nianbao.formats.OfficialFormats;
import nianbao.read.ReadException;
import nianbao.read.Readers;

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

	/** The audit of an open report, if it was read. */
	public Optional<ReportAudit> audit(Object element) {
		return Optional.ofNullable(audits.get(element));
	}

	/**
	 * Audits the report once: the document is the text the audit read (so that every finding's range
	 * fits it); a report no format applies to is still shown, read again only then.
	 */
	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		Path file = path(element);
		ReportAudit audit;
		try {
			audit = new Auditor(OfficialFormats.library()).audit(file);
		} catch (FormatException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		audits.put(element, audit);
		if (audit instanceof ReportAudit.Assessed assessed) {
			return new Document(assessed.report().getText());
		}
		try {
			return new Document(Readers.read(file).text());
		} catch (ReadException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		audits.remove(element);
		super.disposeElementInfo(element, info);
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		AnnotationModel model = new AnnotationModel();
		ReportAudit audit = audits.get(element);
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
		return model;
	}

	/**
	 * What hovering a finding shows: the rule and its message, each operand with its value, expected,
	 * actual and difference, and why the rule holds.
	 */
	static String hover(Finding finding) {
		String explanation = finding.explanation();
		return finding.ruleId() + "（" + finding.severity().label() + "）" + finding.message()
				+ (explanation.isEmpty() ? "" : "\n  " + explanation.replace("\n", "\n  "));
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
