// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivity;
import org.junit.jupiter.api.Test;

/**
 * The platform commands the product leaves out of its menus (the IDE's Open File…, Convert Line Delimiters)
 * are bound to the product's activity, and stay in an Eclipse IDE the plug-ins are installed into: these
 * tests run in the IDE's own workbench, as an installed plug-in does. The bindings are matched as the
 * platform matches them (it does so in a job, for identifiers asked for the first time).
 */
class PlatformCommandsTest {

	private final IActivity activity = PlatformUI.getWorkbench().getActivitySupport().getActivityManager()
			.getActivity("nianbao.ui.platformFileCommands");

	@Test
	void theActivityIsEnabledInTheIde() {
		assertTrue(activity.isDefined());
		assertTrue(activity.isEnabled(), "the IDE's Open File… and Convert Line Delimiters would be hidden");
	}

	@Test
	void theIdesOpenFileIsBound() {
		assertTrue(bound("org.eclipse.ui.ide/org.eclipse.ui.actionSet.openFiles"));
		assertTrue(bound("org.eclipse.ui.ide/org.eclipse.ui.openLocalFile"));
	}

	@Test
	void convertLineDelimitersIsBound() {
		assertTrue(bound("org.eclipse.ui.editors/org.eclipse.ui.edit.text.delimiter.unix"));
	}

	@Test
	void otherCommandsAreNotBound() {
		assertFalse(bound("org.eclipse.ui.ide/org.eclipse.ui.actionSet.keyBindings"));
		assertFalse(bound("nianbao.ui/nianbao.ui.openFile"));
		assertFalse(bound("org.eclipse.ui.ide/org.eclipse.ui.openLocalFileSystem"));
	}

	private boolean bound(String identifier) {
		return activity.getActivityPatternBindings().stream().anyMatch(b -> b.getPattern().matcher(identifier).matches());
	}
}
