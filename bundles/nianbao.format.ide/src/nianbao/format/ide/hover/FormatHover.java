// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.hover;

import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * The Language Server's hover: what the workbench's format editor shows over the same element
 * ({@link ElementDescriptions}), rather than the documentation comments that Xtext's hover shows.
 */
public class FormatHover extends HoverService {

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		String description = ElementDescriptions.describe(context.getElement(), context.getResource());
		return description == null ? null : toMarkupContent(MarkupKind.PLAINTEXT, description);
	}
}
