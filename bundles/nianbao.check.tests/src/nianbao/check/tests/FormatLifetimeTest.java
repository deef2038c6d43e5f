// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.check.Auditor;
import nianbao.check.ReportAudit;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import nianbao.formats.OfficialFormats;
import nianbao.testing.Samples;

/**
 * What the engine and the extractor compute from a format lives as long as the format's library: a
 * workbench that loads its formats again and again (a rule author saving a format file) keeps none of
 * the old ones.
 */
class FormatLifetimeTest {

	@Test
	void aLibraryNoLongerUsedIsCollectedWithItsFormats() throws Exception {
		WeakReference<Format> format = auditWithAFreshLibrary();
		for (int i = 0; i < 20 && format.get() != null; i++) {
			System.gc();
			Thread.sleep(50);
		}
		assertNull(format.get(), "a format of a library no longer used is still reachable");
	}

	/** A format of a library made, used for two audits and dropped. */
	private static WeakReference<Format> auditWithAFreshLibrary() throws Exception {
		FormatLibrary formats = FormatLibrary.load(OfficialFormats.sources());
		for (var report : List.of(Samples.textReports().getFirst(), Samples.wildReports().get(4))) {
			assertInstanceOf(ReportAudit.Assessed.class, new Auditor(formats).audit(report));
		}
		return new WeakReference<>(formats.byId("2021").orElseThrow());
	}
}
