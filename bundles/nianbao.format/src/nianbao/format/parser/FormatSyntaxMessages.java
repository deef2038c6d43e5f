// SPDX-License-Identifier: EPL-2.0
package nianbao.format.parser;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import nianbao.format.FormatMessages;

/**
 * Syntax errors in the rule author's words ("此处应为 }，而不是“rule”") rather than ANTLR's ("mismatched input
 * 'rule' expecting '}'"), the expected token named as the author writes it (a keyword in its quotes, "a name",
 * "a quoted text", "a number").
 */
public class FormatSyntaxMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null) {
			return super.getSyntaxErrorMessage(context);
		}
		Token token = e.token;
		if (token == null || token.getType() == Token.EOF) {
			return new SyntaxErrorMessage(FormatMessages.syntaxEnd, null);
		}
		String text = token.getText();
		String message;
		if (e instanceof MissingTokenException missing && expected(context, missing.expecting) != null) {
			message = NLS.bind(FormatMessages.syntaxMissing, expected(context, missing.expecting), text);
		} else if (e instanceof UnwantedTokenException) {
			message = NLS.bind(FormatMessages.syntaxUnexpected, text);
		} else if (e instanceof MismatchedTokenException mismatched && expected(context, mismatched.expecting) != null) {
			message = NLS.bind(FormatMessages.syntaxExpected, expected(context, mismatched.expecting), text);
		} else {
			// no viable alternative, an early exit from a loop: the token is where the author went wrong
			message = NLS.bind(FormatMessages.syntaxUnexpected, text);
		}
		return new SyntaxErrorMessage(message, null);
	}

	/** A token type as the author writes it: a keyword as itself, a name, a quoted text, a number; null if unknown. */
	private static String expected(IParserErrorContext context, int type) {
		String[] names = context.getTokenNames();
		if (names == null || type <= Token.EOF || type >= names.length) {
			return null;
		}
		String name = names[type];
		return switch (name) {
			case "RULE_ID" -> FormatMessages.syntaxName;
			case "RULE_STRING" -> FormatMessages.syntaxString;
			case "RULE_INT" -> FormatMessages.syntaxNumber;
			default -> name.startsWith("'") && name.endsWith("'") && name.length() > 2 ? name.substring(1, name.length() - 1)
					: null;
		};
	}
}
