// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * A format file could not be read or has errors. The message lists every problem as
 * {@code file:line:column: message}; {@link #problems()} has them one by one, for editors and
 * builders that mark them in place.
 */
public class FormatException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * One error: where (file, and line and column from 1, 0 where a problem is about the whole file)
	 * and what.
	 */
	public record Problem(URI file, int line, int column, String message) {

		@Override
		public String toString() {
			return file.lastSegment() + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
		}
	}

	private final transient List<Problem> problems;

	public FormatException(String message) {
		super(message);
		this.problems = List.of();
	}

	/** The problems of the format files, under a heading such as "format files have errors". */
	public FormatException(String heading, List<Problem> problems) {
		super(heading + ":\n  " + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	/** The problems one by one; empty where the message is all there is. */
	public List<Problem> problems() {
		return problems;
	}
}
