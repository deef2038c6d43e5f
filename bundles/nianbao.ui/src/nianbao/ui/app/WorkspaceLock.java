// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.app;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

import nianbao.ui.Messages;

/**
 * One workbench to a workspace: two on one workspace would overwrite each other's projects and markers.
 */
public final class WorkspaceLock {

	private WorkspaceLock() {
	}

	/** Takes the workbench's workspace (the instance location) for it alone; see {@link #take(Location)}. */
	static boolean take() {
		return take(Platform.getInstanceLocation());
	}

	/**
	 * Takes a workspace for this workbench alone. Where another workbench has it, says so (on standard
	 * error and in a dialog) and returns false: the workbench then starts nothing.
	 */
	public static boolean take(Location workspace) {
		if (workspace == null || !workspace.isSet()) {
			return true;
		}
		try {
			if (workspace.lock()) {
				return true;
			}
		} catch (IOException e) {
			// a workspace where no lock file can be written (read-only): nothing to share it with
			return true;
		}
		String folder = workspace.getURL().getPath();
		System.err.println("nianbao: the workspace " + folder + " is in use by another Nianbao Auditor workbench");
		MessageDialog.openError(null, Messages.workspace_inUseTitle, NLS.bind(Messages.workspace_inUse, folder));
		return false;
	}
}
