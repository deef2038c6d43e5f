// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import nianbao.ocr.Ocr;

/**
 * The pictures inside a Word or HTML report, read by OCR where they stand: a table pasted as an image, a
 * scanned page inserted into a document. Pictures too small to hold a table (a logo, an icon, a seal)
 * are left alone, as are those that no decoder reads. Without OCR the pictures are counted and the
 * document's description says why they were not read: the text around them is still read, and the
 * tables they hold are then not found, which the audit reports.
 */
final class PictureScans {

	/** The least size of a picture that may hold a table: a few rows of a narrow one. */
	private static final int LEAST_WIDTH = 400;
	private static final int LEAST_HEIGHT = 150;
	private static final double POINTS_PER_INCH = 72;

	private final Path file;
	private final TextBuilder out;
	private final ReadBudget budget;
	private final List<Integer> read = new ArrayList<>();
	private int pictures;
	private int unread;

	PictureScans(Path file, TextBuilder out, ReadBudget budget) {
		this.file = file;
		this.out = out;
		this.budget = budget;
	}

	/**
	 * Reads a picture by OCR, in place, if it may hold a table.
	 *
	 * @param data the picture file's bytes
	 * @param printedWidth the width it is printed at, in points, or 0 if not known
	 * @throws ReadException if OCR fails on it or the time is up
	 */
	void read(byte[] data, double printedWidth) throws ReadException {
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(data));
		} catch (IOException | RuntimeException e) {
			return; // a damaged picture, or one of a kind Java does not decode (WMF, EMF): no table to read
		}
		if (image == null || image.getWidth() < LEAST_WIDTH || image.getHeight() < LEAST_HEIGHT) {
			return;
		}
		if ((long) image.getWidth() * image.getHeight() > PdfScans.MAX_PIXELS) {
			throw new ReadException(file, "a picture too large to read by OCR (more than " + PdfScans.MAX_PIXELS / 1_000_000
					+ " million pixels)");
		}
		int number = ++pictures;
		if (Ocr.unavailable().isPresent()) {
			unread++;
			return;
		}
		if (number > PdfScans.MAX_PAGES) {
			throw new ReadException(file, "more than " + PdfScans.MAX_PAGES + " pictures to read by OCR");
		}
		double dpi = printedWidth > 0 ? image.getWidth() / (printedWidth / POINTS_PER_INCH) : ImageFileReader.assumedDpi(image);
		PdfReader.print(out, number, PdfScans.lines(file, number, image, Math.clamp(dpi, 72, 1200), budget));
		read.add(number);
	}

	/** How the pictures were read, after the document's kind; empty if there were none to read. */
	String describe() {
		Optional<String> unavailable = Ocr.unavailable();
		if (unread > 0 && unavailable.isPresent()) {
			return ", " + unread + " picture(s) not read: " + unavailable.get();
		}
		return read.isEmpty() ? "" : ", " + read.size() + " picture(s) read by OCR";
	}
}
