// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Audits an audit project's reports when a report, a format or profile file or the triage file
 * changes, and keeps the markers of its findings up to date.
 * <p>
 * Every report is audited again on any such change, not just the changed one: a report's cross-year
 * rules depend on its agency's report of the year before, so a change to one report can change the
 * findings of another. A project is a year or two of one region's reports, audited in seconds.
 */
public class AuditBuilder extends IncrementalProjectBuilder {

	/** The builder's id. */
	public static final String ID = "nianbao.workspace.auditBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || touchesAudit(delta)) {
			new ProjectAudit(getProject()).run(monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(AuditMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	/** Whether a change concerns the audit: a report, format, profile or triage file added, changed or removed. */
	private static boolean touchesAudit(IResourceDelta delta) throws CoreException {
		boolean[] touches = { false };
		delta.accept(d -> {
			if (d.getResource().getType() == IResource.FILE && ProjectAudit.concernsAudit(d.getResource())
					&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
				touches[0] = true;
			}
			return !touches[0];
		});
		return touches[0];
	}
}
