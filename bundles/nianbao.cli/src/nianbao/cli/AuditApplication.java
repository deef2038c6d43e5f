// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The rule runner as an Eclipse application, for runs inside the product:
 * {@code -application nianbao.cli.audit audit <files or folders>}.
 */
public final class AuditApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Main.run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// an audit runs to its end; there is nothing to interrupt
	}
}
