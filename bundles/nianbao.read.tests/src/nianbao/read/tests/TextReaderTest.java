// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.read.Document;
import nianbao.read.LineMap;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.ReadException;
import nianbao.read.Readers;
import nianbao.read.TextDecoding;
import nianbao.testing.Samples;

class TextReaderTest {

	static final String TEXT = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t19\t0\t2\n“三安全一稳定”　（七）总计\n";

	@TempDir
	Path dir;

	static Stream<Arguments> encodings() {
		byte[] utf8 = TEXT.getBytes(Charset.forName("UTF-8"));
		return Stream.of(
				Arguments.of("UTF-8", utf8),
				Arguments.of("UTF-8 with BOM", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8)),
				Arguments.of("UTF-16LE with BOM", concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(Charset.forName("UTF-16LE")))),
				Arguments.of("UTF-16BE with BOM", concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT.getBytes(Charset.forName("UTF-16BE")))),
				Arguments.of("UTF-16LE", TEXT.getBytes(Charset.forName("UTF-16LE"))),
				Arguments.of("UTF-16BE", TEXT.getBytes(Charset.forName("UTF-16BE"))),
				Arguments.of("GB18030", TEXT.getBytes(Charset.forName("GB18030"))),
				Arguments.of("GBK", TEXT.getBytes(Charset.forName("GBK"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void decodesEveryEncodingGovernmentSitesUse(String name, byte[] bytes) {
		assertEquals(TEXT, TextDecoding.decode(bytes).orElseThrow().text(), name);
	}

	@Test
	void binaryIsNotText() {
		byte[] binary = new byte[512];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31 + 7);
		}
		assertTrue(TextDecoding.decode(binary).isEmpty());
	}

	@Test
	void crlfAndFormFeedsBecomeLineBreaks() throws Exception {
		Path file = dir.resolve("r.txt");
		Files.writeString(file, "甲\r\n乙\r丙\f丁");
		Document document = Readers.read(file);
		assertEquals("甲\n乙\n丙\n丁", document.text());
		assertEquals(4, document.blocks().size());
		Paragraph third = (Paragraph) document.blocks().get(2);
		assertEquals("丙", document.text(third.range()));
		assertEquals(new Location.Line(3), third.location());
	}

	@Test
	void badFilesGiveTheFileAndTheReason() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		assertEquals(empty + ": the file is empty", assertThrows(ReadException.class, () -> Readers.read(empty)).getMessage());
		Path missing = dir.resolve("missing.txt");
		assertEquals("no such file", assertThrows(ReadException.class, () -> Readers.read(missing)).reason());
		Path unknown = Files.writeString(dir.resolve("r.xyz"), "x");
		assertTrue(assertThrows(ReadException.class, () -> Readers.read(unknown)).reason().startsWith("unsupported file type"));
		Path binary = Files.write(dir.resolve("b.txt"), new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0, 7, 0 });
		assertTrue(assertThrows(ReadException.class, () -> Readers.read(binary)).reason().startsWith("not a text file"));
		Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
		assertEquals("the file holds no text", assertThrows(ReadException.class, () -> Readers.read(blank)).reason());
	}

	@Test
	void everySampleReadsAsUtf8() throws Exception {
		for (Path sample : Samples.textReports()) {
			Document document = Readers.read(sample);
			assertEquals("text, UTF-8", document.description(), sample.toString());
			assertTrue(document.text().contains("政府信息公开"), sample.toString());
		}
	}

	@Test
	void lineMapGivesOneBasedLinesAndColumns() {
		LineMap lines = new LineMap("ab\ncde\n\nf");
		assertEquals(new LineMap.Position(1, 1), lines.position(0));
		assertEquals(new LineMap.Position(1, 3), lines.position(2));
		assertEquals(new LineMap.Position(2, 2), lines.position(4));
		assertEquals(new LineMap.Position(3, 1), lines.position(7));
		assertEquals(new LineMap.Position(4, 1), lines.position(8));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
