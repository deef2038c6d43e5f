// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.problems;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerUtilities;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

import nianbao.workspace.AuditMarkers;

/**
 * The annotation model of format files and profiles: the workspace's markers of the file, except the
 * audit builder's format problems. The format editor finds those itself, as you type, in the text being
 * edited; drawing the builder's markers of the saved file as well would show every error twice, and
 * keep showing it after it was corrected until the next save. The Problems view still lists them.
 */
public final class FormatAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
		if (file == null) {
			return new AnnotationModel();
		}
		return new ResourceMarkerAnnotationModel(file) {
			@Override
			protected boolean isAcceptable(IMarker marker) {
				return super.isAcceptable(marker) && !MarkerUtilities.isMarkerType(marker, AuditMarkers.FORMAT_PROBLEM);
			}
		};
	}
}
