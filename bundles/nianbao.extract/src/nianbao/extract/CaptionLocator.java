package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.format.format.Table;
import nianbao.model.Diagnostic;
import nianbao.model.ReportFactory;
import nianbao.read.Document;
import nianbao.read.TextRange;

/**
 * Splits a part that prints several tables (表二: 第二十条第（一）项, 第（五）项 …) into one region per
 * table: each table's caption is looked for, in order, at the start of a line of the part, or of a few
 * lines read as one where a narrow column broke the caption ("第二十条第" / "（五）项"). Lines, not
 * blocks: Word and web reports print the captions as rows of one table block, one line each.
 */
final class CaptionLocator {

	private CaptionLocator() {
	}

	/** One region per table, in the format's order; a table whose caption is missing gets an empty region. */
	static List<TextRange> split(Document document, TextRange part, List<Table> tables, List<Diagnostic> diagnostics) {
		String text = document.text();
		List<TextRange> paragraphs = lines(text, part);
		List<Integer> starts = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		int next = 0;
		for (Table table : tables) {
			String caption = Labels.normalize(table.getCaption());
			int found = -1;
			int last = -1;
			for (int i = next; i < paragraphs.size() && found < 0; i++) {
				last = captionEnd(text, paragraphs, i, caption);
				if (last >= 0) {
					found = i;
				}
			}
			if (found < 0) {
				Diagnostic diagnostic = ReportFactory.eINSTANCE.createDiagnostic();
				diagnostic.setCode("caption-not-found");
				diagnostic.setMessage("table caption " + table.getCaption() + " not found");
				diagnostics.add(diagnostic);
				starts.add(-1);
				ends.add(-1);
				continue;
			}
			starts.add(paragraphs.get(last).end());
			ends.add(paragraphs.get(found).offset());
			next = last + 1;
		}
		List<TextRange> regions = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			if (starts.get(i) < 0) {
				regions.add(new TextRange(part.offset(), 0));
				continue;
			}
			int end = part.end();
			for (int j = i + 1; j < tables.size(); j++) {
				if (ends.get(j) >= 0) {
					end = ends.get(j);
					break;
				}
			}
			regions.add(new TextRange(starts.get(i), end - starts.get(i)));
		}
		return regions;
	}

	/**
	 * The last of the lines from {@code first} on that print the caption at the start of the first, or
	 * -1. A line that holds only the caption's beginning is read together with the next (at most three).
	 */
	private static int captionEnd(String text, List<TextRange> lines, int first, String caption) {
		StringBuilder joined = new StringBuilder();
		for (int i = first; i < lines.size() && i < first + 3; i++) {
			TextRange line = lines.get(i);
			joined.append(Labels.normalize(text.substring(line.offset(), line.end())));
			if (joined.length() >= caption.length()) {
				return joined.indexOf(caption) == 0 ? i : -1;
			}
			if (joined.isEmpty() || !caption.startsWith(joined.toString())) {
				return -1;
			}
		}
		return -1;
	}

	/** The lines of a region of the canonical text. */
	private static List<TextRange> lines(String text, TextRange region) {
		List<TextRange> lines = new ArrayList<>();
		int start = region.offset();
		while (start < region.end()) {
			int end = text.indexOf('\n', start);
			end = end < 0 || end > region.end() ? region.end() : end;
			lines.add(new TextRange(start, end - start));
			start = end + 1;
		}
		return lines;
	}
}
