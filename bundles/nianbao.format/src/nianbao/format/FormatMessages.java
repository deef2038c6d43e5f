// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import org.eclipse.osgi.util.NLS;

/**
 * What the format language says to a rule author — validation, linking, syntax and loading — in Chinese
 * ({@code messages.properties}) or English ({@code messages_en.properties}, with {@code -nl en} or an English
 * locale), naming elements as the author wrote them, never by the grammar's type names.
 */
public final class FormatMessages extends NLS {

	public static String duplicateRule;
	public static String duplicateRow;
	public static String duplicateColumn;
	public static String unqualifiedOutsideTable;
	public static String rangeOutsideSum;
	public static String emptyRange;
	public static String cycle;
	public static String badYears;
	public static String badActiveYears;
	public static String neverApplies;
	public static String badDate;
	public static String patternNeedsGroup;
	public static String badPattern;
	public static String mixedTypes;
	public static String formatDefinedElsewhere;
	public static String checkDeclaredElsewhere;
	public static String duplicateCheckMessage;
	public static String unknownCheckParameter;
	public static String noParameters;
	public static String noSuchCheck;
	public static String badPhrase;
	public static String phraseNeedsNumber;
	public static String redundantVariant;

	public static String fixUseName;
	public static String fixRename;
	public static String fixRemoveVariant;

	public static String noSuchRow;
	public static String noSuchRowAnywhere;
	public static String noSuchColumn;
	public static String noSuchColumnAnywhere;
	public static String noSuchTable;
	public static String noSuchFormat;
	public static String noSuchPart;
	public static String noSuchRule;
	public static String unresolved;

	public static String syntaxUnexpected;
	public static String syntaxExpected;
	public static String syntaxMissing;
	public static String syntaxEnd;
	public static String syntaxName;
	public static String syntaxString;
	public static String syntaxNumber;
	public static String numberMissing;
	public static String notANumber;

	public static String cannotRead;
	public static String formatFilesHaveErrors;
	public static String holdsNoProfile;
	public static String profileNoRuleInFormats;
	public static String profileHasErrors;

	static {
		NLS.initializeMessages("nianbao.format.messages", FormatMessages.class);
	}

	private FormatMessages() {
	}
}
