// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

import nianbao.extract.ReportExtractor;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import nianbao.format.language.Profile;
import nianbao.model.Report;
import nianbao.read.Document;
import nianbao.read.ReadException;
import nianbao.read.ReadLimits;
import nianbao.read.Readers;

/**
 * The whole audit of one file: read it, extract the report with the format that applies, evaluate
 * that format's rules. Safe to share between threads.
 */
public final class Auditor {

	/** The reports the auditors of this Java runtime have audited. */
	private static final LongAdder AUDITED = new LongAdder();

	private final FormatLibrary formats;
	private final ReportExtractor extractor;
	private final RuleEngine engine;
	private final ReadLimits limits;
	private final Corrections.Source corrections;

	public Auditor(FormatLibrary formats) {
		this(formats, null);
	}

	/** An auditor that applies a deployment profile (or null for none). */
	public Auditor(FormatLibrary formats, Profile profile) {
		this(formats, profile, ReadLimits.DEFAULTS);
	}

	/** An auditor that applies a deployment profile (or null for none) and reads files under these limits. */
	public Auditor(FormatLibrary formats, Profile profile, ReadLimits limits) {
		this(formats, new ReportExtractor(formats), new RuleEngine(formats, profile), limits, Corrections.Source.NONE);
	}

	private Auditor(FormatLibrary formats, ReportExtractor extractor, RuleEngine engine, ReadLimits limits,
			Corrections.Source corrections) {
		this.formats = formats;
		this.extractor = extractor;
		this.engine = engine;
		this.limits = limits;
		this.corrections = corrections;
	}

	/**
	 * This auditor, applying the auditors' corrections of the reports' cells (and of their neighbours')
	 * before the rules run.
	 */
	public Auditor correctedBy(Corrections.Source source) {
		return new Auditor(formats, extractor, engine, limits, source);
	}

	/** The limits this auditor reads files under. */
	public ReadLimits limits() {
		return limits;
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
		return audit(file, previousFile, null);
	}

	/**
	 * Audits one report file with the same agency's reports of the years before and after (either may
	 * be null): the year before for the cross-year rules, both to settle cells whose run-together digits
	 * the report's own tables cannot cut (see {@link SeriesReadings}). A neighbour that cannot be read
	 * is left out.
	 */
	public ReportAudit audit(Path file, Path previousFile, Path nextFile) {
		// one report that fails in any way is that report's failure, never the batch's
		try {
			return audit(file, read(file), previousFile, nextFile);
		} catch (ReadException e) {
			return new ReportAudit.NotAssessed(file, e.reason());
		} catch (Throwable e) {
			return new ReportAudit.NotAssessed(file, unexpected(e));
		}
	}

	/**
	 * Audits a report already read (as the workbench does again after a correction, without reading a
	 * scan again), on its own; never throws for bad input.
	 */
	public ReportAudit audit(Document document) {
		try {
			return audit(document.source(), document, null, null);
		} catch (Throwable e) {
			return new ReportAudit.NotAssessed(document.source(), unexpected(e));
		}
	}

	/**
	 * Reads a report file under this auditor's limits, for {@link #audit(Document)}.
	 *
	 * @throws ReadException for bad input of any kind, also a reader's own failure, with a plain reason
	 */
	public Document read(Path file) throws ReadException {
		try {
			return Readers.read(file, limits);
		} catch (ReadException e) {
			throw e;
		} catch (Throwable e) {
			throw new ReadException(file, unexpected(e), e);
		}
	}

	/**
	 * The reason a report fails for on an unexpected problem: a library's bug of any kind (also errors
	 * such as AssertionError, and checked exceptions thrown sneakily) is this report's problem only.
	 * An internal error of the Java runtime is thrown on: nothing after it can be trusted.
	 */
	private static String unexpected(Throwable e) {
		return switch (e) {
			case OutOfMemoryError memory -> "the report needs more memory than the run has";
			case StackOverflowError depth -> "the report is nested too deeply to be read";
			case VirtualMachineError internal -> throw internal;
			default -> "an unexpected problem stopped the reading of the report";
		};
	}

	/**
	 * How many reports the auditors of this Java runtime have audited (read, extracted and checked,
	 * whatever the outcome): what shows that a view was filled without auditing.
	 */
	public static long audited() {
		return AUDITED.sum();
	}

	private ReportAudit audit(Path file, Document document, Path previousFile, Path nextFile) {
		AUDITED.increment();
		Report report = extractor.extract(document);
		Corrections.apply(report, corrections.apply(file));
		Format format = report.getFormatId() == null ? null : formats.byId(report.getFormatId()).orElse(null);
		if (format == null) {
			return new ReportAudit.NotAssessed(file,
					"no format applies: neither the report year nor the table headings match a known format");
		}
		Report previous = neighbour(previousFile);
		Report next = neighbour(nextFile);
		SeriesReadings series = new SeriesReadings(engine);
		if (previous != null && format.getName().equals(previous.getFormatId())) {
			series.settle(previous, format, null, report);
		}
		series.settle(report, format, previous != null && format.getName().equals(previous.getFormatId()) ? previous : null,
				next != null && format.getName().equals(next.getFormatId()) ? next : null);
		return new ReportAudit.Assessed(file, report, engine.check(report, format, previous));
	}

	private Report neighbour(Path file) {
		if (file == null) {
			return null;
		}
		try {
			Report report = extractor.extract(read(file));
			Corrections.apply(report, corrections.apply(file));
			return report;
		} catch (ReadException | RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
			// that report is not assessed on its own turn, with the reason; this one goes without it
			return null;
		}
	}
}
