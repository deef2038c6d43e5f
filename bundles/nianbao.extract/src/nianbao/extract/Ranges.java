// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import nianbao.model.ReportFactory;
import nianbao.model.SourceRange;
import nianbao.read.TextRange;

/**
 * Source ranges of the model, made from the readers' text ranges.
 */
final class Ranges {

	private Ranges() {
	}

	static SourceRange of(TextRange range) {
		SourceRange source = ReportFactory.eINSTANCE.createSourceRange();
		source.setOffset(range.offset());
		source.setLength(range.length());
		return source;
	}
}
