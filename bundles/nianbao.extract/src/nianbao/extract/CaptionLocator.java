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
 * table: each table's caption is looked for, in order, at the start of a line of the part. Lines, not
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
			for (int i = next; i < paragraphs.size() && found < 0; i++) {
				TextRange line = paragraphs.get(i);
				if (Labels.normalize(text.substring(line.offset(), line.end())).startsWith(caption)) {
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
			starts.add(paragraphs.get(found).end());
			ends.add(paragraphs.get(found).offset());
			next = found + 1;
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
