// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.extract.Chain.Candidate;
import nianbao.format.language.Table;
import nianbao.model.Diagnostic;
import nianbao.model.ReportFactory;

/**
 * Splits a part that prints several tables (表二: 第二十条第（一）项, 第（五）项 …) into one stretch per
 * table, at the tables' captions, found wherever they are printed (broken over lines, run into the
 * previous table's digits) and aligned in the format's order.
 */
final class CaptionLocator {

	/** A table's stretch of glyphs {@code [from, to)}. */
	record Region(int from, int to) {
	}

	private CaptionLocator() {
	}

	/** One region per table, in the format's order. */
	static List<Region> split(Glyphs glyphs, int from, int to, List<Table> tables, List<Diagnostic> diagnostics) {
		List<List<Candidate>> candidates = new ArrayList<>();
		for (Table table : tables) {
			String caption = Labels.normalize(table.getCaption());
			List<Candidate> found = new ArrayList<>();
			LabelSearch.exact(glyphs.chars(), caption, from, to).forEach(h -> found.add(new Candidate(h.start(), h.end(), 2)));
			if (found.isEmpty() && LabelSearch.searchable(from, to)) {
				LabelSearch.approximate(glyphs.chars(), caption, from, to, Math.max(1, caption.length() / 5))
						.forEach(h -> found.add(new Candidate(h.start(), h.end(), 1 - (double) h.errors() / caption.length())));
			}
			candidates.add(found);
		}
		List<Candidate> chosen = Chain.align(candidates, 0, 0);
		List<Region> regions = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			Candidate caption = chosen.get(i);
			int end = to;
			for (int j = i + 1; j < tables.size(); j++) {
				if (chosen.get(j) != null) {
					end = chosen.get(j).start();
					break;
				}
			}
			if (caption == null) {
				// its rows are looked for between the captions found around it: the tables' rows differ
				Diagnostic diagnostic = ReportFactory.eINSTANCE.createDiagnostic();
				diagnostic.setCode("caption-not-found");
				diagnostic.setMessage("table caption " + tables.get(i).getCaption() + " not found");
				diagnostics.add(diagnostic);
				int start = from;
				for (int j = i - 1; j >= 0; j--) {
					if (chosen.get(j) != null) {
						start = chosen.get(j).end();
						break;
					}
				}
				regions.add(new Region(start, end));
				continue;
			}
			regions.add(new Region(caption.end(), end));
		}
		return regions;
	}
}
