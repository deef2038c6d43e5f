// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Triage;
import nianbao.extract.Extraction;
import nianbao.model.FactKind;
import nianbao.model.Report;

/**
 * JUnit XML, as CI servers read it: a test suite per report and a test case per rule, each suite in
 * Maven Surefire's format (surefire-test-report-3.0.xsd), the suites inside one {@code testsuites}. A rule with a
 * finding fails (the failure lists every instance), a rule that could not be decided is skipped, a
 * report that could not be assessed has one test case in error. Findings an auditor dismissed do
 * not fail their rule: a rule with only dismissed findings is skipped, with the reason. The suite's
 * properties name the format, agency and year the report was read as.
 */
final class JunitOutput implements Output {

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final String SCHEMA = "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd";

	private final Decisions decisions;
	private XMLStreamWriter xml;

	JunitOutput(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void start(PrintWriter out) {
		try {
			xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuites");
			xml.writeAttribute("name", "nianbao audit");
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		try {
			Map<String, List<RuleOutcome>> byRule = new LinkedHashMap<>();
			// the reason of the first dismissed finding of each rule
			Map<String, String> dismissed = new LinkedHashMap<>();
			if (audit instanceof ReportAudit.Assessed assessed) {
				for (RuleOutcome outcome : assessed.outcomes()) {
					RuleOutcome counted = outcome;
					if (outcome instanceof RuleOutcome.Failed f) {
						Optional<Triage> triage = decisions.of(audit.source(), f.finding()).filter(Triage::dismissed);
						if (triage.isPresent()) {
							dismissed.putIfAbsent(f.finding().ruleId(), triage.get().reason());
							counted = new RuleOutcome.Passed(f.finding().ruleId(), f.finding().subject());
						}
					}
					byRule.computeIfAbsent(outcome.ruleId(), k -> new ArrayList<>()).add(counted);
				}
			}
			long failures = byRule.values().stream().filter(JunitOutput::failed).count();
			long skipped = byRule.entrySet().stream()
					.filter(r -> !failed(r.getValue()) && (undecided(r.getValue()) || dismissed.containsKey(r.getKey()))).count();
			boolean error = audit instanceof ReportAudit.NotAssessed;
			xml.writeCharacters("\n  ");
			xml.writeStartElement("testsuite");
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "noNamespaceSchemaLocation", SCHEMA);
			xml.writeAttribute("version", "3.0");
			xml.writeAttribute("name", audit.source().toString());
			xml.writeAttribute("tests", String.valueOf(error ? 1 : byRule.size()));
			xml.writeAttribute("failures", String.valueOf(failures));
			xml.writeAttribute("errors", error ? "1" : "0");
			xml.writeAttribute("skipped", String.valueOf(skipped));
			xml.writeAttribute("time", "0");
			properties(audit);
			String classname = audit.source().getFileName().toString();
			if (audit instanceof ReportAudit.NotAssessed not) {
				testcase(classname, "read");
				xml.writeStartElement("error");
				xml.writeAttribute("message", not.reason());
				xml.writeAttribute("type", "cannot-assess");
				xml.writeCharacters(audit.source() + ": " + not.reason());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			for (Map.Entry<String, List<RuleOutcome>> rule : byRule.entrySet()) {
				testcase(classname, rule.getKey());
				if (failed(rule.getValue())) {
					List<RuleOutcome.Failed> failed = rule.getValue().stream()
							.flatMap(o -> o instanceof RuleOutcome.Failed f ? Stream.of(f) : Stream.empty())
							.toList();
					xml.writeStartElement("failure");
					xml.writeAttribute("message", failed.getFirst().finding().message());
					xml.writeAttribute("type", failed.getFirst().finding().severity().label());
					Report report = ((ReportAudit.Assessed) audit).report();
					xml.writeCharacters(String.join("\n", failed.stream().map(f -> f.finding().message()
							+ (f.finding().restsOnCorrection() ? "（" + f.finding().correctionNote() + "）" : "")
							+ Optional.ofNullable(Results.origin(report, f.finding().range())).map(o -> "（原文 " + o + "）")
									.orElse(""))
							.toList()));
					xml.writeEndElement();
				} else if (undecided(rule.getValue())) {
					xml.writeEmptyElement("skipped");
					xml.writeAttribute("message", rule.getValue().stream()
							.flatMap(o -> o instanceof RuleOutcome.CannotAssess c ? Stream.of(c.reason()) : Stream.empty())
							.findFirst().orElse(""));
				} else if (dismissed.containsKey(rule.getKey())) {
					xml.writeEmptyElement("skipped");
					xml.writeAttribute("message", "dismissed: " + dismissed.get(rule.getKey()));
				}
				xml.writeEndElement();
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void finish(PrintWriter out) {
		try {
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			out.println();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	private void properties(ReportAudit audit) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("properties");
		if (audit instanceof ReportAudit.Assessed assessed) {
			Report report = assessed.report();
			property("format", report.getFormatId());
			property("agency", report.factValue(FactKind.AGENCY));
			property("reportYear", report.factValue(FactKind.REPORT_YEAR));
			property("extraction", Extraction.of(report).toString());
		}
		xml.writeEndElement();
	}

	private void property(String name, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeEmptyElement("property");
			xml.writeAttribute("name", name);
			xml.writeAttribute("value", value);
		}
	}

	private void testcase(String classname, String name) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("testcase");
		xml.writeAttribute("classname", classname);
		xml.writeAttribute("name", name);
		xml.writeAttribute("time", "0");
	}

	private static boolean failed(List<RuleOutcome> outcomes) {
		return outcomes.stream().anyMatch(o -> o instanceof RuleOutcome.Failed);
	}

	private static boolean undecided(List<RuleOutcome> outcomes) {
		return outcomes.stream().anyMatch(o -> o instanceof RuleOutcome.CannotAssess);
	}
}
