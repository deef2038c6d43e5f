// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.highlighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Splits a format file into the lexical stretches that have a style: keywords, strings, numbers and
 * comments. It runs the language's generated ANTLR lexer, so the keywords are the grammar's, and the
 * token names from the generated token file tell which token is what.
 */
public final class LexicalClassifier {

	/** Style ids of the lexical classes. */
	public static final String KEYWORD = "nianbao.keyword";
	public static final String STRING = "nianbao.string";
	public static final String NUMBER = "nianbao.number";
	public static final String COMMENT = "nianbao.comment";

	private final Provider<Lexer> lexers;
	private final Map<Integer, String> styles = new HashMap<>();

	/** A classifier with the lexer and token definitions of the language the injector is for. */
	public LexicalClassifier(Injector injector) {
		lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		injector.getInstance(ITokenDefProvider.class).getTokenDefMap().forEach((type, name) -> {
			String style = style(name);
			if (style != null) {
				styles.put(type, style);
			}
		});
	}

	/** The styled stretches of {@code text}, in order; what lies between them has the default style. */
	public List<Highlight> classify(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Highlight> highlights = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String style = styles.get(token.getType());
			if (style != null && token instanceof CommonToken common) {
				highlights.add(new Highlight(common.getStartIndex(), common.getStopIndex() - common.getStartIndex() + 1, style));
			}
		}
		return highlights;
	}

	/** The style of a token by its name in the token file: {@code 'rule'}, {@code RULE_STRING}, ... */
	private static String style(String tokenName) {
		return switch (tokenName) {
			case "RULE_STRING" -> STRING;
			case "RULE_INT" -> NUMBER;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> COMMENT;
			// keywords are quoted; punctuation ('{', '..', '==') keeps the default style
			default -> tokenName.length() > 2 && tokenName.startsWith("'") && Character.isLetter(tokenName.charAt(1))
					? KEYWORD : null;
		};
	}
}
