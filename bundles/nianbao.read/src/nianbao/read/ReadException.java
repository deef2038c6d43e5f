// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;

/**
 * A report file cannot be read. The message names the file and the reason.
 */
public class ReadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String reason;

	public ReadException(Path file, String reason) {
		super(file + ": " + reason);
		this.file = file;
		this.reason = reason;
	}

	public ReadException(Path file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
		this.reason = reason;
	}

	/**
	 * A file that the library reading it found damaged or truncated. The library's exception is kept as
	 * the cause, for those who debug, but not put into the reason: its class names and parser internals
	 * mean nothing to the user. A limit exceeded inside the library's callbacks is that limit's exception.
	 */
	static ReadException damaged(Path file, Exception cause) {
		ReadBudget.Exceeded exceeded = ReadBudget.exceededIn(cause);
		if (exceeded != null) {
			return exceeded.exception();
		}
		return new ReadException(file, "damaged or truncated: the file's structure is broken (an incomplete download?)",
				cause);
	}

	/** A file that is encrypted with a password. */
	static ReadException encrypted(Path file, Exception cause) {
		return new ReadException(file, "the file is password-protected (encrypted); save it without a password", cause);
	}

	/** The file that could not be read. */
	public Path file() {
		return file;
	}

	/** Why, without the file name. */
	public String reason() {
		return reason;
	}
}
