// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.ui.Messages;
import nianbao.ui.app.WorkspaceLock;

/**
 * One workbench to a workspace: the second says so and starts nothing. The test runtime does not lock
 * its locations (OSGi's locking is off in it), so the other workbench's hold is a location whose lock is
 * refused, as Equinox refuses it when another process holds the workspace's lock file.
 */
class WorkspaceLockTest {

	@TempDir
	Path dir;

	@Test
	void aSecondWorkbenchOnTheSameWorkspaceIsToldAndRefused() throws Exception {
		URL url = dir.toUri().toURL();
		List<String> told = new ArrayList<>();
		Listener closeDialog = event -> {
			if (event.widget instanceof Shell shell && Messages.workspace_inUseTitle.equals(shell.getText())) {
				told.add(shell.getText());
				shell.getDisplay().asyncExec(shell::close);
			}
		};
		Display display = Display.getCurrent();
		display.addFilter(SWT.Show, closeDialog);
		try {
			assertFalse(WorkspaceLock.take(workspace(url, false)), "the workspace is in use");
			assertEquals(List.of(Messages.workspace_inUseTitle), told, "the user is told");
			told.clear();
			assertTrue(WorkspaceLock.take(workspace(url, true)), "a free workspace is taken");
			assertEquals(List.of(), told, "and nothing said");
		} finally {
			display.removeFilter(SWT.Show, closeDialog);
		}
	}

	/** A workspace whose lock is granted, or refused (another workbench holds it). */
	private static Location workspace(URL url, boolean free) {
		return (Location) Proxy.newProxyInstance(Location.class.getClassLoader(), new Class<?>[] { Location.class },
				(proxy, method, args) -> switch (method.getName()) {
					case "isSet" -> true;
					case "getURL" -> url;
					case "lock" -> free;
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
