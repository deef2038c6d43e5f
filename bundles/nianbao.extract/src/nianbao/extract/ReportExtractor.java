package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nianbao.format.FormatLibrary;
import nianbao.format.format.Format;
import nianbao.format.format.Part;
import nianbao.model.Diagnostic;
import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.read.Document;
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
		Format format = select(report, text);
		if (format == null) {
			diagnose(report, "no-format", "no format applies to this report");
			return report;
		}
		report.setFormatId(format.getName());
		List<PartLocator.Heading> headings = PartLocator.locate(document, format);
		for (int i = 0; i < headings.size(); i++) {
			PartLocator.Heading heading = headings.get(i);
			nianbao.model.Part part = FACTORY.createPart();
			part.setKey(heading.part().getName());
			part.setTitle(heading.part().getTitle());
			part.setPrintedHeading(heading.printed());
			part.setRange(Ranges.of(heading.line()));
			int end = i + 1 < headings.size() ? headings.get(i + 1).line().offset() : text.length();
			part.setBody(Ranges.of(new TextRange(heading.line().end(), Math.max(0, end - heading.line().end()))));
			report.getParts().add(part);
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		TableExtractor tables = new TableExtractor(diagnostics);
		for (Part part : format.getParts()) {
			if (part.getTables().isEmpty()) {
				continue;
			}
			TextRange region = region(part, format, headings, text.length());
			if (headings.stream().noneMatch(h -> h.part() == part)) {
				diagnose(report, "part-not-found", "part " + part.getName() + "、" + part.getTitle()
						+ " not found; its tables are looked for between the parts around it");
			}
			List<TextRange> regions = part.getTables().size() == 1 ? List.of(region)
					: CaptionLocator.split(document, region, part.getTables(), diagnostics);
			for (int i = 0; i < part.getTables().size(); i++) {
				report.getTables().add(tables.extract(part.getTables().get(i), text, regions.get(i)));
			}
		}
		report.getDiagnostics().addAll(diagnostics);
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

	/** From the end of the part's heading to the next heading found (or the neighbours' when it is missing). */
	private static TextRange region(Part part, Format format, List<PartLocator.Heading> headings, int textLength) {
		int index = format.getParts().indexOf(part);
		int start = 0;
		int end = textLength;
		for (PartLocator.Heading heading : headings) {
			int other = format.getParts().indexOf(heading.part());
			if (other <= index) {
				start = other == index ? heading.line().end() : Math.max(start, heading.line().end());
			} else {
				end = Math.min(end, heading.line().offset());
			}
		}
		return new TextRange(start, Math.max(0, end - start));
	}

	private static void diagnose(Report report, String code, String message) {
		Diagnostic diagnostic = FACTORY.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(message);
		report.getDiagnostics().add(diagnostic);
	}
}
