// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.read.Document;
import nianbao.read.Readers;
import nianbao.read.TableBlock;

/**
 * A report's HTML source saved as .txt (as crawlers and browsers save pages) is read by the HTML
 * reader, whatever comes before the markup; a plain-text report that merely mentions markup stays text.
 */
class HtmlInTextFileTest {

	private static final String PAGE_BODY = "<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>";
	/** What the HTML reader makes of {@link #PAGE_BODY}: the paragraph, then the table row with a tab. */
	private static final String PAGE_TEXT = "一、总体情况\n规章\t0\n";

	@TempDir
	Path dir;

	/** Pages as they are saved: the bytes, the charset the reader must take. */
	static Stream<Arguments> pages() {
		Charset gbk = Charset.forName("GBK");
		String page = "<html><head><meta charset=\"utf-8\"></head><body>" + PAGE_BODY + "</body></html>";
		return Stream.of(
				Arguments.of("byte-order mark, blank lines, lower-case doctype",
						("\uFEFF\r\n\r\n<!doctype html>\n" + page).getBytes(StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("a browser's saved-from comment before the doctype",
						("<!-- saved from url=(0052)http://www.example.gov.cn/zwgk/ndbg/t20220113_1.html -->\r\n"
								+ "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\r\n" + page)
								.getBytes(StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("XML declaration and XHTML",
						("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + PAGE_BODY
								+ "</body></html>").getBytes(StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("upper-case tags, no doctype, leading spaces",
						("  <HTML><HEAD><TITLE>年报</TITLE></HEAD><BODY><P>一、总体情况</P><TABLE><TR><TD>规章</TD><TD>0</TD></TR></TABLE></BODY></HTML>")
								.getBytes(StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("GBK with a meta charset",
						("\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>" + PAGE_BODY
								+ "</body></html>").getBytes(gbk), "GBK"),
				Arguments.of("a fragment: the article's div only",
						("<div class=\"TRS_Editor\">" + PAGE_BODY + "</div>").getBytes(StandardCharsets.UTF_8), "UTF-8"),
				Arguments.of("a crawler's header lines before the page",
						("标题: 某局2021年政府信息公开工作年度报告\n原文链接: http://www.example.gov.cn/a.html\n====\n" + page)
								.getBytes(StandardCharsets.UTF_8), "UTF-8"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void anHtmlPageSavedAsTxtIsReadAsHtml(String name, byte[] bytes, String charset) throws Exception {
		Document document = Readers.read(Files.write(dir.resolve("report.txt"), bytes));
		assertEquals("HTML, " + charset + " (the file is named .txt)", document.description());
		assertTrue(document.text().endsWith(PAGE_TEXT), document.text());
		assertTrue(document.blocks().stream().anyMatch(TableBlock.class::isInstance), "the table is a table");
	}

	/** Plain-text reports that mention markup or use angle brackets. */
	static Stream<Arguments> texts() {
		return Stream.of(
				Arguments.of("《条例》 written with angle brackets at the start", "<政府信息公开条例>规定，现将报告公布如下。\n一、总体情况\n"),
				Arguments.of("a tag named in the narrative", "一、总体情况\n网站改版后，年报以<table>表格形式发布，并删除了<html>模板中的冗余代码。\n"),
				Arguments.of("less-than signs in figures", "一、总体情况\n办理时限<15个工作日，满意率>95%。\n<5件的栏目不单列。\n"),
				Arguments.of("a Markdown table with <br> in its cells",
						"<br>\n| 一、本年新收<br>政府信息公开申请数量 | 19 | 0 |\n|---|---|---|\n| <p>结转</p> | 1 | 0 |\n"),
				Arguments.of("a page start tag without its end", "一、总体情况\n页面代码以<body>开头。\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void aPlainTextReportThatMentionsMarkupStaysText(String name, String text) throws Exception {
		Document document = Readers.read(Files.writeString(dir.resolve("report.txt"), text));
		assertEquals("text, UTF-8", document.description());
		assertEquals(text, document.text());
	}
}
