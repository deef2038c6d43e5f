package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.format.format.Format;
import nianbao.format.format.Part;
import nianbao.read.Block;
import nianbao.read.Document;
import nianbao.read.TextRange;

/**
 * Finds the headings of a format's parts (一、总体情况 …) in a report, in order. A heading is a short
 * line that starts with the part's numeral and whose rest resembles the prescribed title.
 */
final class PartLocator {

	/** A part heading found in the text. */
	record Heading(Part part, TextRange line, String printed) {
	}

	private static final double MIN_SIMILARITY = 0.6;

	private PartLocator() {
	}

	/**
	 * The headings found among the document's paragraphs, in the format's order; a part whose
	 * heading is not found is left out.
	 */
	static List<Heading> locate(Document document, Format format) {
		String text = document.text();
		List<TextRange> lines = document.blocks().stream().map(Block::range).toList();
		List<Heading> found = new ArrayList<>();
		int from = 0;
		for (Part part : format.getParts()) {
			String title = Labels.normalize(part.getTitle());
			for (int i = from; i < lines.size(); i++) {
				TextRange line = lines.get(i);
				String printed = text.substring(line.offset(), line.end());
				if (isHeading(Labels.normalize(printed), part.getName(), title)) {
					found.add(new Heading(part, line, printed.strip()));
					from = i + 1;
					break;
				}
			}
		}
		return found;
	}

	static boolean isHeading(String line, String numeral, String title) {
		if (line.length() > title.length() + 16 || !line.startsWith(numeral) || line.length() <= numeral.length()) {
			return false;
		}
		char separator = line.charAt(numeral.length());
		if ("、.,:".indexOf(separator) < 0) {
			return false;
		}
		String rest = line.substring(numeral.length() + 1);
		return rest.startsWith(title) || Labels.similarity(rest, title) >= MIN_SIMILARITY;
	}
}
