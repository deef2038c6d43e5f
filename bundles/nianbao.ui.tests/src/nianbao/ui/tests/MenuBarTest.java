// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.junit.jupiter.api.Test;

import nianbao.ui.Messages;
import nianbao.ui.app.MenuBar;

/**
 * The product's menu bar, built for the test's window as the product's window advisor builds it: the
 * menus an Eclipse user expects, with the platform's ids (plug-ins contribute to them), in the workbench's
 * language. (The 审核 menu and 打开文件… come from plugin.xml, into the groups named here.)
 */
class MenuBarTest {

	@Test
	void theMenusAreFileEditAuditWindowHelpWithTheirCommands() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuManager bar = new MenuManager();
		IWorkbenchWindowConfigurer windowConfigurer = proxy(IWorkbenchWindowConfigurer.class, "getWindow", window);
		IActionBarConfigurer configurer = (IActionBarConfigurer) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { IActionBarConfigurer.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getMenuManager" -> bar;
					case "getWindowConfigurer" -> windowConfigurer;
					case "registerGlobalAction" -> null;
					default -> throw new UnsupportedOperationException(method.getName());
				});
		MenuBar menus = new MenuBar(configurer);
		try {
			menus.fillActionBars(ActionBarAdvisor.FILL_MENU_BAR);

			assertEquals(List.of(IWorkbenchActionConstants.M_FILE, IWorkbenchActionConstants.M_EDIT,
					IWorkbenchActionConstants.MB_ADDITIONS, IWorkbenchActionConstants.M_WINDOW, IWorkbenchActionConstants.M_HELP),
					Arrays.stream(bar.getItems()).map(IContributionItem::getId).toList());
			assertEquals(Messages.menu_file, menu(bar, IWorkbenchActionConstants.M_FILE).getMenuText());
			assertEquals(List.of(Messages.menu_close, Messages.menu_closeAll, Messages.menu_quit),
					labels(menu(bar, IWorkbenchActionConstants.M_FILE)));
			// the groups plugin.xml's 打开文件… and the files opened last go into
			assertEquals(IWorkbenchActionConstants.FILE_START,
					menu(bar, IWorkbenchActionConstants.M_FILE).find(IWorkbenchActionConstants.FILE_START).getId());
			assertEquals(IWorkbenchActionConstants.MRU,
					menu(bar, IWorkbenchActionConstants.M_FILE).find(IWorkbenchActionConstants.MRU).getId());
			assertEquals(List.of(Messages.menu_copy, Messages.menu_selectAll, Messages.menu_find),
					labels(menu(bar, IWorkbenchActionConstants.M_EDIT)));
			assertEquals(List.of(Messages.menu_resetPerspective, Messages.menu_preferences),
					labels(menu(bar, IWorkbenchActionConstants.M_WINDOW)));
			assertEquals(Messages.menu_showView, ((MenuManager) menu(bar, IWorkbenchActionConstants.M_WINDOW).find("showView")).getMenuText());
			assertEquals(List.of(Messages.menu_about), labels(menu(bar, IWorkbenchActionConstants.M_HELP)));
		} finally {
			menus.dispose();
		}
	}

	private static MenuManager menu(MenuManager bar, String id) {
		return (MenuManager) bar.find(id);
	}

	/** The labels of a menu's actions and commands, in order. */
	private static List<String> labels(MenuManager menu) {
		return Arrays.stream(menu.getItems()).map(item -> {
			if (item instanceof ActionContributionItem action) {
				return action.getAction().getText();
			}
			if (item instanceof CommandContributionItem command) {
				return command.getData().label;
			}
			return null;
		}).filter(Objects::nonNull).toList();
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, String method, Object value) {
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
			if (m.getName().equals(method)) {
				return value;
			}
			throw new UnsupportedOperationException(m.getName());
		});
	}
}
