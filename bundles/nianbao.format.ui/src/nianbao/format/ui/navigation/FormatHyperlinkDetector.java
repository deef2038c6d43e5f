// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.navigation;

import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.ui.texteditor.ITextEditor;

import nianbao.format.ui.model.FormatModel;

/**
 * Ctrl+click (and F3, the open-hyperlink command) on a cross-reference goes to its declaration: a row,
 * column, loop variable, table, part, rule or base format.
 */
public final class FormatHyperlinkDetector implements IHyperlinkDetector {

	private final ITextEditor editor;
	private final Supplier<FormatModel> model;

	/** A detector for the file {@code model} gives, shown in {@code editor}. */
	public FormatHyperlinkDetector(ITextEditor editor, Supplier<FormatModel> model) {
		this.editor = editor;
		this.model = model;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		FormatModel current = model.get();
		IDocument document = viewer.getDocument();
		if (current == null || document == null) {
			return null;
		}
		String text = document.get();
		return current.read(text, resource -> Symbol.at(resource, region.getOffset())).filter(Symbol::reference)
				.map(symbol -> new IHyperlink[] { new Link(symbol, current) }).orElse(null);
	}

	/** The link from a reference to its declaration. */
	private final class Link implements IHyperlink {

		private final Symbol symbol;
		private final FormatModel from;

		Link(Symbol symbol, FormatModel from) {
			this.symbol = symbol;
			this.from = from;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return new Region(symbol.offset(), symbol.length());
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "转到声明：" + symbol.description().lines().findFirst().orElse("");
		}

		@Override
		public void open() {
			Declarations.reveal(symbol.declaration(), from.uri(), editor);
		}
	}
}
