// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PathEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nianbao.ui.Messages;
import nianbao.workspace.AuditPreferences;

/**
 * Window › Preferences › 年报审核: the default profile and the additional format folders of every audit
 * ({@link AuditPreferences}), the workbench's language at its next start ({@link UiPreferences}), and
 * the colours of the findings in the report editor (the text editors' own annotation colours, so that
 * open editors take a change at once).
 */
public class NianbaoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id in plugin.xml. */
	public static final String ID = "nianbao.ui.preferencePage";

	/** The annotation colours of the error, warning and info types (org.eclipse.ui.editors' plugin.xml). */
	static final String ERROR_COLOR = "errorIndicationColor";
	static final String WARNING_COLOR = "warningIndicationColor";
	static final String INFO_COLOR = "infoIndicationColor";

	private final IPreferenceStore ui = new ScopedPreferenceStore(InstanceScope.INSTANCE, UiPreferences.NODE);
	/** The stores of the fields that are not the page's own (the audit's). */
	private final Map<FieldEditor, IPreferenceStore> stores = new LinkedHashMap<>();
	private FolderEditor folders;
	private ProfileEditor profile;

	/** The page, on the audit's preferences. */
	public NianbaoPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AuditPreferences.NODE));
		setDescription(Messages.prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the stores are the preference service's, made with the page
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		profile = new ProfileEditor(parent);
		addField(profile);
		folders = new FolderEditor(parent);
		addField(folders);
		addField(own(new ComboFieldEditor(UiPreferences.LANGUAGE, Messages.prefs_language, new String[][] {
				{ "中文", UiPreferences.CHINESE }, { "English", UiPreferences.ENGLISH } }, parent), ui));
		Label colours = new Label(parent, SWT.NONE);
		colours.setText(Messages.prefs_colors);
		colours.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		IPreferenceStore editors = EditorsUI.getPreferenceStore();
		addField(own(new ColorFieldEditor(ERROR_COLOR, Messages.prefs_error, parent), editors));
		addField(own(new ColorFieldEditor(WARNING_COLOR, Messages.prefs_warning, parent), editors));
		addField(own(new ColorFieldEditor(INFO_COLOR, Messages.prefs_info, parent), editors));
	}

	private FieldEditor own(FieldEditor field, IPreferenceStore store) {
		stores.put(field, store);
		return field;
	}

	/** Binds the fields of other nodes to their stores (the page gives every field its own store first). */
	@Override
	protected void initialize() {
		super.initialize();
		stores.forEach((field, store) -> {
			field.setPreferenceStore(store);
			field.load();
		});
		profile.offer(folders.folders());
	}

	@Override
	protected void performDefaults() {
		super.performDefaults();
		profile.offer(folders.folders());
	}

	/**
	 * Stores and saves the fields; a change of the audit's preferences audits the audit projects
	 * again, a change of language asks whether to restart.
	 */
	@Override
	public boolean performOk() {
		IPreferenceStore audit = getPreferenceStore();
		String foldersBefore = audit.getString(AuditPreferences.FORMAT_FOLDERS);
		String profileBefore = audit.getString(AuditPreferences.DEFAULT_PROFILE);
		String languageBefore = ui.getString(UiPreferences.LANGUAGE);
		super.performOk();
		Set<IPreferenceStore> all = new LinkedHashSet<>(List.of(audit));
		all.addAll(stores.values());
		for (IPreferenceStore store : all) {
			if (store.needsSaving() && store instanceof IPersistentPreferenceStore persistent) {
				try {
					persistent.save();
				} catch (IOException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		}
		if (!foldersBefore.equals(audit.getString(AuditPreferences.FORMAT_FOLDERS))
				|| !profileBefore.equals(audit.getString(AuditPreferences.DEFAULT_PROFILE))) {
			AuditPreferences.reauditProjects();
		}
		if (!languageBefore.equals(ui.getString(UiPreferences.LANGUAGE))) {
			// once the preferences dialog is closed: the workbench cannot restart under it
			Display.getCurrent().asyncExec(NianbaoPreferencePage::offerRestart);
		}
		return true;
	}

	private static void offerRestart() {
		// buttons of its own: the platform's Yes and No are English in a Chinese workbench
		if (PlatformUI.isWorkbenchRunning() && new MessageDialog(Display.getCurrent().getActiveShell(),
				Messages.prefs_restartTitle, null, Messages.prefs_restart, MessageDialog.QUESTION, 0,
				Messages.prefs_restartNow, Messages.prefs_restartLater).open() == 0) {
			PlatformUI.getWorkbench().restart();
		}
	}

	/** The additional format folders, as they stand on the page. */
	private final class FolderEditor extends PathEditor {

		FolderEditor(Composite parent) {
			super(AuditPreferences.FORMAT_FOLDERS, Messages.prefs_formatFolders, Messages.prefs_chooseFolder, parent);
		}

		List<Path> folders() {
			return Arrays.stream(getList().getItems()).map(Path::of).toList();
		}

		/** A folder added, removed or moved: the profiles on offer are those of the folders now listed. */
		@Override
		protected void selectionChanged() {
			super.selectionChanged();
			if (profile != null) {
				profile.offer(folders());
			}
		}
	}

	/**
	 * The default profile: none, or one of the profile files in the format folders listed on the page
	 * (the one set before stays on offer when its folder is gone, so that it is not dropped unseen).
	 */
	private static final class ProfileEditor extends FieldEditor {

		private Combo combo;
		private final List<Path> choices = new ArrayList<>();
		private String value = "";

		ProfileEditor(Composite parent) {
			super(AuditPreferences.DEFAULT_PROFILE, Messages.prefs_profile, parent);
		}

		void offer(List<Path> folders) {
			choices.clear();
			choices.addAll(AuditPreferences.profiles(folders));
			if (!value.isEmpty() && !choices.contains(Path.of(value))) {
				choices.add(Path.of(value));
			}
			List<String> items = new ArrayList<>(List.of(Messages.prefs_profileNone));
			choices.forEach(choice -> items.add(choice.toString()));
			combo.setItems(items.toArray(String[]::new));
			combo.select(value.isEmpty() ? 0 : choices.indexOf(Path.of(value)) + 1);
		}

		@Override
		protected void adjustForNumColumns(int columns) {
			((GridData) combo.getLayoutData()).horizontalSpan = columns - 1;
		}

		@Override
		protected void doFillIntoGrid(Composite parent, int columns) {
			getLabelControl(parent).setToolTipText(Messages.prefs_profileTip);
			combo = new Combo(parent, SWT.READ_ONLY);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1));
			combo.addListener(SWT.Selection, event -> {
				String old = value;
				int index = combo.getSelectionIndex();
				value = index <= 0 ? "" : choices.get(index - 1).toString();
				setPresentsDefaultValue(false);
				fireValueChanged(VALUE, old, value);
			});
		}

		/** Takes the stored profile; the page then offers the choices with it ({@link #offer}). */
		@Override
		protected void doLoad() {
			value = getPreferenceStore().getString(getPreferenceName());
		}

		@Override
		protected void doLoadDefault() {
			value = getPreferenceStore().getDefaultString(getPreferenceName());
		}

		@Override
		protected void doStore() {
			getPreferenceStore().setValue(getPreferenceName(), value);
		}

		@Override
		public int getNumberOfControls() {
			return 2;
		}
	}
}
