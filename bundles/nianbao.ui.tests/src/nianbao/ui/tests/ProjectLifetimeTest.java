// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.format.language.Format;
import nianbao.testing.Samples;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.OpenAuditProjectHandler;
import nianbao.workspace.AuditMarkers;
import nianbao.workspace.ProjectAudit;

/**
 * A rule author opens a project with format files of its own, looks at a report and closes it, again and
 * again: nothing of a closed project stays — its formats are collected, and the heap after the fiftieth
 * time is where it was after the fifth.
 */
class ProjectLifetimeTest {

	private static final int TIMES = 50;

	@TempDir
	Path dir;

	@Test
	void openingAndClosingAProjectFiftyTimesLeavesTheHeapFlat() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("自定格式"));
		Path sample = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
		Files.copy(sample, folder.resolve(sample.getFileName()));
		// a format of the project's own: the 2021 format under a name of its own
		Files.writeString(folder.resolve("own.nbformat"), """
				format "own" basedOn "2021" {
				}
				""");
		List<WeakReference<Format>> formats = new ArrayList<>();
		long afterFive = 0;
		for (int i = 1; i <= TIMES; i++) {
			IProject project = OpenAuditProjectHandler.open(folder);
			settle();
			IFile report = project.getFile(sample.getFileName().toString());
			assertTrue(report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO).length > 0, "audited");
			assertEquals(0, project.findMarkers(AuditMarkers.FORMAT_PROBLEM, false, IResource.DEPTH_INFINITE).length);
			formats.add(new WeakReference<>(ProjectAudit.auditor(project).formats().byId("own").orElseThrow()));
			IMarker marker = report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO)[0];
			assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), marker));
			settle();
			Workbench.closeAll(project);
			settle();
			if (i == 5) {
				afterFive = usedAfterCollecting();
			}
		}
		long afterFifty = usedAfterCollecting();
		System.out.printf("heap after %d project openings: %d MB; after 5: %d MB%n", TIMES, afterFifty >> 20, afterFive >> 20);
		long reachable = formats.stream().filter(f -> f.get() != null).count();
		assertEquals(0, reachable, "formats of closed projects still reachable");
		// 45 more times: a leak of a project's formats and audit (megabytes each) would show many times over
		assertTrue(afterFifty - afterFive < 24L << 20,
				"heap after 5: " + (afterFive >> 20) + " MB, after " + TIMES + ": " + (afterFifty >> 20) + " MB");
	}

	private static long usedAfterCollecting() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(50);
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}
}
