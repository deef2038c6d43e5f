// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * The report editor's actions: those of a text editor (copy, find, go to line…) while its text page
 * is shown, none on the table page.
 */
public class ReportEditorContributor extends MultiPageEditorActionBarContributor {

	private final TextEditorActionContributor text = new TextEditorActionContributor();

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		text.init(bars, page);
	}

	@Override
	public void setActivePage(IEditorPart page) {
		text.setActiveEditor(page);
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		text.dispose();
		super.dispose();
	}
}
