// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * The workbench's own preferences, in the instance scope of node {@value #NODE}: the language of the
 * workbench, {@value #LANGUAGE} = {@value #CHINESE} (the default) or {@value #ENGLISH}. The language
 * is chosen when Java starts ({@code -nl}), so the start script reads it from
 * {@code <workspace>/.metadata/.plugins/org.eclipse.core.runtime/.settings/nianbao.ui.prefs}; where the
 * key is missing, the language is Chinese.
 */
public class UiPreferences extends AbstractPreferenceInitializer {

	/** The preference node. */
	public static final String NODE = "nianbao.ui";
	/** The language of the workbench at its next start, as {@code -nl} takes it. */
	public static final String LANGUAGE = "language";
	/** Chinese, the default. */
	public static final String CHINESE = "zh_CN";
	/** English. */
	public static final String ENGLISH = "en";

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(NODE).put(LANGUAGE, CHINESE);
	}
}
