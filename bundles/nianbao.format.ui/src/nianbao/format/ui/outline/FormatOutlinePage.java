// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline of a format file: formats, parts, tables with their column and row groups, rules and their
 * checks. Selecting an element selects its name in the editor. The tree is rebuilt after each analysis;
 * elements are matched across rebuilds by their path, so expansion and selection survive typing.
 */
public final class FormatOutlinePage extends ContentOutlinePage {

	/** Levels expanded when the outline first opens: formats, parts and tables. */
	private static final int INITIAL_LEVELS = 3;

	private final Consumer<OutlineNode> reveal;
	private List<OutlineNode> roots;
	private boolean updating;
	private boolean disposed;
	private boolean expanded;

	/**
	 * An outline showing {@code roots}, which calls {@code reveal} with the element the user selects.
	 */
	public FormatOutlinePage(List<OutlineNode> roots, Consumer<OutlineNode> reveal) {
		this.roots = roots;
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((OutlineNode) element).children().toArray();
			}

			/** Found by path: a tree this small is searched faster than parents are linked. */
			@Override
			public Object getParent(Object element) {
				return element instanceof OutlineNode node ? parent(roots, node.path()) : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.path().equals(y.path()) : a.equals(b);
			}

			@Override
			public int hashCode(Object element) {
				return element instanceof OutlineNode node ? node.path().hashCode() : element.hashCode();
			}
		});
		viewer.setInput(roots);
		expandInitially();
	}

	/** Opens the first levels once there is something to show (the page may come before the first analysis). */
	private void expandInitially() {
		if (!expanded && !roots.isEmpty()) {
			getTreeViewer().expandToLevel(INITIAL_LEVELS);
			expanded = true;
		}
	}

	private static OutlineNode parent(List<OutlineNode> nodes, String path) {
		for (OutlineNode node : nodes) {
			if (path.startsWith(node.path() + "/")) {
				return node.children().stream().anyMatch(c -> c.path().equals(path)) ? node : parent(node.children(), path);
			}
		}
		return null;
	}

	/** Shows a new outline of the file (UI thread). */
	public void update(List<OutlineNode> nodes) {
		roots = nodes;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		updating = true;
		try {
			Object[] open = viewer.getExpandedElements();
			viewer.getControl().setRedraw(false);
			viewer.setInput(nodes);
			viewer.setExpandedElements(open);
			expandInitially();
		} finally {
			viewer.getControl().setRedraw(true);
			updating = false;
		}
	}

	/** The tree, for whoever needs to drive it (tests, link-with-editor). */
	@Override
	public TreeViewer getTreeViewer() {
		return super.getTreeViewer();
	}

	/** The nodes shown at the top of the tree. */
	public List<OutlineNode> roots() {
		return roots;
	}

	/** Whether the page was disposed (its outline view was closed): the editor then makes a new one. */
	public boolean isDisposed() {
		return disposed;
	}

	@Override
	public void dispose() {
		disposed = true;
		super.dispose();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!updating && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			reveal.accept(node);
		}
	}
}
