// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;

/**
 * Which format files are the tool's own, official ones: those inside the tool (platform:/plugin URIs), and the
 * copies of them in folders a host names (the Language Server copies them out for its clients to open). The
 * validator leaves them alone, and lets an author's file declare their checks again. The folders are the JVM's,
 * not an injector's: EMF keeps one validator of the language for the JVM, the first injector's.
 */
public final class OfficialFiles {

	private static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();

	private OfficialFiles() {
	}

	/** Names a folder that holds copies of the official format files, until {@link #removeFolder}. */
	public static void addFolder(Path folder) {
		FOLDERS.add(folder.toAbsolutePath().normalize());
	}

	/** The folder no longer holds copies of the official format files. */
	public static void removeFolder(Path folder) {
		FOLDERS.remove(folder.toAbsolutePath().normalize());
	}

	/** Whether a format file is an official one, or a copy of one. */
	public static boolean contains(URI file) {
		if (file.isPlatformPlugin()) {
			return true;
		}
		if (!file.isFile() || FOLDERS.isEmpty()) {
			return false;
		}
		try {
			// by its path: a file URI is written file:/… or file:///…, with its characters escaped or not
			Path path = Path.of(java.net.URI.create(file.toString())).normalize();
			return FOLDERS.stream().anyMatch(path::startsWith);
		} catch (IllegalArgumentException | FileSystemNotFoundException e) {
			return false;
		}
	}
}
