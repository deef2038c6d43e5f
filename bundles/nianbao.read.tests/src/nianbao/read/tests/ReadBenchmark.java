// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Not a test: run it on its own (see README.md, "Figures").
 *
 * <pre>
 * java -cp "bundles/nianbao.read.tests/target/classes:bundles/nianbao.testing/target/classes:PRODUCT/plugins/*" \
 *      -Dnianbao.samples=samples nianbao.read.tests.ReadBenchmark [seconds per type]
 * </pre>
 */
public final class ReadBenchmark {

	private ReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
		Duration warmUp = measure.dividedBy(2);
		ReportExtractor extractor = new ReportExtractor(OfficialFormats.library());
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf("%-5s %6s %12s %16s %14s%n", "type", "files", "reports/s", "reports/CPU s", "peak heap MB");
		for (Map.Entry<String, List<Path>> type : files().entrySet()) {
			run(extractor, type.getValue(), warmUp);
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(p -> p.getType() == MemoryType.HEAP).toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			int reports = run(extractor, type.getValue(), measure);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
			System.out.printf("%-5s %6d %12.1f %16.1f %14d%n", type.getKey(), type.getValue().size(), reports / seconds,
					reports / cpuSeconds, peak);
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
}
