// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import org.eclipse.osgi.util.NLS;

/**
 * What the rule engine says about the format files' test cases and declared checks, in Chinese
 * ({@code messages.properties}) or English ({@code messages_en.properties}, with {@code -nl en} or an English
 * locale). The findings' own words are the format files'.
 */
public final class CheckMessages extends NLS {

	public static String testReportMissing;
	public static String testReportNotAssessed;
	public static String testExpectedNone;
	public static String testExpected;
	public static String checksDiffer;
	public static String noSuchCheck;
	public static String checkMessagesDiffer;

	static {
		NLS.initializeMessages("nianbao.check.messages", CheckMessages.class);
	}

	private CheckMessages() {
	}
}
