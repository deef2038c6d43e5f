// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.navigation;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

import nianbao.format.ui.FormatUi;

/** Goes to a declaration: in the same editor, or in a format editor opened on the declaring file. */
public final class Declarations {

	private Declarations() {
	}

	/**
	 * Selects the declaration's name, in {@code current} if {@code currentUri} (the file it shows) declares
	 * it, else in a format editor on the declaring file: a workspace file, a file on disk, or an official
	 * format (read-only).
	 */
	public static void reveal(Symbol.Declaration declaration, URI currentUri, ITextEditor current) {
		ITextEditor target = current;
		if (!declaration.uri().equals(currentUri)) {
			IEditorInput input = input(declaration.uri());
			if (input == null) {
				return;
			}
			try {
				IEditorPart part = current.getSite().getPage().openEditor(input, FormatUi.EDITOR_ID);
				target = part instanceof ITextEditor text ? text : null;
			} catch (PartInitException e) {
				FormatUi.log("cannot open " + declaration.uri(), e);
				return;
			}
		}
		if (target != null) {
			target.selectAndReveal(declaration.offset(), declaration.length());
		}
	}

	/** The editor input of a file the model names by URI, or null for one that cannot be opened. */
	static IEditorInput input(URI uri) {
		if (uri.isPlatformResource()) {
			return new FileEditorInput(
					ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true))));
		}
		if (uri.isFile()) {
			return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(IPath.fromOSString(uri.toFileString())));
		}
		return OfficialFormatInput.of(uri);
	}
}
