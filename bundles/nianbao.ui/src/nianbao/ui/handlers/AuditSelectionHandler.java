// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import nianbao.ui.Messages;
import nianbao.workspace.AuditPreferences;
import nianbao.workspace.ProjectAudit;

/**
 * 审核 in the Project Explorer's context menu: audits the selected reports, and the reports in the
 * selected folders and projects, as 审核文件夹 does. Where they all belong to one audit project, with
 * its formats and profile (as its builder audits them); else with those of the preferences.
 */
public class AuditSelectionHandler extends AbstractHandler {

	/** The command's id. */
	public static final String ID = "nianbao.ui.audit";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> resources = HandlerUtil.getCurrentStructuredSelection(event).stream()
				.map(element -> Adapters.adapt(element, IResource.class)).filter(Objects::nonNull)
				.filter(resource -> resource.getLocation() != null).toList();
		if (resources.isEmpty()) {
			return null;
		}
		List<IProject> projects = resources.stream().map(IResource::getProject).distinct().toList();
		IProject project = projects.size() == 1 && ProjectAudit.isAuditProject(projects.getFirst()) ? projects.getFirst()
				: null;
		String name = resources.size() == 1 ? resources.getFirst().getName()
				: NLS.bind(Messages.audit_selection, resources.size());
		AuditFolderHandler.schedule(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
				resources.stream().map(resource -> resource.getLocation().toPath()).toList(), NLS.bind(Messages.audit_job, name),
				summary -> NLS.bind(Messages.audit_scope, name, summary),
				project == null ? AuditPreferences::auditor : () -> ProjectAudit.auditor(project));
		return null;
	}
}
