// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.model.Part;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.model.SourceRange;
import nianbao.model.Table;

/**
 * The report's running text as narrative rules search it: the tables left out (their labels are
 * not statements) and white space removed (PDF and web text break sentences anywhere), with every
 * character traced back to its offset in the canonical text.
 */
final class ReportText {

	/** A match in the searchable text, with its groups' source ranges. */
	record Found(MatchResult matcher, ReportText text) {

		/** The range of the whole match, or of a group, in the canonical text. */
		SourceRange range(int group) {
			return text.range(matcher.start(group), matcher.end(group));
		}
	}

	private final String searchable;
	private final int[] offsets;

	private ReportText(String searchable, int[] offsets) {
		this.searchable = searchable;
		this.offsets = offsets;
	}

	/** The whole report outside its tables. */
	static ReportText narrative(Report report) {
		return of(report, 0, report.getText().length());
	}

	/** One part's text outside tables, if the part was found. */
	static Optional<ReportText> part(Report report, String partKey) {
		return report.getParts().stream().filter(p -> partKey.equals(p.getKey()) && p.getBody() != null).findFirst()
				.map(Part::getBody).map(body -> of(report, body.getOffset(), body.getOffset() + body.getLength()));
	}

	private static ReportText of(Report report, int start, int end) {
		String text = report.getText();
		List<SourceRange> tables = report.getTables().stream().map(Table::getRange).filter(r -> r != null)
				.sorted(Comparator.comparingInt(SourceRange::getOffset)).toList();
		StringBuilder out = new StringBuilder(end - start);
		int[] offsets = new int[Math.max(16, end - start)];
		int t = 0;
		for (int i = start; i < end; i++) {
			while (t < tables.size() && tables.get(t).getOffset() + tables.get(t).getLength() <= i) {
				t++;
			}
			if (t < tables.size() && tables.get(t).getOffset() <= i) {
				i = tables.get(t).getOffset() + tables.get(t).getLength() - 1;
				continue;
			}
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				offsets[out.length()] = i;
				out.append(c);
			}
		}
		return new ReportText(out.toString(), Arrays.copyOf(offsets, out.length()));
	}

	/** The first match of a regular expression. */
	Optional<Found> find(Pattern pattern) {
		Matcher matcher = pattern.matcher(searchable);
		return matcher.find() ? Optional.of(new Found(matcher.toMatchResult(), this)) : Optional.empty();
	}

	/** Every match of a regular expression. */
	List<Found> findAll(Pattern pattern) {
		return pattern.matcher(searchable).results().map(r -> new Found(r, this)).toList();
	}

	/** The searchable text (no tables, no white space). */
	String text() {
		return searchable;
	}

	/** The canonical-text range of searchable characters {@code [start, end)}. */
	SourceRange range(int start, int end) {
		if (start < 0 || offsets.length == 0) {
			return null;
		}
		SourceRange range = ReportFactory.eINSTANCE.createSourceRange();
		int from = offsets[Math.min(start, offsets.length - 1)];
		int to = end > start ? offsets[Math.min(end, offsets.length) - 1] + 1 : from;
		range.setOffset(from);
		range.setLength(to - from);
		return range;
	}
}
