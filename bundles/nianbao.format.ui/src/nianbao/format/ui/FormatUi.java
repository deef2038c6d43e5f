// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import com.google.inject.Injector;

import nianbao.format.ide.FormatIdeSetup;

/**
 * The format language's services for the format editor: one Guice injector with the runtime and the
 * IDE modules, created on first use and shared by every open format editor.
 */
public final class FormatUi {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "nianbao.format.ui";

	/** The format editor's id in plugin.xml. */
	public static final String EDITOR_ID = "nianbao.format.ui.formatEditor";

	private FormatUi() {
	}

	/** The injector of the format language with its IDE services. */
	public static Injector injector() {
		return Holder.INJECTOR;
	}

	/** Writes an unexpected failure to the error log; the editor goes on without the feature that failed. */
	public static void log(String message, Throwable error) {
		ILog.of(FormatUi.class).log(Status.error(message, error));
	}

	/**
	 * Created when first asked for, by the JVM's lazy class initialisation (thread-safe without locks).
	 *
	 * <p>The EMF registration is needed under OSGi too: nianbao.format's plugin.xml registers only the
	 * EPackage, while Xtext's resource descriptions find a resource's language through the global
	 * {@code IResourceServiceProvider} registry, which {@code register} fills by file extension (without it
	 * {@code basedOn "2021"} cannot see the other files of the resource set). {@code FormatLibrary}'s
	 * headless injector registers the same extensions with the same runtime services, so whichever
	 * registers last does not matter.
	 */
	private static final class Holder {
		static final Injector INJECTOR = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
	}
}
