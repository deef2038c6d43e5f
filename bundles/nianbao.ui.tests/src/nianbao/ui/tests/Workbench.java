// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import nianbao.ui.editors.ReportDocumentProvider;

/** The running workbench, as the UI tests drive it. */
final class Workbench {

	private Workbench() {
	}

	/** The active page of the workbench window. */
	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Closes every editor and takes a test's project (if any) out of the workspace; its files stay. */
	static void closeAll(IProject project) throws CoreException {
		page().closeAllEditors(false);
		if (project != null) {
			// the reports stay where they were: the project only referred to them
			project.delete(false, true, null);
		}
	}

	/** Waits for the workspace's builds and the audits of opened reports, and runs what they handed to the display. */
	static void settle() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
		// the automatic build waits a moment before it starts: wake it, so that join waits for it
		Job.getJobManager().wakeUp(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ReportDocumentProvider.AUDITS, null);
		while (Display.getCurrent().readAndDispatch()) {
			// run what the jobs posted
		}
	}
}
