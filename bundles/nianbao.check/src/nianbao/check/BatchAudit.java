// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import nianbao.extract.Agencies;
import nianbao.extract.ReportExtractor;
import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.read.ReadException;
import nianbao.read.ReadLimits;
import nianbao.read.Readers;

/**
 * Audits many report files on several threads. Reports are grouped into series by agency and year,
 * so that each report is checked against its agency's report of the year before where that is among
 * the files (and read with the years before and after, see {@link Auditor#audit(Path, Path, Path)}). Results are handed on in the order of the files, and only a window of reports is in
 * memory at a time, whatever the number of files.
 *
 * <p>A report whose audit takes longer than the auditor's time limit ({@link ReadLimits#time()}) is
 * handed on as not assessed, and the batch goes on without waiting for it: its thread is interrupted
 * and left to stop (the readers watch the same clock), and the pool gets a thread more meanwhile.
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
		ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
		try {
			// a series needs two reports: a single file is not read twice for it
			Map<Path, SeriesKey> keys = files.size() < 2 ? Map.of() : keys(files, pool);
			Map<SeriesKey, Path> series = new HashMap<>();
			files.forEach(f -> Optional.ofNullable(keys.get(f)).ifPresent(k -> series.putIfAbsent(k, f)));
			ArrayDeque<Task> window = new ArrayDeque<>();
			int done = 0;
			for (Path file : files) {
				SeriesKey key = keys.get(file);
				Path previous = key == null ? null : series.get(new SeriesKey(key.agency(), key.year() - 1));
				Path next = key == null ? null : series.get(new SeriesKey(key.agency(), key.year() + 1));
				window.add(new Task(file, pool, () -> auditor.audit(file, previous, next)));
				if (window.size() >= threads * 4) {
					sink.accept(window.poll().await());
					progress.audited(++done, files.size());
				}
			}
			while (!window.isEmpty()) {
				sink.accept(window.poll().await());
				progress.audited(++done, files.size());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** One report's audit on the pool, with the clock of its time limit started when it starts. */
	private final class Task {

		private final Path file;
		private final ThreadPoolExecutor pool;
		private final Future<ReportAudit> future;
		/** When the audit started (System.nanoTime), or 0 while it waits for a thread. */
		private final AtomicLong started = new AtomicLong();
		/**
		 * Whether the batch went on without the audit (it then gives the pool's extra thread back when it
		 * ends), and whether it has ended; both guarded by this task.
		 */
		private boolean abandoned;
		private boolean ended;

		Task(Path file, ThreadPoolExecutor pool, Supplier<ReportAudit> audit) {
			this.file = file;
			this.pool = pool;
			this.future = pool.submit(() -> {
				started.set(System.nanoTime());
				try {
					return audit.get();
				} finally {
					synchronized (this) {
						ended = true;
						if (abandoned) {
							resize(pool, -1);
						}
					}
				}
			});
		}

		/**
		 * Goes on without the audit, unless it has just ended: interrupts it and gives the pool a thread
		 * more until it has stopped, so that the batch goes on.
		 */
		private synchronized boolean abandon() {
			if (ended) {
				return false;
			}
			abandoned = true;
			resize(pool, 1);
			future.cancel(true);
			return true;
		}

		/** The audit's result, or not assessed once it has run longer than the time limit. */
		ReportAudit await() {
			long limit = TimeUnit.SECONDS.toNanos(auditor.limits().time());
			while (true) {
				long start = started.get();
				long left = start == 0 ? limit : start + limit - System.nanoTime();
				try {
					return future.get(Math.max(1, Math.min(left, TimeUnit.SECONDS.toNanos(1))), TimeUnit.NANOSECONDS);
				} catch (TimeoutException e) {
					if (start != 0 && System.nanoTime() - start >= limit && abandon()) {
						return new ReportAudit.NotAssessed(file, "the audit took longer than " + auditor.limits().time()
								+ " s" + auditor.limits().raise("time"));
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					future.cancel(true);
					return new ReportAudit.NotAssessed(file, "the run was interrupted before the report was audited");
				} catch (ExecutionException e) {
					// Auditor.audit turns every failure into a result but an internal error of the Java runtime,
					// after which nothing can be trusted: the run ends
					if (e.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(e.getCause());
				}
			}
		}
	}

	/** Grows or shrinks the pool by one thread (the maximum first when growing: it may not be below the core). */
	private static synchronized void resize(ThreadPoolExecutor pool, int change) {
		if (change > 0) {
			pool.setMaximumPoolSize(pool.getMaximumPoolSize() + change);
			pool.setCorePoolSize(pool.getCorePoolSize() + change);
		} else {
			pool.setCorePoolSize(pool.getCorePoolSize() + change);
			pool.setMaximumPoolSize(pool.getMaximumPoolSize() + change);
		}
	}

	/** The series key of every readable file that states agency and year (where two share one, the first is the series'). */
	private Map<Path, SeriesKey> keys(List<Path> files, ExecutorService pool) {
		List<CompletableFuture<Optional<SeriesKey>>> keys = files.stream()
				.map(f -> CompletableFuture.supplyAsync(() -> identify(f), pool)).toList();
		Map<Path, SeriesKey> result = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			keys.get(i).join().ifPresent(k -> result.put(file, k));
		}
		return result;
	}

	/**
	 * The agency and year of a report file, if it can be read and states both. A file that fails here in
	 * any way has no series; its own audit says why.
	 */
	private Optional<SeriesKey> identify(Path file) {
		try {
			List<Fact> facts = ReportExtractor.identity(Readers.read(file, auditor.limits()));
			Optional<String> agency = facts.stream().filter(f -> f.getKind() == FactKind.AGENCY).map(Fact::getValue)
					.findFirst();
			Optional<String> year = facts.stream().filter(f -> f.getKind() == FactKind.REPORT_YEAR).map(Fact::getValue)
					.findFirst();
			return agency.isPresent() && year.isPresent()
					? Optional.of(new SeriesKey(Agencies.key(agency.get()), Integer.parseInt(year.get())))
					: Optional.empty();
		} catch (ReadException | RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
			return Optional.empty();
		}
	}
}
