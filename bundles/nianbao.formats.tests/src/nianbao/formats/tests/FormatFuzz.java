// SPDX-License-Identifier: EPL-2.0
package nianbao.formats.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.formats.OfficialFormats;

/**
 * The format language's fuzz target, for Jazzer ({@code ./nianbao fuzz}): each input is a rule author's
 * format file, loaded with the official formats as a project's format files are (parsed, linked,
 * validated). Errors in the file are reported as a {@link FormatException} with its problems; anything
 * else thrown, a hang or running out of memory is a finding.
 */
public final class FormatFuzz {

	private FormatFuzz() {
	}

	/** Loads one input as a format file; throws for a finding. */
	public static void fuzzerTestOneInput(byte[] input) {
		FormatLibrary.Source source = new FormatLibrary.Source(URI.createFileURI("/fuzz/own.nbformat"),
				() -> new ByteArrayInputStream(input));
		try {
			OfficialFormats.withOwn(List.of(source));
		} catch (FormatException rejected) {
			// a rule author reads the problems: never a parser's internals (unless quoted from the file)
			String message = rejected.getMessage();
			if (message == null || message.contains("Exception") && !new String(input, StandardCharsets.UTF_8).contains("Exception")) {
				throw new IllegalStateException("a rejection that is not plain: " + rejected.getMessage(), rejected);
			}
		}
	}
}
