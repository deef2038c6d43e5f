// SPDX-License-Identifier: EPL-2.0
package nianbao.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nianbao.format.FormatLibrary;
import nianbao.format.TableStructure;
import nianbao.format.language.Format;
import nianbao.format.language.Part;
import nianbao.format.language.Table;
import nianbao.formats.OfficialFormats;

/** The shipped formats load without errors and match format-spec §2 in shape. */
class OfficialFormatsTest {

	@Test
	void bothOfficialFormatsLoadWithoutErrors() throws Exception {
		assertEquals(List.of("2019-trial", "2021"),
				OfficialFormats.library().formats().stream().map(Format::getName).toList());
	}

	/**
	 * The formats the runner loads, compiled by the build, are those of the format files: every object,
	 * attribute and reference alike (a reference to an object of the same place in the other tree).
	 */
	@Test
	void theCompiledFormatsAreThoseOfTheFormatFiles() throws Exception {
		List<Format> fromSource = FormatLibrary.load(OfficialFormats.sources()).formats();
		List<Format> compiled = FormatLibrary.load(OfficialFormats.compiled(), List.of()).formats();
		assertEquals(fromSource.stream().map(Format::getName).toList(), compiled.stream().map(Format::getName).toList());
		for (int i = 0; i < fromSource.size(); i++) {
			assertTrue(new EcoreUtil.EqualityHelper().equals(fromSource.get(i), compiled.get(i)),
					fromSource.get(i).getName() + " differs from its compiled form; the build compiles it again");
		}
	}

	@ParameterizedTest
	@CsvSource({ "2019, 2019-trial", "2020, 2019-trial", "2021, 2021", "2025, 2021" })
	void theReportYearSelectsTheFormat(int year, String format) throws Exception {
		assertEquals(format, OfficialFormats.library().forYear(year).orElseThrow().getName());
	}

	@Test
	void noFormatBefore2019() throws Exception {
		assertEquals(Optional.empty(), OfficialFormats.library().forYear(2018));
	}

	@ParameterizedTest
	@CsvSource({ "2019-trial, 23", "2021, 25" })
	void table3HasTheRowsOfItsYearAndSevenColumns(String id, int rows) throws Exception {
		Table table = table(id, "表三");
		assertEquals(rows, TableStructure.leafRows(table).size());
		assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				TableStructure.leafColumns(table).stream().map(TableStructure::label).toList());
	}

	@ParameterizedTest
	@CsvSource({ "2019-trial", "2021" })
	void table4HasThreeBlocksOfFiveResults(String id) throws Exception {
		Table table = table(id, "表四");
		assertEquals(List.of("行政复议", "未经复议直接起诉", "复议后起诉"),
				TableStructure.leafRows(table).stream().map(TableStructure::label).toList());
		assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
				TableStructure.leafColumns(table).stream().map(TableStructure::label).toList());
	}

	@ParameterizedTest
	@CsvSource({ "2019-trial", "2021" })
	void sixPartsInOrder(String id) throws Exception {
		assertEquals(List.of("一", "二", "三", "四", "五", "六"), format(id).getParts().stream().map(Part::getName).toList());
	}

	private static Format format(String id) throws Exception {
		return OfficialFormats.library().byId(id).orElseThrow();
	}

	private static Table table(String id, String name) throws Exception {
		return format(id).getParts().stream().flatMap(p -> p.getTables().stream()).filter(t -> t.getName().equals(name))
				.findFirst().orElseThrow();
	}
}
