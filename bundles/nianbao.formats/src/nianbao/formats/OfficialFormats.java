// SPDX-License-Identifier: EPL-2.0
package nianbao.formats;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;

/**
 * The official formats shipped with the tool: 国办公开办函〔2019〕60号 (试行, report years 2019–2020) and
 * 国办公开办函〔2021〕30号 (report years 2021 on), and the declarations of the checks their rules name.
 */
public final class OfficialFormats {

	/** The format files inside this bundle. */
	public static final List<String> FILES = List.of("formats/checks.nbformat", "formats/2019-trial.nbformat",
			"formats/2021.nbformat");

	private static FormatLibrary library;

	private OfficialFormats() {
	}

	/**
	 * The official formats, loaded once from their compiled form.
	 *
	 * @throws FormatException if a compiled format file is missing (a build that lets this happen is broken)
	 */
	public static synchronized FormatLibrary library() throws FormatException {
		if (library == null) {
			library = FormatLibrary.load(compiled(), List.of());
		}
		return library;
	}

	/**
	 * The official formats together with a rule author's own format files, which may be based on the
	 * official ones. Where formats apply to the same years, the author's take precedence.
	 *
	 * @throws FormatException if a file has errors, or reuses the name of another format
	 */
	public static FormatLibrary withOwn(List<FormatLibrary.Source> own) throws FormatException {
		return FormatLibrary.load(compiled(), own);
	}

	/**
	 * The official format files as sources, for whoever loads them into a resource set of its own
	 * (the format editor reads a rule author's file together with them).
	 */
	public static List<FormatLibrary.Source> sources() {
		return FILES.stream().map(path -> new FormatLibrary.Source(uri(path), () -> open(path))).toList();
	}

	/**
	 * The official format files as the build compiled them ({@link CompileOfficialFormats}): loaded
	 * without parsing, linking and validating them, which takes a short run most of its time.
	 */
	public static List<FormatLibrary.Source> compiled() {
		return FILES.stream()
				.map(path -> new FormatLibrary.Source(uri(path), () -> open(path + FormatLibrary.COMPILED_SUFFIX))).toList();
	}

	/** The URI an official format file is loaded under: the file as Eclipse would name it. */
	static URI uri(String path) {
		return URI.createPlatformPluginURI("nianbao.formats/" + path, true);
	}

	private static InputStream open(String path) throws FileNotFoundException {
		// through the class loader, which works in OSGi and on a plain class path alike
		InputStream in = OfficialFormats.class.getResourceAsStream("/" + path);
		if (in == null) {
			throw new FileNotFoundException(path + " is missing from bundle nianbao.formats");
		}
		return in;
	}
}
