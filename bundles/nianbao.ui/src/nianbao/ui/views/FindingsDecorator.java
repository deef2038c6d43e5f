// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nianbao.workspace.AuditMarkers;

/**
 * The Project Explorer's severity decorations: a report, folder or project whose audit found errors
 * (or warnings, or could not assess a report, or a format file has errors) gets the error (warning)
 * overlay, from the builder's markers; the decorations follow the markers as the builder renews them.
 */
public final class FindingsDecorator extends LabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {

	/** The marker types whose severity a resource shows: findings, reports not assessed, broken formats. */
	private static final String[] TYPES = { AuditMarkers.FINDING, AuditMarkers.CANNOT_ASSESS, AuditMarkers.FORMAT_PROBLEM };

	public FindingsDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		IResource resource = element instanceof IResource r ? r : null;
		if (resource == null || !resource.isAccessible()) {
			return;
		}
		String overlay = switch (severity(resource)) {
			case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_DEC_FIELD_ERROR;
			case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_DEC_FIELD_WARNING;
			default -> null;
		};
		if (overlay != null) {
			decoration.addOverlay(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay), IDecoration.BOTTOM_LEFT);
		}
	}

	/** The highest severity of the resource's markers and those of what it contains; -1 for none. */
	static int severity(IResource resource) {
		int max = -1;
		for (String type : TYPES) {
			try {
				max = Math.max(max, resource.findMaxProblemSeverity(type, false, IResource.DEPTH_INFINITE));
			} catch (CoreException e) {
				// a resource gone meanwhile: nothing to show
			}
		}
		return max;
	}

	/** The builder renewed markers: the resources they are on, and every folder above them, are drawn again. */
	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IResource> changed = new LinkedHashSet<>();
		for (String type : TYPES) {
			for (IMarkerDelta delta : event.findMarkerDeltas(type, false)) {
				for (IResource resource = delta.getResource(); resource != null && resource.getType() != IResource.ROOT;
						resource = resource.getParent()) {
					changed.add(resource);
				}
			}
		}
		if (!changed.isEmpty()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, changed.toArray())));
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}
}
