// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.model;

import java.util.List;

import nianbao.format.FormatLibrary;

/**
 * The format files an open format file is read with besides the official formats (those next to it,
 * or in its project), so that {@code basedOn} can name a format of a neighbouring file.
 */
@FunctionalInterface
public interface Neighbours {

	/** No neighbours: the file is read with the official formats only. */
	Neighbours NONE = List::of;

	/** The neighbouring files as they are now. */
	List<Neighbour> list();

	/** A neighbouring file and a stamp that changes whenever the file does. */
	record Neighbour(FormatLibrary.Source source, long stamp) {

		/** What tells two states of the neighbourhood apart (the opener has no useful equality). */
		String key() {
			return source.uri() + "@" + stamp;
		}
	}
}
