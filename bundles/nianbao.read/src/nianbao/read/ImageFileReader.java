// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

import nianbao.ocr.Ocr;

/**
 * Reads image files of a report (a scan saved as PNG, JPEG or TIFF, a screenshot of its tables) by OCR,
 * each image (each page of a TIFF) as a page, laid out by {@link PdfLayout} as the pages of a scanned PDF.
 */
final class ImageFileReader {

	/** The resolution assumed for an image that does not state its own and is as wide as an A4 scan. */
	private static final double SCAN_DPI = 200;
	/** The resolution assumed for a smaller image that does not state its own: a screenshot. */
	private static final double SCREEN_DPI = 96;
	/** The narrowest image taken for a page scan: A4 at 150 dpi. */
	private static final int SCAN_WIDTH = 1240;
	private static final double MM_PER_INCH = 25.4;

	private ImageFileReader() {
	}

	static Document read(Path file, byte[] bytes, ReadBudget budget) throws ReadException {
		TextBuilder out = new TextBuilder(budget);
		int pages;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new ReadException(file, "an image of a kind that cannot be read; save it as PNG, JPEG or TIFF");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				pages = reader.getNumImages(true);
				if (pages > PdfScans.MAX_PAGES) {
					throw new ReadException(file, "an image of " + pages + " pages; OCR reads at most " + PdfScans.MAX_PAGES
							+ " pages of a report");
				}
				for (int i = 0; i < pages; i++) {
					if ((long) reader.getWidth(i) * reader.getHeight(i) > PdfScans.MAX_PIXELS) {
						throw new ReadException(file, "an image too large to read by OCR (more than "
								+ PdfScans.MAX_PIXELS / 1_000_000 + " million pixels)");
					}
					String unavailable = Ocr.unavailable().orElse(null);
					if (unavailable != null) {
						throw new ReadException(file, "an image of a report, which needs OCR; " + unavailable);
					}
					BufferedImage image = reader.read(i);
					List<PdfLayout.Line> lines = PdfScans.lines(file, i + 1, image, dpi(reader.getImageMetadata(i), image), budget);
					PdfReader.print(out, i + 1, lines);
				}
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			// the image decoders report damaged data with exceptions of every kind
			throw ReadException.damaged(file, e);
		}
		return out.build(file, "image, " + pages + " page(s) read by OCR");
	}

	/**
	 * The image's resolution: as its metadata states it (pixel size in millimetres, in the format-neutral
	 * metadata every decoder gives), else assumed from its width.
	 */
	private static double dpi(IIOMetadata metadata, BufferedImage image) {
		if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
			IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
			NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
			if (sizes.getLength() > 0) {
				try {
					double millimetres = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
					double dpi = MM_PER_INCH / millimetres;
					if (dpi >= 72 && dpi <= 1200) {
						return dpi;
					}
				} catch (NumberFormatException e) {
					// no usable size: assumed below
				}
			}
		}
		return assumedDpi(image);
	}

	/** The resolution of an image whose size on paper is not known: a page's width is a scan's, less a screen's. */
	static double assumedDpi(BufferedImage image) {
		return image.getWidth() >= SCAN_WIDTH ? SCAN_DPI : SCREEN_DPI;
	}
}
