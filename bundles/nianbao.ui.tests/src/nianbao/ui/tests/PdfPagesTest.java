// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.testing.Samples;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.OpenAuditProjectHandler;
import nianbao.workspace.AuditMarkers;

/**
 * A PDF report opens on its pages as printed, with the findings' boxes drawn; a finding shown from the
 * 问题 view, and a marker opened from the Problems view, turn to their page and fill their boxes, which
 * hold on the PDF the text the finding is about (read back with PDFBox).
 */
class PdfPagesTest {

	@TempDir
	Path dir;

	private IProject project;

	@AfterEach
	void close() throws Exception {
		Workbench.closeAll(project);
	}

	private Path pdf() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("洪泽"));
		return Files.copy(Samples.root().resolve("pdf/hongze-2024.pdf"), folder.resolve("hongze-2024.pdf"));
	}

	@Test
	void aPdfOpensOnItsPageWithTheFindingsBoxesAndAFindingTurnsToItsPage() throws Exception {
		Path pdf = pdf();
		ReportEditor editor = ReportEditor.open(page(), pdf);
		settle();
		assertNotNull(editor);
		assertTrue(editor.showsPdfPages(), "a PDF opens on its pages");
		// its first finding, ID-1 (the title names no place), is on page 1, outlined as a warning
		assertEquals(1, editor.pdfPage());
		assertTrue(editor.pdfBoxes().stream().anyMatch(b -> b.startsWith("warning ")), editor.pdfBoxes().toString());

		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, editor.audit().orElseThrow());
		// NT-1: the text says 17 applications (page 1, the statement broken over two lines) where 表三 says 95
		editor.show(finding(audit, "NT-1"));
		assertTrue(editor.showsPdfPages());
		assertEquals(1, editor.pdfPage());
		assertBoxHolds(pdf, 1, box(editor, "target"), "受理政府信息公开申请17件");
		// LB-3: 表三's row （六）其他处理 printed as one, on page 4
		editor.show(finding(audit, "LB-3"));
		assertEquals(4, editor.pdfPage());
		assertBoxHolds(pdf, 4, box(editor, "target"), "（六）其他处理");
	}

	@Test
	void aMarkerOpensThePdfOnItsPageAndBox() throws Exception {
		Path pdf = pdf();
		project = OpenAuditProjectHandler.open(pdf.getParent());
		settle();
		IFile report = project.getFile("hongze-2024.pdf");
		IMarker lb3 = Arrays.stream(report.findMarkers(AuditMarkers.FINDING, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("LB-3")).findFirst().orElseThrow();
		assertEquals(4, lb3.getAttribute(AuditMarkers.PAGE, 0));
		assertTrue(lb3.getAttribute(IMarker.LOCATION, "").startsWith("第 4 页"), lb3.getAttribute(IMarker.LOCATION, ""));
		ReportEditor editor = assertInstanceOf(ReportEditor.class, IDE.openEditor(page(), lb3));
		settle();
		assertTrue(editor.showsPdfPages());
		assertEquals(4, editor.pdfPage());
		double[] box = Arrays.stream(lb3.getAttribute(AuditMarkers.BOX, "").split(",")).mapToDouble(Double::parseDouble)
				.toArray();
		assertBoxHolds(pdf, 4, box, "（六）其他处理");
		assertTrue(editor.pdfBoxes().contains("error " + Math.round(box[0]) + "," + Math.round(box[1]) + ","
				+ Math.round(box[2]) + "," + Math.round(box[3])), editor.pdfBoxes().toString());
	}

	private static Finding finding(ReportAudit.Assessed audit, String rule) {
		return audit.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
	}

	/** The box of a mark drawn on the page shown, in points. */
	private static double[] box(ReportEditor editor, String mark) {
		List<String> boxes = editor.pdfBoxes().stream().filter(b -> b.startsWith(mark + " ")).toList();
		assertEquals(1, boxes.size(), editor.pdfBoxes().toString());
		return Arrays.stream(boxes.getFirst().substring(mark.length() + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	/** PDFBox reads the text within the box (a point around it) on that page: it holds {@code text}. */
	private static void assertBoxHolds(Path pdf, int page, double[] box, String text) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.setSortByPosition(true);
			stripper.addRegion("box", new Rectangle2D.Double(box[0] - 1, box[1] - 1, box[2] + 2, box[3] + 2));
			stripper.extractRegions(document.getPage(page - 1));
			String found = stripper.getTextForRegion("box").replaceAll("\\s", "");
			assertTrue(found.contains(text), "page " + page + " has “" + found + "” in the box, not “" + text + "”");
		}
	}
}
