// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.format.language.CheckMessage;

/**
 * The parameters in the text of a check's message ({@code {编号}}): the ones the validator holds to the
 * message's declared parameters, and the ones the rule engine fills in.
 */
public final class MessageParameters {

	/** A parameter in a message's text: {编号}. */
	private static final Pattern PARAMETER = Pattern.compile("\\{([^{}\\s]*)\\}");

	private MessageParameters() {
	}

	/** The placeholders of a message's text that are not among its parameters, as written ({@code {位置}}). */
	public static List<String> unknown(CheckMessage message) {
		List<String> unknown = new ArrayList<>();
		Matcher placeholder = PARAMETER.matcher(String.valueOf(message.getText()));
		while (placeholder.find()) {
			if (!message.getParameters().contains(placeholder.group(1))) {
				unknown.add(placeholder.group());
			}
		}
		return unknown;
	}

	/**
	 * A message's text with each parameter given its value (in the order the parameters are declared), in one
	 * pass: a value that reads like a parameter stays as it is.
	 */
	public static String fill(CheckMessage message, Object... values) {
		return PARAMETER.matcher(message.getText()).replaceAll(parameter -> {
			int index = message.getParameters().indexOf(parameter.group(1));
			return Matcher.quoteReplacement(index < 0 ? parameter.group() : String.valueOf(values[index]));
		});
	}
}
