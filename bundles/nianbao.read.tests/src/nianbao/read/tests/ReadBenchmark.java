// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/**
 * Throughput of read + extract per file type, single thread: the five text samples, their golden HTML,
 * Word and Excel versions, and the three PDF samples, each type read round robin for a while after a
 * warm-up. Prints reports per second of wall time and per second of the thread's CPU time (one thread,
 * so per core; the CPU rate holds on a machine busy with other work, the wall rate does not), and the
 * peak heap use while that type was read (garbage included: run with a small -Xmx to see what it needs).
 * Where {@code pdftotext} (poppler) is installed, {@code pdftotext -layout} runs on the same PDFs in
 * turns with the reader, one process per file, and the two rates and their ratio are printed.
 * Not a test: run it on its own (see README.md, "Figures").
 *
 * <pre>
 * java -cp "bundles/nianbao.read.tests/target/classes:bundles/nianbao.testing/target/classes:PRODUCT/plugins/*" \
 *      -Dnianbao.samples=samples nianbao.read.tests.ReadBenchmark [seconds per type] [type...]
 * </pre>
 *
 * The types are named by their extension (txt is {@code text}); without any, all are read.
 */
public final class ReadBenchmark {

	/**
	 * How long the reader and pdftotext each run before the other takes its turn: turns of a second see
	 * the same load of a shared machine, which changes over seconds.
	 */
	private static final Duration TURN = Duration.ofSeconds(1);
	/** Warm-up rounds this long, until one in which the JIT compiler worked less than {@link #SETTLED} of it. */
	private static final Duration WARM_UP_ROUND = Duration.ofSeconds(1);
	private static final double SETTLED = 0.1;
	/** The longest warm-up: on a busy machine the JIT compiler takes half a minute over PDFBox. */
	private static final Duration MAX_WARM_UP = Duration.ofSeconds(60);
	/** Clock ticks a second in /proc (USER_HZ: 100 on every Linux the product runs on, whatever the kernel's HZ). */
	private static final long CLOCK_TICKS = 100;

	private ReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
		ReportExtractor extractor = new ReportExtractor(OfficialFormats.library());
		boolean poppler = pdftotextInstalled();
		System.out.printf("%-5s %6s %12s %16s %14s%n", "type", "files", "reports/s", "reports/CPU s", "peak heap MB");
		List<String> only = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		for (Map.Entry<String, List<Path>> type : files().entrySet()) {
			if (!only.isEmpty() && !only.contains(type.getKey())) {
				continue;
			}
			List<Path> files = type.getValue();
			warmUp(extractor, files, measure.dividedBy(2));
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(p -> p.getType() == MemoryType.HEAP).toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			boolean beside = poppler && type.getKey().equals("pdf");
			Rate reader = new Rate();
			Rate pdftotext = new Rate();
			while (reader.wall < measure.toNanos()) {
				Duration turn = beside ? TURN : measure;
				reader.add(() -> run(extractor, files, turn), ReadBenchmark::threadCpu);
				if (beside) {
					pdftotext.add(() -> pdftotext(files, turn), ReadBenchmark::childrenCpu);
				}
			}
			long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			System.out.printf("%-5s %6d %12.1f %16.1f %14d%n", type.getKey(), files.size(), reader.perSecond(),
					reader.perCpuSecond(), peak);
			if (beside) {
				System.out.printf("%-5s %6d %12.1f %16.1f %14s   pdftotext -layout, files/s, in turns with the line above%n",
						"", files.size(), pdftotext.perSecond(), pdftotext.perCpuSecond(), "");
				System.out.printf("PDF read + extract / pdftotext -layout: %.2f (wall), %.2f (CPU)%n",
						reader.perSecond() / pdftotext.perSecond(), reader.perCpuSecond() / pdftotext.perCpuSecond());
			}
		}
	}

	/**
	 * Reads the files until the JIT compiler has settled: for at least the given time, then until a
	 * round in which it compiled little (at most {@link #MAX_WARM_UP}).
	 */
	private static void warmUp(ReportExtractor extractor, List<Path> files, Duration least) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long start = System.nanoTime();
		while (true) {
			long compiling = jit.getTotalCompilationTime();
			long round = System.nanoTime();
			run(extractor, files, WARM_UP_ROUND);
			double share = (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - round) / 1e6);
			long warm = System.nanoTime() - start;
			if (warm >= least.toNanos() && share < SETTLED || warm >= MAX_WARM_UP.toNanos()) {
				return;
			}
		}
	}

	/** The files of each type: text samples, golden versions of them, PDF samples. */
	private static Map<String, List<Path>> files() throws IOException {
		Path dir = Files.createTempDirectory("nianbao-benchmark");
		dir.toFile().deleteOnExit();
		Map<String, List<Path>> files = new LinkedHashMap<>();
		files.put("text", Samples.textReports());
		for (String extension : List.of("html", "docx", "doc", "xlsx", "xls")) {
			files.put(extension, Samples.textReports().stream().map(sample -> {
				String name = sample.getFileName().toString().replaceFirst("\\.txt$", "");
				Path file = GoldenFiles.write(GoldenReport.of(Samples.groundTruth(sample)), dir, name, extension);
				file.toFile().deleteOnExit();
				return file;
			}).toList());
		}
		try (Stream<Path> pdfs = Files.list(Samples.root().resolve("pdf"))) {
			files.put("pdf", pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList());
		}
		return files;
	}

	/** Reads and extracts the files round robin for the given time; returns how many it did. */
	private static int run(ReportExtractor extractor, List<Path> files, Duration time) throws Exception {
		long end = System.nanoTime() + time.toNanos();
		int reports = 0;
		int tables = 0;
		while (System.nanoTime() < end) {
			for (Path file : files) {
				tables += extractor.extract(Readers.read(file)).getTables().size();
				reports++;
			}
		}
		if (tables < reports) {
			throw new IllegalStateException("fewer tables than reports: extraction failed");
		}
		return reports;
	}

	/** Runs {@code pdftotext -layout} on the files round robin for the given time; returns how many it did. */
	private static int pdftotext(List<Path> files, Duration time) throws Exception {
		long end = System.nanoTime() + time.toNanos();
		int done = 0;
		while (System.nanoTime() < end) {
			for (Path file : files) {
				Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
						.redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
				if (process.waitFor() != 0) {
					throw new IllegalStateException("pdftotext failed on " + file);
				}
				done++;
			}
		}
		return done;
	}

	private static boolean pdftotextInstalled() {
		try {
			return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start()
					.waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private static long threadCpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	/**
	 * Nanoseconds of CPU time of the child processes that have ended (Linux: {@code /proc/self/stat},
	 * in clock ticks of 10 ms, which a run of seconds makes fine enough).
	 */
	private static long childrenCpu() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields 16 and 17 of the file, cutime and cstime, counted from the state (field 3)
			return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * TimeUnit.SECONDS.toNanos(1) / CLOCK_TICKS;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A count of files done with the wall and CPU time they took, over several turns. */
	private static final class Rate {

		private long done;
		private long wall;
		private long cpu;

		void add(Callable<Integer> turn, LongSupplier cpuClock) throws Exception {
			long start = System.nanoTime();
			long cpuStart = cpuClock.getAsLong();
			done += turn.call();
			wall += System.nanoTime() - start;
			cpu += cpuClock.getAsLong() - cpuStart;
		}

		double perSecond() {
			return done / (wall / 1e9);
		}

		double perCpuSecond() {
			return done / (cpu / 1e9);
		}
	}
}
