// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.highlighting;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import nianbao.format.ide.highlighting.FormatHighlighting;

/**
 * How each style looks: the lexical ones of {@link LexicalClassifier} and the semantic ones of
 * {@link FormatHighlighting}. Colours made without a device are not operating-system resources (SWT
 * 3.114 on), so they are constants and are never disposed.
 */
public final class FormatStyles {

	private static final Map<String, TextAttribute> ATTRIBUTES = Map.of(
			LexicalClassifier.KEYWORD, attribute(0x7F, 0x00, 0x55, SWT.BOLD),
			LexicalClassifier.STRING, attribute(0x2A, 0x00, 0xFF, SWT.NORMAL),
			LexicalClassifier.NUMBER, attribute(0x8B, 0x45, 0x13, SWT.NORMAL),
			LexicalClassifier.COMMENT, attribute(0x3F, 0x7F, 0x5F, SWT.NORMAL),
			FormatHighlighting.RULE_ID, attribute(0xD3, 0x54, 0x00, SWT.BOLD),
			FormatHighlighting.ROW, attribute(0x00, 0x79, 0x6B, SWT.NORMAL),
			FormatHighlighting.COLUMN, attribute(0xAD, 0x14, 0x57, SWT.NORMAL),
			FormatHighlighting.VARIABLE, attribute(0x02, 0x77, 0xBD, SWT.ITALIC),
			// bold as well: a check's name may hold keywords (published-in-time), which are bold
			FormatHighlighting.CHECK, attribute(0x6A, 0x1B, 0x9A, SWT.BOLD | SWT.ITALIC));

	private FormatStyles() {
	}

	/** The look of a style id, or null for an id without one (default text). */
	public static TextAttribute attribute(String style) {
		return ATTRIBUTES.get(style);
	}

	/** A style range showing {@code length} characters from {@code offset} in a style, or null for none. */
	public static StyleRange range(int offset, int length, String style) {
		TextAttribute attribute = ATTRIBUTES.get(style);
		return attribute == null ? null
				: new StyleRange(offset, length, attribute.getForeground(), attribute.getBackground(), attribute.getStyle());
	}

	private static TextAttribute attribute(int red, int green, int blue, int style) {
		return new TextAttribute(new Color(red, green, blue), null, style);
	}
}
