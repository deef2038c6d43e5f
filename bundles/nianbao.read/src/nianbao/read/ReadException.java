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

	/** The file that could not be read. */
	public Path file() {
		return file;
	}

	/** Why, without the file name. */
	public String reason() {
		return reason;
	}
}
