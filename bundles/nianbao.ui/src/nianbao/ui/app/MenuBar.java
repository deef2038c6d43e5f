// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import nianbao.ui.Messages;

/**
 * The workbench's menus as an Eclipse user expects them — 文件, 编辑, 审核, 窗口, 帮助 — with the
 * workbench's own commands (and their key bindings) in the workbench's language. The menus and groups
 * carry the platform's ids, so that plug-ins contribute to them as they do in the IDE (plugin.xml puts
 * 打开文件… into 文件 and the 审核 menu between 编辑 and 窗口).
 */
public final class MenuBar extends ActionBarAdvisor {

	private IAction close;
	private IAction closeAll;
	private IAction copy;
	private IAction selectAll;
	private IAction find;
	private IAction preferences;
	private IAction resetPerspective;
	private IAction about;

	/** The menus of the window that {@code configurer} configures. */
	public MenuBar(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		close = action(ActionFactory.CLOSE.create(window), Messages.menu_close);
		closeAll = action(ActionFactory.CLOSE_ALL.create(window), Messages.menu_closeAll);
		copy = action(ActionFactory.COPY.create(window), Messages.menu_copy);
		selectAll = action(ActionFactory.SELECT_ALL.create(window), Messages.menu_selectAll);
		find = action(ActionFactory.FIND.create(window), Messages.menu_find);
		preferences = action(ActionFactory.PREFERENCES.create(window), Messages.menu_preferences);
		resetPerspective = action(ActionFactory.RESET_PERSPECTIVE.create(window), Messages.menu_resetPerspective);
		about = action(ActionFactory.ABOUT.create(window), Messages.menu_about);
	}

	/** Registers an action (so that its command's key binding works) under a label in the workbench's language. */
	private IAction action(IAction action, String label) {
		action.setText(label);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.FILE_END));
		// the workbench's exit command under an id of its own: the item with the id "quit" is not shown
		CommandContributionItemParameter exit = new CommandContributionItemParameter(window, "nianbao.ui.exit",
				IWorkbenchCommandConstants.FILE_EXIT, CommandContributionItem.STYLE_PUSH);
		exit.label = Messages.menu_quit;
		file.add(new CommandContributionItem(exit));
		// the files opened last: the workbench renders them (and 清除历史) at the menu's end
		file.add(new Separator(IWorkbenchActionConstants.MRU));
		file.add(ContributionItemFactory.REOPEN_EDITORS.create(window));

		MenuManager edit = new MenuManager(Messages.menu_edit, IWorkbenchActionConstants.M_EDIT);
		// the groups the IDE's 编辑 menu has: text editors contribute to them (Find/Replace to find.ext)
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(copy);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager views = new MenuManager(Messages.menu_showView, "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		MenuManager windows = new MenuManager(Messages.menu_window, IWorkbenchActionConstants.M_WINDOW);
		windows.add(views);
		windows.add(new Separator());
		windows.add(resetPerspective);
		windows.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windows.add(preferences);

		MenuManager help = new MenuManager(Messages.menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		bar.add(file);
		bar.add(edit);
		// the 审核 menu (plugin.xml) goes here
		bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(windows);
		bar.add(help);
	}
}
