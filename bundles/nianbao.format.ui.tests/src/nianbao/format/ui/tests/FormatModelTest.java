// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.format.FormatMessages;
import nianbao.format.FormatLibrary;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.model.Analysis;
import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.model.Neighbours;
import nianbao.format.ui.model.Problem;
import nianbao.format.ui.navigation.Symbol;
import nianbao.formats.OfficialFormats;

/** The editor's model of a file, without a workbench: what it links to, and the problems it finds. */
class FormatModelTest {

	private static FormatModel model(Path file, Neighbours neighbours) {
		return new FormatModel(FormatUi.injector(), URI.createFileURI(file.toAbsolutePath().toString()), neighbours);
	}

	private static Neighbours neighbour(Path file, AtomicLong stamp) {
		return () -> List.of(new Neighbours.Neighbour(FormatLibrary.Source.of(file), stamp.get()));
	}

	@Test
	void aFormatBasedOnAnOfficialOneLinksToItAndToWhatItInherits(@TempDir Path dir) {
		String text = "format \"own\" basedOn \"2021\" {\n    years 2030..\n    omit rule T3-FEE\n}\n";
		FormatModel model = model(dir.resolve("own.nbformat"), Neighbours.NONE);
		assertEquals(List.of(), model.analyse(text, CancelIndicator.NullImpl).problems());

		Symbol base = model.read(text, r -> Symbol.at(r, text.indexOf("2021"))).orElseThrow();
		assertTrue(base.reference());
		assertEquals("platform:/plugin/nianbao.formats/formats/2021.nbformat", base.declaration().uri().toString());
		assertEquals("格式 2021：国办公开办函〔2021〕30号\n适用于 2021 年起的报告\n来自 2021.nbformat", base.description());
		Symbol rule = model.read(text, r -> Symbol.at(r, text.indexOf("T3-FEE") + 1)).orElseThrow();
		assertTrue(rule.description().startsWith("规则 T3-FEE（warning）\n消息：表三有申请人逾期未缴费"), rule.description());
	}

	/** "Compare with another format": what the file's format changes of one the editor sees. */
	@Test
	void theFilesFormatIsComparedWithAnotherItSees(@TempDir Path dir) {
		String text = "format \"own\" basedOn \"2021\" {\n    years 2030..\n    omit rule T3-FEE\n}\n";
		FormatModel model = model(dir.resolve("own.nbformat"), Neighbours.NONE);
		assertEquals(Optional.of("own"), model.formatName(text));
		assertEquals(List.of("2019-trial", "2021"), model.otherFormats(text));
		assertEquals(List.of("~ 格式 年份：2021.. → 2030..", "- 规则 T3-FEE"), model.compare(text, "2021").orElseThrow().stream()
				.map(Object::toString).toList());
		assertEquals(Optional.empty(), model.compare(text, "不存在"));
	}

	@Test
	void aNeighbourTakesThePlaceOfTheOfficialFormatOfTheSameName(@TempDir Path dir) throws Exception {
		Path mine = Files.writeString(dir.resolve("2021.nbformat"),
				"format \"2021\" {\n    rule MINE info \"m\" : title-complete\n}\n", StandardCharsets.UTF_8);
		String text = "format \"own\" basedOn \"2021\" {\n    omit rule MINE\n}\n";
		FormatModel model = model(dir.resolve("own.nbformat"), neighbour(mine, new AtomicLong(1)));
		assertEquals(List.of(), model.analyse(text, CancelIndicator.NullImpl).problems());
		Symbol rule = model.read(text, r -> Symbol.at(r, text.indexOf("MINE"))).orElseThrow();
		assertEquals(URI.createFileURI(mine.toString()), rule.declaration().uri());
		assertEquals("规则 MINE（info）\n消息：m\n来自 2021.nbformat", rule.description());
	}

	@Test
	void aNeighbourIsReadAgainWhenItChanges(@TempDir Path dir) throws Exception {
		Path base = Files.writeString(dir.resolve("base.nbformat"), "format \"base\" {\n}\n", StandardCharsets.UTF_8);
		AtomicLong stamp = new AtomicLong(1);
		String text = "format \"own\" basedOn \"base\" {\n    omit rule LATER\n}\n";
		FormatModel model = model(dir.resolve("own.nbformat"), neighbour(base, stamp));
		assertEquals(List.of(NLS.bind(FormatMessages.noSuchRule, "LATER")),
				model.analyse(text, CancelIndicator.NullImpl).problems().stream().map(Problem::message).toList());

		Files.writeString(base, "format \"base\" {\n    rule LATER info \"m\" : title-complete\n}\n", StandardCharsets.UTF_8);
		stamp.incrementAndGet();
		assertEquals(List.of(), model.analyse(text, CancelIndicator.NullImpl).problems());
	}

	/**
	 * One error per problem, at the name's characters, also while the headless library (another injector
	 * of the same language, which registers its validator too) is in use.
	 */
	@Test
	void anUnknownRowIsOneErrorAtItsName(@TempDir Path dir) throws Exception {
		OfficialFormats.library();
		String text = Official.localCopy().replace("新收[c] + 上年结转[c]", "新收[c] + 上年转结[c]");
		Analysis analysis = model(dir.resolve("2021.nbformat"), Neighbours.NONE).analyse(text, CancelIndicator.NullImpl);
		int at = text.indexOf("上年转结");
		assertEquals(List.of(new Problem(Severity.ERROR, NLS.bind(FormatMessages.noSuchRow, "表三", "上年转结"), at, 4,
				"org.eclipse.xtext.diagnostics.Diagnostic.Linking")), analysis.problems());
	}

	@Test
	void aMissingClosingBraceIsMarkedOnTheLastCharacter(@TempDir Path dir) {
		String text = "format \"own\" {\n    years 2030..\n";
		List<Problem> problems = model(dir.resolve("own.nbformat"), Neighbours.NONE).analyse(text, CancelIndicator.NullImpl)
				.problems();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.ERROR, problems.getFirst().severity());
		assertEquals(text.length() - 1, problems.getFirst().offset());
		assertEquals(1, problems.getFirst().length());
	}

	/** The official file as the editor opens it (read-only, from the tool's bundle). */
	@Test
	void theOfficialFileIsClean() {
		FormatModel official = new FormatModel(FormatUi.injector(),
				URI.createPlatformPluginURI("nianbao.formats/" + Official.FILE, true), Neighbours.NONE);
		Analysis analysis = official.analyse(Official.text2021(), CancelIndicator.NullImpl);
		assertEquals(List.of(), analysis.problems());
		assertTrue(analysis.highlights().size() > 100, "rule ids, rows, columns and variables are highlighted");
	}
}
