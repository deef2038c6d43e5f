// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * Where a finding or cell is in a report: 1-based start and end line and column, and the offset and
 * length in characters of the canonical text.
 */
record Place(int line, int column, int endLine, int endColumn, int offset, int length) {

	/** The place of a range, or null for none. */
	static Place of(SourceRange range, LineMap lines) {
		if (range == null) {
			return null;
		}
		LineMap.Position start = lines.position(range.getOffset());
		LineMap.Position end = lines.position(range.getOffset() + range.getLength());
		return new Place(start.line(), start.column(), end.line(), end.column(), range.getOffset(), range.getLength());
	}
}
