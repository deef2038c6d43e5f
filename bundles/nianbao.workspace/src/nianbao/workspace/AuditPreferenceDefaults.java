// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults of {@link AuditPreferences}: no additional format folder, no default profile. */
public class AuditPreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AuditPreferences.NODE);
		defaults.put(AuditPreferences.FORMAT_FOLDERS, "");
		defaults.put(AuditPreferences.DEFAULT_PROFILE, "");
	}
}
