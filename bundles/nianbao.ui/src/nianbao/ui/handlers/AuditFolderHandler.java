// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nianbao.check.Auditor;
import nianbao.read.ReportFiles;
import nianbao.format.FormatException;
import nianbao.ui.Messages;
import nianbao.ui.TriageStore;
import nianbao.ui.views.FindingsView;
import nianbao.workspace.AuditPreferences;

/**
 * 审核文件夹: audits every report in a folder (and the folders in it) with the official formats, those
 * of the additional format folders and the default profile (the preferences), as a background job
 * with a progress bar that can be cancelled; the findings go to the findings view.
 */
public class AuditFolderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
		dialog.setMessage(Messages.auditFolder_choose);
		String folder = dialog.open();
		if (folder != null) {
			schedule(page, Path.of(folder));
		}
		return null;
	}

	/** Audits a folder in the background and shows its findings when done. */
	public static Job schedule(IWorkbenchPage page, Path folder) {
		return schedule(page, List.of(folder), NLS.bind(Messages.auditFolder_job, folder),
				summary -> NLS.bind(Messages.auditFolder_scope, folder.getFileName(), summary), AuditPreferences::auditor);
	}

	/** Makes the auditor of an audit, in its job: loading formats takes a moment. */
	@FunctionalInterface
	public interface AuditorSource {
		Auditor get() throws FormatException, CoreException;
	}

	/**
	 * Audits report files, and the reports in folders, in the background and shows their findings
	 * in the findings view when done, under the scope made of the audit's summary.
	 */
	public static Job schedule(IWorkbenchPage page, List<Path> paths, String name, UnaryOperator<String> scope,
			AuditorSource auditors) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				List<Path> files = ReportFiles.collect(paths);
				if (files.isEmpty()) {
					return Status.warning(NLS.bind(Messages.auditFolder_none,
							paths.stream().map(Path::toString).collect(Collectors.joining(", "))));
				}
				Auditor auditor = auditors.get().correctedBy(TriageStore.current()::corrections);
				FindingsView.Batch batch = FindingsView.audit(auditor, files, monitor);
				// a cancelled audit shows what it audited, and says so
				display.asyncExec(() -> {
					try {
						((FindingsView) page.showView(FindingsView.ID)).show(batch.audits(), auditor.formats(),
								scope.apply(batch.summary()));
					} catch (PartInitException e) {
						// the view cannot be shown only if the workbench is closing
					}
				});
				return batch.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (IOException | UncheckedIOException | FormatException | CoreException e) {
				return Status.error(name + ": " + e.getMessage(), e);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
