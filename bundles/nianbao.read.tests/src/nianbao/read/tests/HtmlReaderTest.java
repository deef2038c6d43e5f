// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.ReadLimits;
import nianbao.read.Readers;
import nianbao.read.TableBlock;

class HtmlReaderTest {

	private static final String BODY = "<p>一、总体情况</p><p>本年新收申请“２１”件</p>";
	private static final String TEXT = "一、总体情况\n本年新收申请“２１”件\n";

	@TempDir
	Path dir;

	/** The page's bytes and the charset the reader must take, from the page or else from the bytes. */
	static Stream<Arguments> encodings() {
		Charset gbk = Charset.forName("GBK");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		return Stream.of(
				Arguments.of("meta charset", page("<meta charset=\"gbk\">", gbk), "GBK"),
				Arguments.of("http-equiv", page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\">",
						Charset.forName("GB18030")), "GB18030"),
				// Java's GB2312 lacks characters GBK has; such pages are GBK in fact
				Arguments.of("gb2312 declared, GBK written", page("<meta charset=\"gb2312\">", gbk, "<p>一、总体情况</p><p>本年新收申请“２１”件</p><p>镕</p>"),
						"GB18030"),
				Arguments.of("undeclared GBK", page("", gbk), "GB18030"),
				Arguments.of("undeclared UTF-8", page("", StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("UTF-8 with byte-order mark", concat(bom, page("", StandardCharsets.UTF_8)), "UTF-8"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("encodings")
	void readsTheEncodingThePageDeclaresOrElseTheOneTheBytesShow(String name, byte[] bytes, String charset) throws Exception {
		Document document = Readers.read(Files.write(dir.resolve("page.html"), bytes));
		assertEquals("HTML, " + charset, document.description(), name);
		assertEquals(TEXT, document.text().replace("镕\n", ""), name);
	}

	@Test
	void leavesOutPageChromeAndReadsLayoutTablesAsRunningText() throws Exception {
		String html = """
				<html><head><title>标题</title><style>p { color: red }</style><script>var x = "脚本";</script></head><body>
				<header>网站首页 | 政务公开</header><nav><a href="/">导航</a></nav>
				<table><tr><td>左栏菜单</td><td>
				  <article><header>某某局2024年政府信息公开工作年度报告</header>
				  <div>一、总体情况<br>（一）主动公开情况</div>
				  <table><tr><th>信息内容</th><th colspan="2">本年处理决定数量</th></tr>
				         <tr><td rowspan="2">行政许可</td><td>83</td><td>&nbsp;</td></tr>
				         <tr><td>7</td><td>0</td></tr></table>
				  <p>二、主动<b>公开</b>政府信息情况</p></article>
				</td></tr></table>
				<footer>版权所有</footer><noscript>请启用脚本</noscript></body></html>
				""";
		Document document = Readers.read(Files.writeString(dir.resolve("page.htm"), html));
		assertEquals("""
				左栏菜单
				某某局2024年政府信息公开工作年度报告
				一、总体情况
				（一）主动公开情况
				信息内容\t本年处理决定数量
				行政许可\t83\t
				7\t0
				二、主动公开政府信息情况
				""", document.text());
		TableBlock table = assertInstanceOf(TableBlock.class, document.blocks().get(4));
		TableBlock.Cell permit = table.rows().get(1).getFirst();
		assertEquals("行政许可", document.text(permit.range()));
		// the second table of the page (the first lays the page out), its second row's first cell
		assertEquals(new Location.HtmlCell(2, 2, 1, "body>table:nth-child(3)>tbody>tr>td:nth-child(2)>article>table:nth-child(3)>tbody>tr:nth-child(2)>td:nth-child(1)"),
				permit.location());
		Paragraph heading = assertInstanceOf(Paragraph.class, document.blocks().get(2));
		assertEquals("一、总体情况", document.text(heading.range()));
		assertEquals(new Location.HtmlElement("body>table:nth-child(3)>tbody>tr>td:nth-child(2)>article>div:nth-child(2)"),
				heading.location());
	}

	private static byte[] page(String head, Charset charset) {
		return page(head, charset, BODY);
	}

	private static byte[] page(String head, Charset charset, String body) {
		return ("<html><head>" + head + "</head><body>" + body + "</body></html>").getBytes(charset);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/**
	 * A table of 300,000 rows is read in time linear in its rows: each cell's place names its row's
	 * index among the rows, which was looked up anew for every cell (quadratic: 33 s and more here).
	 */
	@Test
	void aTableOfThreeHundredThousandRowsIsReadInLinearTime() throws Exception {
		StringBuilder page = new StringBuilder("<html><body><p>报告</p><table>");
		for (int i = 0; i < 300_000; i++) {
			page.append("<tr><td>行").append(i).append("</td><td>").append(i).append("</td></tr>");
		}
		Path file = Files.writeString(dir.resolve("rows.html"), page.append("</table></body></html>"), StandardCharsets.UTF_8);
		// far beyond the default limits, which refuse such a file at once: raised to let it be read
		ReadLimits limits = ReadLimits.DEFAULTS.with("rows=300000").with("cells=600000");
		Document document = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Readers.read(file, limits));
		TableBlock table = assertInstanceOf(TableBlock.class, document.blocks().getLast());
		assertEquals(300_000, table.rows().size());
		assertEquals(new Location.HtmlCell(1, 300_000, 2, "body>table:nth-child(2)>tbody>tr:nth-child(300000)>td:nth-child(2)"),
				table.rows().getLast().getLast().location());
	}
}
