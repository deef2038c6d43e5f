// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import nianbao.format.language.Part;
import nianbao.model.Diagnostic;
import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.model.Recognition;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.read.Document;
import nianbao.read.Recognised;
import nianbao.read.TextRange;

/**
 * Turns a read document into the report model, guided by the format that applies to it: the
 * format's part titles locate the parts, its tables' row labels and column counts locate the cells.
 */
public final class ReportExtractor {

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;

	private final FormatLibrary formats;

	public ReportExtractor(FormatLibrary formats) {
		this.formats = formats;
	}

	/**
	 * Extracts a report. Never fails on odd content: what cannot be found is recorded as a diagnostic
	 * of the report and as missing cells.
	 */
	public Report extract(Document document) {
		String text = document.text();
		Report report = FACTORY.createReport();
		report.setSource(document.source().toString());
		report.setText(text);
		report.setRange(Ranges.of(new TextRange(0, text.length())));
		report.getFacts().addAll(IdentityExtractor.extract(text));
		for (Recognised word : document.recognised()) {
			Recognition recognition = FACTORY.createRecognition();
			recognition.setRange(Ranges.of(word.range()));
			recognition.setConfidence(word.confidence());
			report.getRecognitions().add(recognition);
		}
		Format format = select(report, text);
		if (format == null) {
			diagnose(report, "no-format", "no format applies to this report");
			return report;
		}
		report.setFormatId(format.getName());
		Glyphs glyphs = Glyphs.of(text, 0, text.length());
		List<PartLocator.Heading> headings = PartLocator.locate(glyphs, format);
		for (int i = 0; i < headings.size(); i++) {
			PartLocator.Heading heading = headings.get(i);
			nianbao.model.Part part = FACTORY.createPart();
			part.setKey(heading.part().getName());
			part.setTitle(heading.part().getTitle());
			part.setPrintedHeading(heading.printed());
			part.setRange(Ranges.of(glyphs.range(heading.start(), heading.end())));
			int end = i + 1 < headings.size() ? glyphs.offset(headings.get(i + 1).start()) : text.length();
			int bodyStart = glyphs.offset(heading.end());
			part.setBody(Ranges.of(new TextRange(Math.min(bodyStart, end), Math.max(0, end - bodyStart))));
			report.getParts().add(part);
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		TableExtractor tables = new TableExtractor(diagnostics);
		for (Part part : format.getParts()) {
			int[] region = region(part, format, headings, glyphs.length());
			boolean found = headings.stream().anyMatch(h -> h.part() == part);
			List<nianbao.model.Table> extracted = new ArrayList<>();
			if (!part.getTables().isEmpty()) {
				List<CaptionLocator.Region> regions = part.getTables().size() == 1
						? List.of(new CaptionLocator.Region(region[0], region[1]))
						: CaptionLocator.split(glyphs, region[0], region[1], part.getTables(), diagnostics);
				for (int i = 0; i < part.getTables().size(); i++) {
					extracted.add(tables.extract(part.getTables().get(i), glyphs, regions.get(i).from(), regions.get(i).to()));
				}
				report.getTables().addAll(extracted);
			}
			if (!found) {
				// absent only where a later part was found and nothing between it and the part before resembles
				// this one: a text that ends early (a page saved without its end) proves nothing
				boolean tablesPrinted = extracted.stream().flatMap(t -> t.getRows().stream())
						.anyMatch(r -> r.getPrintedLabel() != null);
				boolean laterFound = headings.stream().anyMatch(h -> format.getParts().indexOf(h.part()) > format.getParts().indexOf(part));
				boolean absent = laterFound && !tablesPrinted && PartLocator.noTrace(glyphs, part, region[0], region[1]);
				if (absent) {
					report.getAbsentParts().add(part.getName());
				}
				diagnose(report, absent ? "part-absent" : "part-not-recognised", "part " + part.getName() + "、"
						+ part.getTitle() + (absent ? " not printed" : " not recognised"));
			}
		}
		report.getDiagnostics().addAll(diagnostics);
		Origins.place(report, document);
		return report;
	}

	/**
	 * Only the identity facts of a document (title, agency, year, period, date): cheap, for grouping
	 * reports into series before they are audited.
	 */
	public static List<Fact> identity(Document document) {
		return IdentityExtractor.extract(document.text());
	}

	/** The format for the report's year; without a year, the one whose fingerprint the text shows. */
	private Format select(Report report, String text) {
		Optional<Format> byYear = Optional.ofNullable(report.factValue(FactKind.REPORT_YEAR))
				.flatMap(y -> formats.forYear(Integer.parseInt(y)));
		if (byYear.isPresent()) {
			return byYear.get();
		}
		String normalized = Labels.normalize(text);
		return formats.formats().stream()
				.filter(f -> f.getFingerprints().stream().anyMatch(p -> normalized.contains(Labels.normalize(p))))
				.findFirst().orElse(null);
	}

	/**
	 * The glyphs {@code [from, to)} of a part: from the end of its heading to the next heading found
	 * (or, where its heading is missing, between the headings around it).
	 */
	private static int[] region(Part part, Format format, List<PartLocator.Heading> headings, int length) {
		int index = format.getParts().indexOf(part);
		int start = 0;
		int end = length;
		for (PartLocator.Heading heading : headings) {
			int other = format.getParts().indexOf(heading.part());
			if (other <= index) {
				start = other == index ? heading.end() : Math.max(start, heading.end());
			} else {
				end = Math.min(end, heading.start());
			}
		}
		return new int[] { start, Math.max(start, end) };
	}

	private static void diagnose(Report report, String code, String message) {
		Diagnostic diagnostic = FACTORY.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(message);
		report.getDiagnostics().add(diagnostic);
	}
}
