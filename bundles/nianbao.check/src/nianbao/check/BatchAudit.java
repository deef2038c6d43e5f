// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import nianbao.extract.Agencies;
import nianbao.extract.ReportExtractor;
import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.read.ReadException;
import nianbao.read.Readers;

/**
 * Audits many report files on several threads. Reports are grouped into series by agency and year,
 * so that each report is checked against its agency's report of the year before where that is among
 * the files (and read with the years before and after, see {@link Auditor#audit(Path, Path, Path)}). Results are handed on in the order of the files, and only a window of reports is in
 * memory at a time, whatever the number of files.
 */
public final class BatchAudit {

	/** Told how far a batch is. */
	@FunctionalInterface
	public interface Progress {
		void audited(int done, int total);
	}

	/** A report's place in a series. */
	private record SeriesKey(String agency, int year) {
	}

	private final Auditor auditor;
	private final int threads;

	public BatchAudit(Auditor auditor, int threads) {
		this.auditor = auditor;
		this.threads = Math.max(1, threads);
	}

	/** Audits the files and gives each result to {@code sink}, in the order of {@code files}. */
	public void run(List<Path> files, Consumer<ReportAudit> sink, Progress progress) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			// a series needs two reports: a single file is not read twice for it
			Map<Path, SeriesKey> keys = files.size() < 2 ? Map.of() : keys(files, pool);
			Map<SeriesKey, Path> series = new HashMap<>();
			files.forEach(f -> Optional.ofNullable(keys.get(f)).ifPresent(k -> series.putIfAbsent(k, f)));
			ArrayDeque<CompletableFuture<ReportAudit>> window = new ArrayDeque<>();
			int done = 0;
			for (Path file : files) {
				SeriesKey key = keys.get(file);
				Path previous = key == null ? null : series.get(new SeriesKey(key.agency(), key.year() - 1));
				Path next = key == null ? null : series.get(new SeriesKey(key.agency(), key.year() + 1));
				window.add(CompletableFuture.supplyAsync(() -> auditor.audit(file, previous, next), pool));
				if (window.size() >= threads * 4) {
					sink.accept(window.poll().join());
					progress.audited(++done, files.size());
				}
			}
			while (!window.isEmpty()) {
				sink.accept(window.poll().join());
				progress.audited(++done, files.size());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** The series key of every readable file that states agency and year (where two share one, the first is the series'). */
	private static Map<Path, SeriesKey> keys(List<Path> files, ExecutorService pool) {
		List<CompletableFuture<Optional<SeriesKey>>> keys = files.stream()
				.map(f -> CompletableFuture.supplyAsync(() -> identify(f), pool)).toList();
		Map<Path, SeriesKey> result = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			keys.get(i).join().ifPresent(k -> result.put(file, k));
		}
		return result;
	}

	/** The agency and year of a report file, if it can be read and states both. */
	private static Optional<SeriesKey> identify(Path file) {
		try {
			List<Fact> facts = ReportExtractor.identity(Readers.read(file));
			Optional<String> agency = facts.stream().filter(f -> f.getKind() == FactKind.AGENCY).map(Fact::getValue)
					.findFirst();
			Optional<String> year = facts.stream().filter(f -> f.getKind() == FactKind.REPORT_YEAR).map(Fact::getValue)
					.findFirst();
			return agency.isPresent() && year.isPresent()
					? Optional.of(new SeriesKey(Agencies.key(agency.get()), Integer.parseInt(year.get())))
					: Optional.empty();
		} catch (ReadException e) {
			return Optional.empty();
		}
	}
}
