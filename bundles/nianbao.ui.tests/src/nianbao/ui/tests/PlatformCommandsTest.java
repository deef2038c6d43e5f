// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.IIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The platform commands the product leaves out of its menus (the IDE's Open File…, Convert Line Delimiters)
 * are bound to the product's activity, and stay in an Eclipse IDE the plug-ins are installed into: these
 * tests run in the IDE's own workbench, as an installed plug-in does.
 */
class PlatformCommandsTest {

	private static final String ACTIVITY = "nianbao.ui.platformFileCommands";

	private final IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();

	@Test
	void theIdesOpenFileIsBoundToTheActivityAndStaysInTheIde() {
		assertBoundAndEnabled(activities.getIdentifier("org.eclipse.ui.ide/org.eclipse.ui.actionSet.openFiles"));
	}

	@Test
	void convertLineDelimitersIsBoundToTheActivityAndStaysInTheIde() {
		assertBoundAndEnabled(activities.getIdentifier("org.eclipse.ui.editors/org.eclipse.ui.edit.text.delimiter.unix"));
	}

	@Test
	void otherCommandsAreNotBound() {
		assertTrue(activities.getIdentifier("org.eclipse.ui.ide/org.eclipse.ui.actionSet.keyBindings").getActivityIds().isEmpty());
	}

	private void assertBoundAndEnabled(IIdentifier identifier) {
		assertTrue(identifier.getActivityIds().contains(ACTIVITY), identifier.getId() + " is bound to " + identifier.getActivityIds());
		assertTrue(identifier.isEnabled(), identifier.getId() + " is hidden in the IDE");
	}
}
