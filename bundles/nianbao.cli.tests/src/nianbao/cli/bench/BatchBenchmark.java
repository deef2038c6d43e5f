// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import nianbao.check.Auditor;
import nianbao.check.BatchAudit;
import nianbao.check.ReportAudit;
import nianbao.formats.OfficialFormats;
import nianbao.testing.Samples;

/**
 * The batch runner's throughput: audits N reports (the samples, varied: other agencies, other
 * figures) end to end with 1 and 2 threads, after a warm-up, and prints reports per second, wall time
 * and peak heap. Peak heap for 250, 500 and 1000 reports shows whether memory grows with their number.
 * Run with {@code ./nianbao bench}; not a unit test.
 */
public final class BatchBenchmark {

	private BatchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path dir = Files.createTempDirectory("nianbao-bench");
		try {
			List<Path> reports = corpus(dir, count);
			long startup = System.nanoTime();
			Auditor auditor = new Auditor(OfficialFormats.library());
			System.out.printf("format loading (both official formats, compiled): %.2f s%n", (System.nanoTime() - startup) / 1e9);
			run(auditor, reports.subList(0, Math.min(100, count)), 2); // warm-up: JIT
			System.out.println("reports  threads  wall (s)  reports/s  peak heap (MB)  not assessed");
			for (int threads : new int[] { 1, 2 }) {
				for (int n : new int[] { count / 4, count / 2, count }) {
					run(auditor, reports.subList(0, n), threads);
				}
			}
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Auditor auditor, List<Path> reports, int threads) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicInteger notAssessed = new AtomicInteger();
		long start = System.nanoTime();
		new BatchAudit(auditor, threads).run(reports, audit -> {
			if (audit instanceof ReportAudit.NotAssessed) {
				notAssessed.incrementAndGet();
			}
		}, (done, total) -> {
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("%7d  %7d  %8.2f  %9.0f  %14.0f  %12d%n", reports.size(), threads, seconds,
				reports.size() / seconds, peak / 1e6, notAssessed.get());
	}

	/** {@code count} reports: the five samples in turn, each with another agency name and shifted figures. */
	private static List<Path> corpus(Path dir, int count) throws IOException {
		List<String> samples = new ArrayList<>();
		for (Path sample : Samples.textReports()) {
			samples.add(Files.readString(sample, StandardCharsets.UTF_8));
		}
		List<Path> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = samples.get(i % samples.size()).replace("人力资源和社会保障局", "人力资源和社会保障局第" + i + "分局")
					.replace("主动公开政府信息", "主动公开政府信息" + (i % 7 == 0 ? "共计" : ""));
			reports.add(Files.writeString(dir.resolve(String.format("%05d.txt", i)), text, StandardCharsets.UTF_8));
		}
		return reports;
	}
}
