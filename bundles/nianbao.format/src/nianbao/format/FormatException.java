package nianbao.format;

/**
 * A format file could not be read or has errors.
 */
public class FormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public FormatException(String message) {
		super(message);
	}
}
