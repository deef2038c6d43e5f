// SPDX-License-Identifier: EPL-2.0
package nianbao.formats;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;

/**
 * The official formats shipped with the tool: 国办公开办函〔2019〕60号 (试行, report years 2019–2020) and
 * 国办公开办函〔2021〕30号 (report years 2021 on).
 */
public final class OfficialFormats {

	/** The format files inside this bundle. */
	public static final List<String> FILES = List.of("formats/2019-trial.nbformat", "formats/2021.nbformat");

	private static FormatLibrary library;

	private OfficialFormats() {
	}

	/**
	 * The official formats, loaded once.
	 *
	 * @throws FormatException if a shipped format file has errors (a build that lets this happen is broken)
	 */
	public static synchronized FormatLibrary library() throws FormatException {
		if (library == null) {
			library = FormatLibrary.load(sources());
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
		List<FormatLibrary.Source> all = new ArrayList<>(sources());
		all.addAll(own);
		return FormatLibrary.load(all);
	}

	/**
	 * The official format files as sources, for whoever loads them into a resource set of its own
	 * (the format editor reads a rule author's file together with them).
	 */
	public static List<FormatLibrary.Source> sources() {
		return FILES.stream().map(OfficialFormats::source).toList();
	}

	private static FormatLibrary.Source source(String path) {
		// the URI names the file as Eclipse would; the content is read through the class loader,
		// which works in OSGi and on a plain class path alike
		URI uri = URI.createPlatformPluginURI("nianbao.formats/" + path, true);
		return new FormatLibrary.Source(uri, () -> {
			InputStream in = OfficialFormats.class.getResourceAsStream("/" + path);
			if (in == null) {
				throw new FileNotFoundException(path + " is missing from bundle nianbao.formats");
			}
			return in;
		});
	}
}
