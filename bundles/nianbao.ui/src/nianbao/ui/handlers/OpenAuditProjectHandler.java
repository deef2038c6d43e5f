// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import nianbao.ui.Messages;
import nianbao.workspace.AuditNature;
import nianbao.workspace.ProjectAudit;

/**
 * 打开审核项目: makes a folder of reports an audit project of the workspace, in place (nothing is
 * copied or moved); its builder then audits every report and marks the findings.
 */
public class OpenAuditProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
		dialog.setMessage(Messages.openProject_choose);
		String folder = dialog.open();
		if (folder != null) {
			try {
				open(Path.of(folder));
			} catch (CoreException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.openProject_choose,
						NLS.bind(Messages.openProject_failed, e.getMessage()));
			}
		}
		return null;
	}

	/** The audit project of a folder, created (or opened) with the folder's name. */
	public static IProject open(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(folder.getFileName().toString());
		if (project.exists() && !IPath.fromPath(folder.toAbsolutePath()).equals(project.getLocation())) {
			throw new CoreException(Status.error("a project named " + project.getName() + " already stands for "
					+ project.getLocation()));
		}
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			IPath location = IPath.fromPath(folder.toAbsolutePath());
			// a folder directly in the workspace's own folder is a project there without a location of its own
			if (!location.removeLastSegments(1).equals(workspace.getRoot().getLocation())) {
				description.setLocation(location);
			}
			project.create(description, null);
		}
		project.open(null);
		AuditNature.enable(project, null);
		if (workspace.isAutoBuilding()) {
			// the new builder runs at the workspace's next automatic build
			return project;
		}
		// else the first audit runs in the background, as a build the workspace knows about
		ProjectAudit.auditInBackground(project.getName(), List.of(project));
		return project;
	}
}
