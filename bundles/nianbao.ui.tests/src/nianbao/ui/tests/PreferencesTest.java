// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.testing.Samples;
import nianbao.ui.Messages;
import nianbao.ui.handlers.AuditSelectionHandler;
import nianbao.ui.handlers.OpenAuditProjectHandler;
import nianbao.ui.preferences.NianbaoPreferencePage;
import nianbao.ui.preferences.UiPreferences;
import nianbao.ui.views.FindingsView;
import nianbao.workspace.AuditMarkers;
import nianbao.workspace.AuditPreferences;
import nianbao.workspace.ProjectAudit;

/**
 * Window › Preferences › 年报审核 (its fields loaded from and stored to their preference nodes, the
 * format folders and default profile taking effect in a project's audit) and the Project Explorer's
 * context menu and icons of reports, in a real workbench.
 */
class PreferencesTest {

	private static final String ERROR_COLOR = "errorIndicationColor";

	@TempDir
	Path dir;

	private IProject project;
	private PreferenceDialog dialog;

	@AfterEach
	void restore() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		for (String node : List.of(AuditPreferences.NODE, UiPreferences.NODE)) {
			IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
			preferences.clear();
			preferences.flush();
		}
		EditorsUI.getPreferenceStore().setToDefault(ERROR_COLOR);
		Workbench.closeAll(project);
	}

	private Path reports() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("济宁2020"));
		for (Path sample : Samples.textReports()) {
			Files.copy(sample, folder.resolve(sample.getFileName()));
		}
		return folder;
	}

	/** A folder of a rule author's: a format of its own and a profile that switches T3-BAL off. */
	private Path formatFolder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("formats"));
		Files.writeString(folder.resolve("local.nbformat"), "format \"local\" basedOn \"2021\" {\n    years 2030..\n}\n");
		Files.writeString(folder.resolve("deploy.nbprofile"), "profile \"本地\" { rule T3-BAL off }\n");
		return folder;
	}

	private static void set(String node, String key, String value) throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
		preferences.put(key, value);
		preferences.flush();
	}

	private NianbaoPreferencePage openPage() {
		assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find(NianbaoPreferencePage.ID));
		dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(), NianbaoPreferencePage.ID,
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return assertInstanceOf(NianbaoPreferencePage.class, dialog.getSelectedPage());
	}

	private static <T extends Control> List<T> controls(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(controls(child, type));
			}
		}
		return found;
	}

	private static void choose(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void theFieldsLoadFromTheirNodesAndStoreToThem() throws Exception {
		Path formats = formatFolder();
		set(AuditPreferences.NODE, AuditPreferences.FORMAT_FOLDERS, formats.toString());
		NianbaoPreferencePage page = openPage();
		List<Combo> combos = controls(page.getControl(), Combo.class);
		Combo profile = combos.getFirst();
		Combo language = combos.get(1);
		// the profiles of the listed folders are on offer; none is set
		assertEquals(List.of(Messages.prefs_profileNone, formats.resolve("deploy.nbprofile").toString()),
				Arrays.asList(profile.getItems()));
		assertEquals(Messages.prefs_profileNone, profile.getText());
		assertEquals(List.of(formats.toString()),
				Arrays.asList(controls(page.getControl(), org.eclipse.swt.widgets.List.class).getFirst().getItems()));
		assertEquals("中文", language.getText(), "Chinese by default");

		choose(profile, formats.resolve("deploy.nbprofile").toString());
		choose(language, "English");
		List<Shell> prompts = new ArrayList<>();
		List<String> buttons = new ArrayList<>();
		Listener closePrompt = event -> {
			if (event.widget instanceof Shell shell && Messages.prefs_restartTitle.equals(shell.getText())) {
				prompts.add(shell);
				controls(shell, Button.class).forEach(b -> buttons.add(b.getText()));
				shell.getDisplay().asyncExec(shell::close);
			}
		};
		Display display = Display.getCurrent();
		display.addFilter(SWT.Show, closePrompt);
		try {
			assertTrue(page.performOk());
			settle();
		} finally {
			display.removeFilter(SWT.Show, closePrompt);
		}
		assertEquals(1, prompts.size(), "a restart is offered");
		// in the workbench's language, not the platform's English Yes and No
		assertEquals(Set.of(Messages.prefs_restartNow, Messages.prefs_restartLater), Set.copyOf(buttons));
		assertEquals(formats.resolve("deploy.nbprofile"), AuditPreferences.defaultProfile().orElseThrow());
		assertEquals(List.of(formats), AuditPreferences.formatFolders());
		// the language where the start script reads it
		assertEquals("en", InstanceScope.INSTANCE.getNode("nianbao.ui").get("language", null));
		Path prefs = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/nianbao.ui.prefs");
		assertTrue(Files.readAllLines(prefs).contains("language=en"), Files.readString(prefs));
	}

	@Test
	void aSeverityColourOfThePageIsTheEditorsOwn() throws Exception {
		IPreferenceStore editors = EditorsUI.getPreferenceStore();
		RGB standard = PreferenceConverter.getDefaultColor(editors, ERROR_COLOR);
		PreferenceConverter.setValue(editors, ERROR_COLOR, new RGB(1, 2, 3));
		NianbaoPreferencePage page = openPage();
		// what the page shows and stores is the editors' colour: kept as it was, then back to the default
		assertTrue(page.performOk());
		assertEquals(new RGB(1, 2, 3), PreferenceConverter.getColor(editors, ERROR_COLOR));
		Button defaults = controls(dialog.getShell(), Button.class).stream()
				.filter(button -> button.getText().replace("&", "").equals("Restore Defaults")).findFirst().orElseThrow();
		defaults.notifyListeners(SWT.Selection, new Event());
		assertTrue(page.performOk());
		assertEquals(standard, PreferenceConverter.getColor(editors, ERROR_COLOR));
	}

	@Test
	void theFormatFoldersAndTheDefaultProfileTakeEffectInAProjectAudit() throws Exception {
		project = OpenAuditProjectHandler.open(reports());
		settle();
		IFile report = project.getFile("001_79dfd87bc59a18f9.txt");
		assertEquals(List.of("NT-2", "T3-BAL", "T3-BAL"), errorRules(report));
		assertTrue(ProjectAudit.auditor(project).formats().byId("local").isEmpty());

		Path formats = formatFolder();
		set(AuditPreferences.NODE, AuditPreferences.FORMAT_FOLDERS, dir.resolve("elsewhere") + File.pathSeparator + formats);
		Files.createDirectories(dir.resolve("elsewhere"));
		set(AuditPreferences.NODE, AuditPreferences.DEFAULT_PROFILE, formats.resolve("deploy.nbprofile").toString());
		assertTrue(ProjectAudit.auditor(project).formats().byId("local").isPresent(), "the folder's format is loaded");
		assertTrue(AuditPreferences.auditor().formats().byId("local").isPresent(), "also outside projects");
		AuditPreferences.reauditProjects();
		settle();
		assertEquals(List.of("NT-2"), errorRules(report), "the default profile switches T3-BAL off");
	}

	private static List<String> errorRules(IFile report) throws Exception {
		return Arrays.stream(report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(AuditMarkers.RULE_ID, "")).sorted().toList();
	}

	@Test
	void theProjectExplorerOffersAuditAndOpenWithOnAReportAndShowsItsKind() throws Exception {
		project = OpenAuditProjectHandler.open(reports());
		settle();
		IFile report = project.getFile("001_79dfd87bc59a18f9.txt");
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().refresh();
		explorer.getCommonViewer().setSelection(new StructuredSelection(report), true);
		Menu menu = explorer.getCommonViewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if (item.getData() instanceof CommandContributionItem command) {
				items.add(command.getCommand().getId());
			} else if (item.getData() instanceof MenuManager submenu) {
				items.add(submenu.getMenuText().replace("&", ""));
			} else if (item.getData() instanceof IContributionItem other && other.getId() != null) {
				items.add(other.getId());
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.contains(AuditSelectionHandler.ID), items.toString());
		assertTrue(items.contains("Open With"), items.toString());

		// 审核 audits the selected report with its project's auditor; the 问题 view shows its findings
		page().activate(explorer);
		explorer.getSite().getService(IHandlerService.class).executeCommand(AuditSelectionHandler.ID, null);
		String name = NLS.bind(Messages.audit_job, report.getName());
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getName().equals(name)) {
				job.join();
			}
		}
		settle();
		FindingsView view = (FindingsView) page().findView(FindingsView.ID);
		assertTrue(view.summary().startsWith(NLS.bind(Messages.audit_scope, report.getName(),
				NLS.bind(Messages.auditFolder_done, new Object[] { 1, 1, 0, 1 }))), view.summary());
		assertEquals(9, view.shownRows().size(), "the nine findings of 001");

		// a report's kind is its editor's icon
		for (String[] kind : new String[][] { { "a.pdf", "pdf" }, { "a.docx", "word" }, { "a.xls", "excel" },
				{ "a.htm", "html" }, { "a.txt", "" } }) {
			IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(kind[0]);
			assertEquals(kind[1].isEmpty() ? "nianbao.ui.reportEditor" : "nianbao.ui.reportEditor." + kind[1], editor.getId());
			assertNotNull(editor.getImageDescriptor().getImageData(100), kind[0]);
		}
	}
}
