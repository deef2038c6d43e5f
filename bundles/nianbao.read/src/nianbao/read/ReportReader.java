// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;

/**
 * Reads the content of one kind of report file into a {@link Document}.
 */
@FunctionalInterface
interface ReportReader {

	/**
	 * Reads a file whose bytes have been read already (within the size limit of its type), counting what
	 * it reads against the budget (which throws {@link ReadBudget.Exceeded} when a limit is exceeded).
	 *
	 * @throws ReadException if the file cannot be read; never for a file that is merely unusual
	 */
	Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException;
}
