// SPDX-License-Identifier: EPL-2.0
package nianbao.ocr;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * The {@code tesseract} program, run once per image with TSV output (word boxes and confidences).
 *
 * <p>The installed program is called rather than a Java binding: the bindings (Tess4J, the JavaCPP
 * presets) load the native library into the JVM through JNA or JNI, which fights OSGi's class loading
 * and ties the product to one library version, and a crash in native code on a hostile image would take
 * the whole batch with it. A process can be given a time limit and killed; its start costs a few
 * milliseconds beside the second or so that recognising a page takes.
 */
final class Tesseract {

	/** The languages the two passes need: Simplified Chinese for text, English for digits. */
	static final Set<String> LANGUAGES = Set.of("chi_sim", "eng");
	/** What the user is told when the program or a language is missing. */
	static final String INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-chi-sim";

	/** What was found of each program named, looked up once. */
	private static final Map<String, Availability> KNOWN = new ConcurrentHashMap<>();

	private final String executable;

	private Tesseract(String executable) {
		this.executable = executable;
	}

	/** Whether the program and its languages are installed. */
	sealed interface Availability {
		record Installed(Tesseract tesseract) implements Availability {
		}

		record Missing(String reason) implements Availability {
		}
	}

	/**
	 * The installed program: the one named by the system property {@code nianbao.tesseract}, or
	 * {@code tesseract} on the path.
	 */
	static Availability availability() {
		return KNOWN.computeIfAbsent(System.getProperty("nianbao.tesseract", "tesseract"), Tesseract::probe);
	}

	private static Availability probe(String executable) {
		List<String> output;
		try {
			output = run(List.of(executable, "--list-langs"), Duration.ofSeconds(20), null);
		} catch (OcrException e) {
			return new Availability.Missing("OCR not available: the program tesseract was not found (" + INSTALL_HINT + ")");
		}
		List<String> missing = LANGUAGES.stream().filter(l -> !output.contains(l)).sorted().toList();
		if (!missing.isEmpty()) {
			return new Availability.Missing("OCR not available: tesseract lacks the language data " + String.join(", ", missing)
					+ " (" + INSTALL_HINT + ")");
		}
		return new Availability.Installed(new Tesseract(executable));
	}

	/**
	 * Page segmentation: a uniform block of text. Tesseract's own layout analysis (mode 3) loses part
	 * headings of these reports among the page's blocks; a block reads them, but may read a large
	 * heading twice, once as a line of smaller print (see {@link Ocr}).
	 */
	static final int BLOCK = 6;
	/** Page segmentation: one line of text. */
	static final int LINE = 7;
	/** Page segmentation: one word. */
	static final int WORD = 8;
	/** Page segmentation: one line of raw text, without Tesseract's own layout steps. */
	static final int RAW = 13;

	/**
	 * Recognises images, all in one run of the program.
	 *
	 * @param language {@code chi_sim} or {@code eng}
	 * @param characters the only characters to recognise, or null for all
	 * @param segmentation {@link #BLOCK}, {@link #LINE}, {@link #WORD} or {@link #RAW}
	 * @return the words of each image, in the order of the images
	 */
	List<List<OcrWord>> recognise(List<BufferedImage> images, String language, String characters, int segmentation,
			Duration timeout) throws OcrException {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("nianbao-ocr");
			List<String> names = new ArrayList<>();
			for (int i = 0; i < images.size(); i++) {
				Path png = folder.resolve(i + ".png");
				ImageIO.write(images.get(i), "png", png.toFile());
				names.add(png.toString());
			}
			// more than one image is given as a list of files, which Tesseract reads as pages
			Path input = folder.resolve(names.size() == 1 ? "0.png" : "images.txt");
			if (names.size() > 1) {
				Files.write(input, names, StandardCharsets.UTF_8);
			}
			List<String> command = new ArrayList<>(
					List.of(executable, input.toString(), "stdout", "-l", language, "--psm", Integer.toString(segmentation)));
			if (characters != null) {
				command.addAll(List.of("-c", "tessedit_char_whitelist=" + characters));
			}
			command.add("tsv");
			return words(run(command, timeout, folder), images.size());
		} catch (IOException e) {
			throw new OcrException("OCR failed: the page image could not be written (" + e.getMessage() + ")", e);
		} finally {
			delete(folder);
		}
	}

	/** Recognises a page. */
	List<OcrWord> recognise(BufferedImage image, String language, Duration timeout) throws OcrException {
		return recognise(List.of(image), language, null, BLOCK, timeout).getFirst();
	}

	/**
	 * The words of Tesseract's TSV (level 5 rows), each with the height of its line: the size of a
	 * word's own box says little (a comma, a dash), the line's says how large the text is.
	 */
	private static List<List<OcrWord>> words(List<String> tsv, int pages) {
		record Row(int level, int page, String line, int left, int top, int width, int height, double confidence, String text) {
		}
		List<Row> rows = new ArrayList<>();
		for (String line : tsv) {
			String[] f = line.split("\t", -1);
			if (f.length < 12 || !f[0].chars().allMatch(Character::isDigit) || f[0].isEmpty()) {
				continue; // the header
			}
			rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[1] + "." + f[2] + "." + f[3] + "." + f[4], Integer.parseInt(f[6]),
					Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]), Double.parseDouble(f[10]), f[11]));
		}
		Map<String, Integer> lineHeights = new HashMap<>();
		rows.stream().filter(r -> r.level() == 4).forEach(r -> lineHeights.put(r.line(), r.height()));
		List<List<OcrWord>> words = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			words.add(new ArrayList<>());
		}
		for (Row r : rows) {
			String text = r.text().strip();
			if (r.level() == 5 && !text.isEmpty()) {
				int lineHeight = lineHeights.getOrDefault(r.line(), r.height());
				words.get(r.page() - 1).add(new OcrWord(new OcrWord.Box(r.left(), r.top(), r.left() + r.width(), r.top() + r.height()), lineHeight,
						text, r.confidence()));
			}
		}
		return words;
	}

	/** Runs the program and returns what it printed, line by line. */
	private static List<String> run(List<String> command, Duration timeout, Path folder) throws OcrException {
		Path out = null;
		Process process = null;
		try {
			out = folder == null ? Files.createTempFile("tesseract", ".out") : Files.createTempFile(folder, "tesseract", ".out");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD);
			// Tesseract's OpenMP threads spin: on a busy machine they triple the time of a page. The
			// batch runs reports in parallel already.
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new OcrException("OCR took longer than " + timeout.toSeconds() + " s for one page and was stopped");
			}
			if (process.exitValue() != 0) {
				throw new OcrException("OCR failed: tesseract ended with exit code " + process.exitValue());
			}
			return Files.readAllLines(out, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new OcrException("OCR could not be run: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrException("OCR was interrupted", e);
		} finally {
			if (process != null) {
				process.destroyForcibly();
			}
			if (out != null && folder == null) {
				out.toFile().delete();
			}
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		} catch (IOException e) {
			// a temporary file left behind is not worth failing the page for
		}
	}
}
