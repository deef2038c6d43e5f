package nianbao.ui.app;

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
		layout.addView(FindingsView.ID, IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
	}
}
