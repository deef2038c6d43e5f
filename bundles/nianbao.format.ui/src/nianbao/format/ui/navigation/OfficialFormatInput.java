// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.navigation;

import java.io.FileNotFoundException;
import java.io.InputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.PlatformUI;

import nianbao.formats.OfficialFormats;

/**
 * An official format file of bundle nianbao.formats, opened read-only (a declaration in it was followed
 * from a rule author's file).
 *
 * @param path the file's path in the bundle, one of {@link OfficialFormats#FILES}
 */
public record OfficialFormatInput(String path) implements IStorageEditorInput {

	private static final String BUNDLE = "nianbao.formats";

	/** The input of an official format's URI ({@code platform:/plugin/nianbao.formats/...}), or null. */
	public static OfficialFormatInput of(URI uri) {
		if (uri.isPlatformPlugin() && uri.segmentCount() > 2 && BUNDLE.equals(uri.segment(1))) {
			String path = String.join("/", uri.segmentsList().subList(2, uri.segmentCount()));
			return OfficialFormats.FILES.contains(path) ? new OfficialFormatInput(path) : null;
		}
		return null;
	}

	/** The URI the official format is loaded under (see {@link OfficialFormats#sources()}). */
	public URI uri() {
		return URI.createPlatformPluginURI(BUNDLE + "/" + path, true);
	}

	@Override
	public IStorage getStorage() {
		return new Storage();
	}

	/** The file's content from the bundle, in UTF-8, never writable. */
	private final class Storage implements IEncodedStorage {

		@Override
		public InputStream getContents() throws CoreException {
			InputStream in = OfficialFormats.class.getResourceAsStream("/" + path);
			if (in == null) {
				throw new CoreException(Status.error(path, new FileNotFoundException(path)));
			}
			return in;
		}

		@Override
		public String getCharset() {
			return "UTF-8";
		}

		@Override
		public IPath getFullPath() {
			return IPath.fromOSString(BUNDLE + "/" + path);
		}

		@Override
		public String getName() {
			return OfficialFormatInput.this.getName();
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(getName());
	}

	@Override
	public String getName() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return BUNDLE + "/" + path + "（官方格式，只读）";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return Platform.getAdapterManager().getAdapter(this, adapter);
	}
}
