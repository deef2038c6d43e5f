package nianbao.ui.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.ui.editors.ReportEditor;

/**
 * 问题: the findings of the report in the active report editor, one per row; double-clicking a
 * finding shows its place in the report.
 */
public class FindingsView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "nianbao.ui.findingsView";

	private TableViewer viewer;
	private ReportEditor editor;

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof ReportEditor report) {
				show(report);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("严重程度", 70, f -> f.severity().label());
		column("规则", 110, Finding::ruleId);
		column("对象", 200, Finding::subject);
		column("说明", 700, Finding::message);
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Finding finding) {
				open(finding);
			}
		});
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof ReportEditor report) {
			show(report);
		}
	}

	/** Shows the findings of a report editor's report. */
	public void show(ReportEditor report) {
		editor = report;
		List<Finding> findings = report.audit().filter(a -> a instanceof ReportAudit.Assessed)
				.map(a -> ((ReportAudit.Assessed) a).findings()).orElse(List.of());
		viewer.setInput(findings);
	}

	/** The findings listed. */
	public List<?> findings() {
		return (List<?>) viewer.getInput();
	}

	/** Shows a finding's place in its report. */
	public void open(Finding finding) {
		if (editor != null) {
			getSite().getPage().activate(editor);
			editor.show(finding.range());
		}
	}

	private void column(String title, int width, Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		super.dispose();
	}
}
