// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.SubContributionItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

import nianbao.ui.Messages;

/**
 * The report editor's actions: those of a text editor (copy, find, go to line…) while its text page
 * is shown, none on the table page. Of the text editor's 编辑 entries it keeps those that serve a text
 * that is read, in the workbench's language (the platform names them in English only); typing aids (word
 * completion, quick fix, tooltip description) do nothing for a report. (Block and multi-selection are
 * left out by the product's activity, plugin.xml.)
 */
public class ReportEditorContributor extends MultiPageEditorActionBarContributor {

	/** The text editor's 编辑 entries left out, by their commands. */
	private static final Set<String> LEFT_OUT = Set.of("org.eclipse.ui.edit.text.hippieCompletion",
			"org.eclipse.ui.edit.text.showInformation", "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals");

	private final TextEditorActionContributor text = new TextEditorActionContributor() {
		@Override
		public void contributeToMenu(IMenuManager menu) {
			super.contributeToMenu(menu);
			IMenuManager edit = menu.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
			if (edit != null) {
				readingEntries(edit);
			}
		}
	};

	/** The find entries kept, by their commands, with their names in the workbench's language. */
	private static final Map<String, String> KEPT = Map.of("org.eclipse.ui.edit.findNext", Messages.menu_findNext,
			"org.eclipse.ui.edit.findPrevious", Messages.menu_findPrevious, "org.eclipse.ui.edit.findIncremental",
			Messages.menu_findIncremental, "org.eclipse.ui.edit.findIncrementalReverse", Messages.menu_findIncrementalReverse);

	private static void readingEntries(IMenuManager edit) {
		for (IContributionItem item : edit.getItems()) {
			// an editor's entries are wrapped in the menu it shares with the workbench
			IContributionItem inner = item instanceof SubContributionItem sub ? sub.getInnerItem() : item;
			if (inner instanceof ActionContributionItem entry) {
				IAction action = entry.getAction();
				String command = String.valueOf(action.getActionDefinitionId());
				if (LEFT_OUT.contains(command)) {
					edit.remove(inner);
				} else if (KEPT.containsKey(command)) {
					action.setText(KEPT.get(command));
				}
			}
		}
	}

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		text.init(bars, page);
	}

	@Override
	public void setActivePage(IEditorPart page) {
		text.setActiveEditor(page);
		// the find entries take the names of the text page's actions when it becomes active: named again
		IMenuManager edit = getActionBars().getMenuManager().findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit != null) {
			readingEntries(edit);
		}
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		text.dispose();
		super.dispose();
	}
}
