// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.util.List;

/**
 * A table. The canonical text prints it one row per line with its cells separated by tabs. A merged
 * cell is printed once, in the row and at the place where it starts; the rows it also covers lack it.
 * Empty cells are kept (as empty ranges between tabs) where the source has them.
 *
 * @param range    the table's rows in the canonical text, without the final line break
 * @param location the table in the source
 * @param rows     the printed rows, each with its cells in reading order
 */
public record TableBlock(TextRange range, Location location, List<List<Cell>> rows) implements Block {

	/**
	 * A printed cell.
	 *
	 * @param range    the cell's text in the canonical text
	 * @param location the cell in the source
	 */
	public record Cell(TextRange range, Location location) {
	}

	public TableBlock {
		rows = rows.stream().<List<Cell>>map(List::copyOf).toList();
	}
}
