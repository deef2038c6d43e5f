package nianbao.read;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one kind of report file into a {@link Document}.
 */
public interface ReportReader {

	/** The file name extensions this reader handles, lower case, without the dot. */
	Set<String> extensions();

	/**
	 * Reads a file.
	 *
	 * @throws ReadException if the file cannot be read; never for a file that is merely unusual
	 */
	Document read(Path file) throws ReadException;
}
