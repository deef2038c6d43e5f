// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nianbao.ui.views.FindingsView;

/**
 * 审核 (Audit): the reports in the editor area, findings in the views around it.
 */
public final class AuditPerspective implements IPerspectiveFactory {

	/** The perspective's id in plugin.xml. */
	public static final String ID = "nianbao.ui.auditPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
		bottom.addView(FindingsView.ID);
		// the markers of audit projects: findings, reports that could not be assessed, format errors
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		// the audits running in the background (a folder's, the builder's), with their progress and cancel
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, layout.getEditorArea());
		// the format editor's outline, for rule authors
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.8f, layout.getEditorArea());
		// Window › Show View lists these first
		for (String view : new String[] { FindingsView.ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROJECT_EXPLORER,
				IPageLayout.ID_OUTLINE, IPageLayout.ID_PROGRESS_VIEW }) {
			layout.addShowViewShortcut(view);
		}
	}
}
