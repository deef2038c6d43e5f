// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nianbao.format.FormatRuntimeModule;
import nianbao.format.FormatStandaloneSetup;

/**
 * Sets the format language up with its IDE services, for editors outside Xtext's own UI.
 */
public class FormatIdeSetup extends FormatStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new FormatRuntimeModule(), new FormatIdeModule()));
	}
}
