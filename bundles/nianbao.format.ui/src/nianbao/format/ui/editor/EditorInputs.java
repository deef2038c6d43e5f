// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.ResourceUtil;

import nianbao.format.FormatLibrary;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.model.Neighbours;
import nianbao.format.ui.navigation.OfficialFormatInput;

/**
 * The model of what an editor input holds. A workspace file is read with the other format files of its
 * project, a file on disk with those in its folder, an official format (opened read-only) with the other
 * official ones only.
 */
final class EditorInputs {

	private static final String EXTENSION = "nbformat";

	private EditorInputs() {
	}

	static FormatModel model(IEditorInput input) {
		IFile file = ResourceUtil.getFile(input);
		if (file != null) {
			return new FormatModel(FormatUi.injector(), uri(file), () -> inProject(file));
		}
		if (input instanceof IURIEditorInput external && "file".equals(external.getURI().getScheme())) {
			Path path = Path.of(external.getURI()).toAbsolutePath();
			return new FormatModel(FormatUi.injector(), URI.createFileURI(path.toString()), () -> inFolder(path));
		}
		if (input instanceof OfficialFormatInput official) {
			return new FormatModel(FormatUi.injector(), official.uri(), Neighbours.NONE);
		}
		return new FormatModel(FormatUi.injector(), URI.createURI("unsaved:/" + input.getName()), Neighbours.NONE);
	}

	private static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The project's other format files, outside derived folders (build output). */
	private static List<Neighbours.Neighbour> inProject(IFile self) {
		List<Neighbours.Neighbour> found = new ArrayList<>();
		try {
			self.getProject().accept(resource -> {
				if (resource.isDerived() || resource.isTeamPrivateMember()) {
					return false;
				}
				if (resource instanceof IFile file && EXTENSION.equals(file.getFileExtension()) && !file.equals(self)) {
					found.add(new Neighbours.Neighbour(new FormatLibrary.Source(uri(file), () -> {
						try {
							return file.getContents(true);
						} catch (CoreException e) {
							throw new IOException(e.getMessage(), e);
						}
					}), file.getModificationStamp()));
				}
				return resource.getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			// a project being closed or deleted: no neighbours for now
		}
		return found;
	}

	/** The other format files of the folder. */
	private static List<Neighbours.Neighbour> inFolder(Path self) {
		List<Neighbours.Neighbour> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(self.getParent())) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith("." + EXTENSION) && !f.equals(self))
					.sorted().toList()) {
				found.add(new Neighbours.Neighbour(FormatLibrary.Source.of(file), Files.getLastModifiedTime(file).toMillis()));
			}
		} catch (IOException e) {
			// an unreadable folder: no neighbours
		}
		return found;
	}
}
