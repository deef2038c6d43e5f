// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.model.Part;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.ui.Messages;
import nianbao.ui.SeverityIcons;

/**
 * The Outline of a report: its parts as printed, its tables, and its findings; choosing a part or
 * table shows it in the text, choosing a finding shows it as the 问题 view does.
 */
final class ReportOutline extends ContentOutlinePage {

	/** A heading of the outline and what it lists. */
	record Section(String label, List<?> children) {
	}

	private final Consumer<SourceRange> showRange;
	private final Consumer<Finding> showFinding;
	private ReportAudit audit;

	ReportOutline(Consumer<SourceRange> showRange, Consumer<Finding> showFinding) {
		this.showRange = showRange;
		this.showFinding = showFinding;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addSelectionChangedListener(event -> {
			switch (event.getStructuredSelection().getFirstElement()) {
				case Part part when part.getRange() != null -> showRange.accept(part.getRange());
				case Table table when table.getRange() != null -> showRange.accept(table.getRange());
				case Finding finding -> showFinding.accept(finding);
				case null, default -> {
					// a heading, or something the report does not print
				}
			}
		});
		show(audit);
	}

	/** Shows the parts, tables and findings of a report's audit (none while it runs). */
	void show(ReportAudit shown) {
		this.audit = shown;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(sections());
			viewer.expandToLevel(2);
		}
	}

	/** The outline as text, each heading followed by its entries indented: what a reader sees. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		Labels labels = new Labels();
		for (Section section : sections()) {
			lines.add(labels.getText(section));
			section.children().forEach(child -> lines.add("  " + labels.getText(child)));
		}
		return lines;
	}

	/** Chooses the entry with this text, as clicking it does. */
	void choose(String text) {
		Labels labels = new Labels();
		sections().stream().flatMap(s -> s.children().stream()).filter(c -> labels.getText(c).equals(text)).findFirst()
				.ifPresent(c -> getTreeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c), true));
	}

	private List<Section> sections() {
		if (!(audit instanceof ReportAudit.Assessed assessed)) {
			return List.of();
		}
		return List.of(new Section(Messages.outline_parts, assessed.report().getParts()),
				new Section(Messages.outline_tables, assessed.report().getTables()),
				new Section(Messages.outline_findings, assessed.findings()));
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Section section ? section.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Section section && !section.children().isEmpty();
		}
	}

	private static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			return switch (element) {
				case Section section -> section.label() + " (" + section.children().size() + ")";
				case Part part -> part.getPrintedHeading() != null ? part.getPrintedHeading() : part.getKey() + "、" + part.getTitle();
				case Table table -> table.getKey() + " " + table.getCaption();
				case Finding finding -> finding.ruleId() + " " + finding.message();
				default -> String.valueOf(element);
			};
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof Finding finding ? SeverityIcons.of(finding.severity()) : null;
		}
	}
}
