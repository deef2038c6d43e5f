// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.extract.Origins;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.SourceRange;
import nianbao.ui.Messages;

/**
 * The report's PDF as it is printed: one page at a time, rendered by PDFBox, with boxes drawn where the
 * findings are — every finding of the page outlined in its severity's colour, the finding shown (from
 * the 问题 view, a marker) filled: its target orange, the cells it read blue. A scan shows its image,
 * with the boxes OCR read the words from.
 */
final class PdfPages {

	/** Points to pixels: a page of 595 points is 893 pixels wide, legible without zooming. */
	private static final float SCALE = 1.5f;

	/** A box drawn on a page, in points from its top left corner, and what it marks. */
	record Box(double x, double y, double width, double height, Mark mark) {
	}

	/** What a box marks. */
	enum Mark {
		ERROR(new Color(198, 40, 40)), WARNING(new Color(239, 143, 0)), INFO(new Color(21, 101, 192)),
		TARGET(new Color(255, 120, 40)), OPERAND(new Color(40, 120, 255));

		final Color color;

		Mark(Color color) {
			this.color = color;
		}

		/** The outline of a finding of this severity. */
		static Mark of(Severity severity) {
			return switch (severity) {
				case ERROR -> ERROR;
				case WARNING -> WARNING;
				case INFO -> INFO;
			};
		}
	}

	private final Path file;
	private final Composite control;
	private final Label position;
	private final Canvas canvas;
	private final ScrolledComposite scroll;
	private final int pages;
	private ReportAudit.Assessed audit;
	private Finding shown;
	private int page = 1;
	private Image image;

	/**
	 * Creates the page for a PDF report.
	 *
	 * @throws IOException if the PDF cannot be opened again (it was read a moment ago: it changed)
	 */
	PdfPages(Composite parent, Path file, ReportAudit.Assessed audit) throws IOException {
		this.file = file;
		this.audit = audit;
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			pages = document.getNumberOfPages();
		}
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		Button previous = new Button(control, SWT.PUSH);
		previous.setText(Messages.pages_previous);
		previous.addListener(SWT.Selection, e -> turnTo(page - 1));
		Button next = new Button(control, SWT.PUSH);
		next.setText(Messages.pages_next);
		next.addListener(SWT.Selection, e -> turnTo(page + 1));
		position = new Label(control, SWT.NONE);
		position.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroll = new ScrolledComposite(control, SWT.H_SCROLL | SWT.V_SCROLL);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		scroll.setContent(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
		control.addDisposeListener(e -> dispose());
		turnTo(firstPageWithFindings());
	}

	Control control() {
		return control;
	}

	/** The page shown, from 1. */
	int page() {
		return page;
	}

	/** The report's number of pages. */
	int pages() {
		return pages;
	}

	/** Shows the report's findings after it was audited again. */
	void show(ReportAudit.Assessed audit) {
		this.audit = audit;
		shown = null;
		canvas.redraw();
	}

	/** Shows a finding: turns to its page and fills its target's and operands' boxes. */
	void show(Finding finding) {
		shown = finding;
		PageArea target = area(finding.range());
		if (target == null) {
			target = finding.operands().stream().map(o -> area(o.range())).filter(a -> a != null).findFirst().orElse(null);
		}
		if (target != null) {
			turnTo(target.getPage());
			reveal(target.getY());
		} else {
			canvas.redraw();
		}
	}

	/** Shows a box of a page (a marker's): turns to the page and reveals the box. */
	void show(int page, double y) {
		turnTo(page);
		reveal(y);
	}

	/** The boxes drawn on the page shown. */
	List<Box> boxes() {
		List<Box> boxes = new ArrayList<>();
		for (Finding finding : audit.findings()) {
			PageArea area = area(finding.range());
			if (area != null && area.getPage() == page) {
				boxes.add(box(area, Mark.of(finding.severity())));
			}
		}
		if (shown != null) {
			for (Operand operand : shown.operands()) {
				PageArea area = area(operand.range());
				if (area != null && area.getPage() == page) {
					boxes.add(box(area, Mark.OPERAND));
				}
			}
			PageArea target = area(shown.range());
			if (target != null && target.getPage() == page) {
				boxes.add(box(target, Mark.TARGET));
			}
		}
		return boxes;
	}

