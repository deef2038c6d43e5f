// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nianbao.ui.app.AuditPerspective;
import nianbao.ui.views.FindingsView;

/** The 审核 perspective: its views, Window › Show View's shortlist, the Progress view beside 问题. */
class AuditPerspectiveTest {

	private IPerspectiveDescriptor before;

	@AfterEach
	void restore() {
		if (before != null) {
			page().setPerspective(before);
		}
	}

	@Test
	void showViewListsTheAuditorsViewsAndTheProgressViewOpensBesideTheFindings() throws Exception {
		before = page().getPerspective();
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(AuditPerspective.ID));
		page().resetPerspective();
		assertEquals(List.of(FindingsView.ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROJECT_EXPLORER,
				IPageLayout.ID_OUTLINE, IPageLayout.ID_PROGRESS_VIEW), List.of(page().getShowViewShortcuts()));
		IViewPart findings = page().showView(FindingsView.ID);
		IViewPart progress = page().showView(IPageLayout.ID_PROGRESS_VIEW);
		// in the same stack as 问题, whose tab it took
		assertTrue(List.of(page().getViewStack(progress)).contains(findings));
	}
}
