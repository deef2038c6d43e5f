// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Triage;
import nianbao.extract.Extraction;
import nianbao.model.Cell;
import nianbao.model.FactKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.read.LineMap;

/**
 * A self-contained HTML report for people: per report its identity, every finding with the source
 * line it points at (the characters marked), and every table that a finding involves, its cells
 * coloured (the target cell apart from the other operands), and what the auditors decided about each
 * finding (a dismissed one greyed, with the reason). Written as XHTML by the JDK's XML
 * writer, which escapes all report text.
 */
final class HtmlOutput implements Output {

	private static final String STYLE = """
			body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:2em;color:#222}
			h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
			.finding{margin:.6em 0;padding:.4em .6em;border-left:4px solid #999;background:#fafafa}
			.error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}.cannot{border-color:#777}.corrected{border-color:#2e7d32}
			.dismissed{opacity:.6}.triage{margin-left:.5em;font-style:italic;color:#555}
			.severity{font-weight:bold;margin-right:.5em}.rule{font-family:monospace;margin-right:.5em}.origin{margin-left:.5em;color:#555}
			pre{background:#f3f3f3;padding:.3em .5em;margin:.3em 0;white-space:pre-wrap}
			mark{background:#ffd54f}
			table.cells{border-collapse:collapse;margin:.6em 0;font-size:.9em}
			table.cells td,table.cells th{border:1px solid #bbb;padding:.15em .4em;text-align:right}
			table.cells th{background:#eee;text-align:left}td.operand{background:#fff3c4}td.target{background:#ffab91;font-weight:bold}
			td.corrected{outline:2px dashed #2e7d32}.correction{color:#2e7d32}
			""";

	private final Decisions decisions;
	private XMLStreamWriter html;

