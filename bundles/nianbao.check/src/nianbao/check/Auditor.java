package nianbao.check;

import java.nio.file.Path;

import nianbao.extract.ReportExtractor;
import nianbao.format.FormatLibrary;
import nianbao.format.format.Format;
import nianbao.format.format.Profile;
import nianbao.model.Report;
import nianbao.read.Document;
import nianbao.read.ReadException;
import nianbao.read.Readers;

/**
 * The whole audit of one file: read it, extract the report with the format that applies, evaluate
 * that format's rules. Safe to share between threads.
 */
public final class Auditor {

	private final FormatLibrary formats;
	private final ReportExtractor extractor;
	private final RuleEngine engine;

	public Auditor(FormatLibrary formats) {
		this(formats, null);
	}

	/** An auditor that applies a deployment profile (or null for none). */
	public Auditor(FormatLibrary formats, Profile profile) {
		this.formats = formats;
		this.extractor = new ReportExtractor(formats);
		this.engine = new RuleEngine(formats, profile);
	}

	/** The formats this auditor audits with. */
	public FormatLibrary formats() {
		return formats;
	}

	/** Audits one report file; never throws for bad input, which yields {@link ReportAudit.NotAssessed}. */
	public ReportAudit audit(Path file) {
		return audit(file, null);
	}

	/**
	 * Audits one report file, with the same agency's report of the year before for the cross-year
	 * rules (or null). A previous report that cannot be read leaves those rules out.
	 */
	public ReportAudit audit(Path file, Path previousFile) {
		Document document;
		try {
			document = Readers.read(file);
		} catch (ReadException e) {
			return new ReportAudit.NotAssessed(file, e.reason());
		}
		Report report = extractor.extract(document);
		Format format = report.getFormatId() == null ? null : formats.byId(report.getFormatId()).orElse(null);
		if (format == null) {
			return new ReportAudit.NotAssessed(file,
					"no format applies: neither the report year nor the table headings match a known format");
		}
		Report previous = null;
		if (previousFile != null) {
			try {
				previous = extractor.extract(Readers.read(previousFile));
			} catch (ReadException e) {
				previous = null;
			}
		}
		return new ReportAudit.Assessed(file, report, engine.check(report, format, previous));
	}
}
