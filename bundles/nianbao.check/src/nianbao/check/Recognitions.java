// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nianbao.extract.Origins;
import nianbao.model.PageArea;
import nianbao.model.Recognition;
import nianbao.model.Report;
import nianbao.model.SourceRange;

/**
 * What a rule violation found in text read by OCR rests on. A violation is reported only where OCR read
 * every cell and statement it involves with confidence; otherwise the rule cannot be assessed, with the
 * OCR readings in the reason. A violation that involves no cell or statement (a row, a part or a phrase
 * the report lacks, a label printed otherwise) cannot be told from a misreading at all.
 */
final class Recognitions {

	/** The OCR confidence from which a word read from an image counts as read. */
	static final double SURE = 70;
	private Recognitions() {
	}

	/** Whether any of the report's text was read by OCR. */
	static boolean recognised(Report report) {
		return !report.getRecognitions().isEmpty();
	}

	/**
	 * Why a violation found in a report read by OCR cannot be trusted, or empty if it can (or the
	 * report was not read by OCR).
	 */
	static Optional<String> doubt(Report report, Verdict.Violated violated) {
		if (!recognised(report)) {
			return Optional.empty();
		}
		List<Operand> read = violated.operands().stream().filter(o -> o.range() != null || o.corrected()).toList();
		if (read.isEmpty()) {
			// a word that OCR dropped or misread leaves no trace in its confidence (予 and 子 differ by
			// a stroke, an enumerator's "1." may be lost)
			return Optional.of("the report was read by OCR from a scan, on which a missing or differently worded item "
					+ "cannot be told from a misreading");
		}
		List<String> doubts = new ArrayList<>();
		for (Operand operand : read) {
			if (operand.corrected()) {
				// the auditor read this cell on the page
				continue;
			}
			Report source = operand.cell() == null ? report : containing(operand.cell());
			double least = least(source, operand.range());
			if (operand.segmented() && recognised(source)) {
				// digits of several cells read as one: OCR lost the gaps, or cells
				doubts.add(operand.label() + " read by OCR as digits of several cells run together");
			} else if (least < SURE) {
				doubts.add(operand.label() + " read by OCR as “" + text(source, operand.range()) + "” with confidence "
						+ Math.round(least) + (operand.cell() != null && Origins.of(operand.cell()) instanceof PageArea area
								? " on page " + area.getPage() : ""));
			}
		}
		return doubts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", doubts));
	}

	private static String text(Report report, SourceRange range) {
		return report.getText().substring(range.getOffset(), range.getOffset() + range.getLength());
	}

	/** The least confidence of the words OCR read in a range of a report's text; 100 where none was read. */
	static double least(Report report, SourceRange range) {
		double least = 100;
		int end = range.getOffset() + range.getLength();
		for (Recognition word : report.getRecognitions()) {
			SourceRange at = word.getRange();
			if (at.getOffset() < end && range.getOffset() < at.getOffset() + at.getLength()) {
				least = Math.min(least, word.getConfidence());
			}
		}
		return least;
	}

	private static Report containing(EObject object) {
		EObject container = object;
		while (container != null && !(container instanceof Report)) {
			container = container.eContainer();
		}
		return (Report) container;
	}
}