	HtmlOutput(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void start(PrintWriter out) {
		try {
			out.println("<!DOCTYPE html>");
			html = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			html.writeStartElement("html");
			html.writeAttribute("lang", "zh-CN");
			html.writeStartElement("head");
			html.writeEmptyElement("meta");
			html.writeAttribute("charset", "UTF-8");
			element("title", "政府信息公开工作年度报告审核结果");
			element("style", STYLE);
			html.writeEndElement();
			html.writeStartElement("body");
			element("h1", "政府信息公开工作年度报告审核结果（Nianbao Auditor）");
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		try {
			html.writeStartElement("section");
			element("h2", audit.source().toString());
			switch (audit) {
				case ReportAudit.NotAssessed not -> finding("cannot", "无法审核", "", not.reason(), null, null);
				case ReportAudit.Assessed assessed -> {
					Extraction extraction = Extraction.of(assessed.report());
					element("p", "表格提取：" + extraction.status().chinese() + extraction.incomplete().stream()
							.map(t -> t.key() + " " + t.read() + "/" + t.cells() + " 个单元格").reduce((a, b) -> a + "，" + b)
							.map(t -> "（" + t + "）").orElse(""));
					assessed(assessed);
				}
			}
			html.writeEndElement();
			html.flush();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void finish(PrintWriter out) {
		try {
			html.writeEndElement();
			html.writeEndElement();
			html.writeEndDocument();
			html.flush();
			out.println();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private void assessed(ReportAudit.Assessed audit) throws XMLStreamException {
		Report report = audit.report();
		element("p", String.join("　", List.of(fact(report, FactKind.AGENCY), fact(report, FactKind.REPORT_YEAR) + "年度",
				"格式 " + report.getFormatId(), audit.findings().size() + " 个问题")));
		LineMap lines = new LineMap(report.getText());
		for (Cell cell : Corrections.corrected(report)) {
			finding("corrected", "已更正", "", Corrections.describe(cell), excerpt(report, lines, cell.getRange()), null);
		}
		for (Finding finding : audit.findings()) {
			Triage triage = decisions.of(audit.source(), finding).orElse(null);
			finding(finding.severity().label() + (triage != null && triage.dismissed() ? " dismissed" : ""),
					label(finding.severity().label()), finding.ruleId(),
					finding.message() + (finding.restsOnCorrection() ? "（" + finding.correctionNote() + "）" : ""),
					excerpt(report, lines, finding.range()), triage);
		}
		for (RuleOutcome.CannotAssess c : audit.dataGaps()) {
			finding("cannot", "无法判断", c.ruleId(), c.reason(), excerpt(report, lines, c.range()), null);
		}
		Map<Cell, String> involved = new HashMap<>();
		for (Finding finding : audit.findings()) {
			Operand target = finding.target().orElse(null);
			for (Operand operand : finding.operands()) {
				// a cell of the year-before report is not among this report's tables
				if (operand.cell() != null && Results.holder(report, operand) == report) {
					involved.merge(operand.cell(), operand == target ? "target" : "operand",
							(a, b) -> a.equals("target") || b.equals("target") ? "target" : a);
				}
			}
		}
		for (Table table : report.getTables()) {
			if (table.getRows().stream().flatMap(r -> r.getCells().stream())
					.anyMatch(c -> involved.containsKey(c) || c.getCorrection() != null)) {
				table(table, involved);
			}
		}
	}

	private void finding(String kind, String severity, String rule, String message, Excerpt excerpt, Triage triage)
			throws XMLStreamException {
		html.writeStartElement("div");
		html.writeAttribute("class", "finding " + kind);
		span("severity", severity);
		span("rule", rule);
		html.writeCharacters(message);
		if (triage != null) {
			span("triage", "〔" + triage.state().label() + (triage.reason().isEmpty() ? "" : "：" + triage.reason()) + "〕");
		}
		if (excerpt != null && excerpt.origin() != null) {
			span("origin", "原文 " + excerpt.origin());
		}
		if (excerpt != null) {
			html.writeStartElement("pre");
			html.writeCharacters(excerpt.line() + ":" + excerpt.column() + "  " + excerpt.before());
			element("mark", excerpt.marked());
			html.writeCharacters(excerpt.after());
			html.writeEndElement();
		}
		html.writeEndElement();
	}

	private void table(Table table, Map<Cell, String> involved) throws XMLStreamException {
		html.writeStartElement("table");
		html.writeAttribute("class", "cells");
		element("caption", table.getCaption());
		html.writeStartElement("tr");
		element("th", "");
		table.getColumns().forEach(c -> uncheck(() -> element("th", c.getLabel())));
		html.writeEndElement();
		for (Row row : table.getRows()) {
			html.writeStartElement("tr");
			element("th", row.getLabel());
			for (Cell cell : row.getCells()) {
				html.writeStartElement("td");
				String classes = (involved.getOrDefault(cell, "") + (cell.getCorrection() == null ? "" : " corrected")).strip();
				if (!classes.isEmpty()) {
					html.writeAttribute("class", classes);
				}
				if (cell.getCorrection() != null) {
					// the value the rules read, and what the file says beside it
					html.writeAttribute("title", Corrections.describe(cell));
					html.writeCharacters(cell.getValue().toPlainString() + "（原读“"
							+ (cell.getText() == null ? "" : cell.getText()) + "”）");
				} else {
					html.writeCharacters(cell.getText() == null ? "—" : cell.getText());
				}
				html.writeEndElement();
			}
			html.writeEndElement();
		}
		html.writeEndElement();
	}

	/** The line a range starts on, split around the range's characters (up to the end of that line). */
	private record Excerpt(int line, int column, String origin, String before, String marked, String after) {
	}

	private static Excerpt excerpt(Report report, LineMap lines, SourceRange range) {
		String text = report.getText();
		AuditResult.Location place = Results.location(report, range, lines);
		if (place == null) {
			return null;
		}
		int start = text.lastIndexOf('\n', Math.max(0, place.offset() - 1)) + 1;
		int lineEnd = text.indexOf('\n', place.offset());
		int end = lineEnd < 0 ? text.length() : lineEnd;
		int markEnd = Math.min(end, place.offset() + place.length());
		return new Excerpt(place.line(), place.column(), place.origin() == null ? null : place.origin().description(),
				text.substring(start, place.offset()),
				text.substring(place.offset(), markEnd), text.substring(markEnd, end));
	}

	private static String label(String severity) {
		return switch (severity) {
			case "error" -> "错误";
			case "warning" -> "警告";
			default -> "提示";
		};
	}

	private static String fact(Report report, FactKind kind) {
		return Objects.requireNonNullElse(report.factValue(kind), "—");
	}

	private void span(String cssClass, String text) throws XMLStreamException {
		html.writeStartElement("span");
		html.writeAttribute("class", cssClass);
		html.writeCharacters(text);
		html.writeEndElement();
	}

	private void element(String name, String text) throws XMLStreamException {
		html.writeStartElement(name);
		html.writeCharacters(text);
		html.writeEndElement();
	}

	/** For lambdas: the writer's checked exception as an unchecked one. */
	private interface XmlAction {
		void run() throws XMLStreamException;
	}

	private static void uncheck(XmlAction action) {
		try {
			action.run();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}
}
