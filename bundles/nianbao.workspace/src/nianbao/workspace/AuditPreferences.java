// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;

import nianbao.check.Auditor;
import nianbao.check.DeclaredChecks;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Profile;
import nianbao.formats.OfficialFormats;

/**
 * What applies to every audit in the workbench (Window › Preferences › 年报审核), kept in the instance
 * scope of node {@value #NODE}: additional format folders, whose {@code *.nbformat} files are loaded
 * beside the official formats for every project and folder audit, and the default profile, which
 * applies where a project has no {@code *.nbprofile} of its own.
 */
public final class AuditPreferences {

	/** The preference node. */
	public static final String NODE = "nianbao.workspace";
	/** The additional format folders, separated by {@link File#pathSeparator} (as a {@code PathEditor} writes them). */
	public static final String FORMAT_FOLDERS = "formatFolders";
	/** The default profile: the absolute path of a {@code *.nbprofile} file, empty for none. */
	public static final String DEFAULT_PROFILE = "defaultProfile";

	private AuditPreferences() {
	}

	/** The additional format folders, in the order the user gave them. */
	public static List<Path> formatFolders() {
		return Arrays.stream(string(FORMAT_FOLDERS).split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
				.toList();
	}

	/** The default profile, if one is set. */
	public static Optional<Path> defaultProfile() {
		String profile = string(DEFAULT_PROFILE);
		return profile.isBlank() ? Optional.empty() : Optional.of(Path.of(profile));
	}

	private static String string(String key) {
		return Platform.getPreferencesService().getString(NODE, key, "", null);
	}

	/**
	 * The profile files in some folders, in folder and name order: those a rule author keeps beside
	 * the format files, offered as the default profile.
	 */
	public static List<Path> profiles(List<Path> folders) {
		List<Path> profiles = new ArrayList<>();
		for (Path folder : folders) {
			try {
				profiles.addAll(files(folder, ".nbprofile"));
			} catch (IOException e) {
				// a folder that cannot be listed has no profile to offer; the audit says what is wrong with it
			}
		}
		return profiles;
	}

	/**
	 * The official formats with those of the additional folders and a project's own.
	 *
	 * @throws FormatException if a file has errors or a folder cannot be read
	 */
	public static FormatLibrary library(List<FormatLibrary.Source> projectFormats) throws FormatException {
		List<FormatLibrary.Source> own = new ArrayList<>();
		for (Path folder : formatFolders()) {
			try {
				files(folder, ".nbformat").stream().map(FormatLibrary.Source::of).forEach(own::add);
			} catch (IOException e) {
				throw new FormatException("格式文件夹 " + folder + " 无法读取（首选项 › 年报审核）：" + e.getMessage());
			}
		}
		own.addAll(projectFormats);
		// the official formats alone are loaded once; with others they are loaded with them
		if (own.isEmpty()) {
			return OfficialFormats.library();
		}
		FormatLibrary library = OfficialFormats.withOwn(own);
		// an author's own file may declare a check the engine does not carry out
		DeclaredChecks.verify(library);
		return library;
	}

	/**
	 * The auditor of reports outside an audit project: the official formats with those of the
	 * additional folders, and the default profile.
	 *
	 * @throws FormatException if a format or the profile has errors
	 */
	public static Auditor auditor() throws FormatException {
		FormatLibrary library = library(List.of());
		return new Auditor(library, defaultProfile(library));
	}

	/** The default profile loaded with a library of formats; null if none is set. */
	static Profile defaultProfile(FormatLibrary library) throws FormatException {
		Optional<Path> profile = defaultProfile();
		return profile.isEmpty() ? null : library.loadProfile(FormatLibrary.Source.of(profile.get()));
	}

	/**
	 * Audits every audit project again, in the background, as after a change of these preferences:
	 * the projects' builders see no change of their own files.
	 */
	public static void reauditProjects() {
		ProjectAudit.auditInBackground("审核项目", Stream.of(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(ProjectAudit::isAuditProject).toList());
	}

	private static List<Path> files(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f)).sorted()
					.toList();
		}
	}
}
