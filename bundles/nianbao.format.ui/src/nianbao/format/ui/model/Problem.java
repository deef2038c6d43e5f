// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.model;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A syntax, linking or validation problem of a format file, at characters that exist in the text it was
 * found in: never empty where the text has a character to mark, so that it can be seen.
 */
public record Problem(Severity severity, String message, int offset, int length, String code) {

	/** The problem an issue reports, placed within a text of {@code textLength} characters. */
	public static Problem of(Issue issue, int textLength) {
		int offset = issue.getOffset() == null ? 0 : Math.clamp(issue.getOffset(), 0, textLength);
		int length = issue.getLength() == null ? 0 : Math.clamp(issue.getLength(), 0, textLength - offset);
		if (length == 0 && textLength > 0) {
			// a parser error at the end of the text (a missing '}') has no characters of its own
			if (offset == textLength) {
				offset--;
			}
			length = 1;
		}
		return new Problem(issue.getSeverity(), issue.getMessage(), offset, length, issue.getCode());
	}
}
