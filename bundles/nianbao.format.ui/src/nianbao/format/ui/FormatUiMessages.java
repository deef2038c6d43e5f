// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui;

import org.eclipse.osgi.util.NLS;

/** The format editor's own words, in Chinese ({@code messages.properties}) or English ({@code -nl en}). */
public final class FormatUiMessages extends NLS {

	public static String format;
	public static String formatSyntaxErrors;
	public static String compare;
	public static String compareChoose;
	public static String compareTitle;
	public static String compareSame;
	public static String compareNoFormat;
	public static String compareSummary;
	public static String close;

	static {
		NLS.initializeMessages("nianbao.format.ui.messages", FormatUiMessages.class);
	}

	private FormatUiMessages() {
	}
}
