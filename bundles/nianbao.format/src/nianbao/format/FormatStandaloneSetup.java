// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

/**
 * Sets the format language up outside an Eclipse workbench (headless runs, tests, the CLI).
 */
public class FormatStandaloneSetup extends FormatStandaloneSetupGenerated {

	/** Registers the language with EMF's global registries. */
	public static void doSetup() {
		new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
