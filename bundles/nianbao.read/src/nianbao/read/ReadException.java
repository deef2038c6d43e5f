// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

	/**
	 * A file the system would not give: the reason in words, since the exception's message is often the
	 * bare file name and its class name means nothing to the user.
	 */
	static ReadException unreadable(Path file, IOException cause) {
		String why = switch (cause) {
			case AccessDeniedException e -> "permission denied";
			case NoSuchFileException e -> "no such file";
			case FileSystemException e when e.getReason() != null -> e.getReason();
			default -> "the system reports an input or output error";
		};
		return new ReadException(file, "cannot be read: " + why, cause);
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