	private static Box box(PageArea area, Mark mark) {
		return new Box(area.getX(), area.getY(), area.getWidth(), area.getHeight(), mark);
	}

	/** The box of a range of this report on its page; null if it is not on a page of this report. */
	private PageArea area(SourceRange range) {
		Report report = audit.report();
		if (range == null || range.getOffset() + range.getLength() > report.getText().length()) {
			return null;
		}
		return Origins.of(report, range) instanceof PageArea area ? area : null;
	}

	private int firstPageWithFindings() {
		return audit.findings().stream().map(f -> area(f.range())).filter(a -> a != null).mapToInt(PageArea::getPage).min()
				.orElse(1);
	}

	/** Renders a page (PDFBox) and shows it; a page that cannot be rendered shows why instead. */
	private void turnTo(int number) {
		int target = Math.max(1, Math.min(pages, number));
		if (image != null && target == page) {
			position.setText(positionText());
			canvas.redraw();
			return;
		}
		page = target;
		if (image != null) {
			image.dispose();
			image = null;
		}
		position.setText(positionText());
		// the file is opened for each page and closed again: an open file would keep the auditor from
		// replacing or moving it (on Windows) while the editor is open
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			BufferedImage rendered = new PDFRenderer(document).renderImage(page - 1, SCALE, ImageType.RGB);
			image = new Image(canvas.getDisplay(), imageData(rendered));
		} catch (IOException | RuntimeException e) {
			// the file changed or PDFBox cannot draw the page: the text and tables pages still show the report
			position.setText(NLS.bind(Messages.pages_unrendered, page, e.getMessage()));
		}
		Rectangle size = image == null ? new Rectangle(0, 0, 0, 0) : image.getBounds();
		canvas.setSize(size.width, size.height);
		canvas.redraw();
		control.layout(true, true);
	}

	/** The page's number, and where the finding shown also has cells, when that is on other pages. */
	private String positionText() {
		String text = NLS.bind(Messages.pages_position, page, pages);
		if (shown == null) {
			return text;
		}
		List<String> elsewhere = shown.operands().stream().map(o -> area(o.range())).filter(a -> a != null && a.getPage() != page)
				.map(a -> String.valueOf(a.getPage())).distinct().toList();
		return elsewhere.isEmpty() ? text : text + NLS.bind(Messages.pages_elsewhere, String.join("、", elsewhere));
	}

	private void reveal(double y) {
		int top = (int) Math.max(0, y * SCALE - scroll.getClientArea().height / 3.0);
		scroll.setOrigin(scroll.getOrigin().x, top);
	}

	private void paint(GC gc) {
		if (image == null) {
			return;
		}
		gc.drawImage(image, 0, 0);
		gc.setLineWidth(2);
		for (Box box : boxes()) {
			int x = (int) Math.floor(box.x() * SCALE) - 2;
			int y = (int) Math.floor(box.y() * SCALE) - 2;
			int width = (int) Math.ceil(box.width() * SCALE) + 4;
			int height = (int) Math.ceil(box.height() * SCALE) + 4;
			gc.setForeground(box.mark().color);
			if (box.mark() == Mark.TARGET || box.mark() == Mark.OPERAND) {
				gc.setAlpha(60);
				gc.setBackground(box.mark().color);
				gc.fillRectangle(x, y, width, height);
				gc.setAlpha(255);
			}
			gc.drawRectangle(x, y, width, height);
		}
	}

	/** A rendered page as SWT image data: 24-bit RGB, row by row. */
	private static ImageData imageData(BufferedImage rendered) {
		int width = rendered.getWidth();
		int height = rendered.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			rendered.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	private void dispose() {
		if (image != null) {
			image.dispose();
		}
	}
}
