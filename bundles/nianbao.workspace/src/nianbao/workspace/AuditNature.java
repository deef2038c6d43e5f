// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The nature of an audit project: a folder of reports, with the rule author's format files and the
 * auditors' triage next to them. It installs the {@link AuditBuilder}.
 */
public class AuditNature implements IProjectNature {

	/** The nature's id. */
	public static final String ID = "nianbao.workspace.nature";

	private IProject project;

	/** Makes a project an audit project (its reports are audited at the next build). */
	public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()), Stream.of(ID))
					.toArray(String[]::new));
			project.setDescription(description, monitor);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).noneMatch(c -> AuditBuilder.ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(AuditBuilder.ID);
			description.setBuildSpec(Stream.concat(Arrays.stream(description.getBuildSpec()), Stream.of(command))
					.toArray(ICommand[]::new));
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !AuditBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(AuditMarkers.PROBLEM, true, IProject.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
