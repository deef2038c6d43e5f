// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nianbao.format.FormatMessages;
import nianbao.format.MessageParameters;
import nianbao.format.language.CheckMessage;
import nianbao.format.language.FormatFile;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.NamedCheck;
import nianbao.format.language.PartText;
import nianbao.format.language.Rule;
import nianbao.format.validation.FormatValidator;

@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatValidationTest {

	@Inject
	ParseHelper<FormatFile> parseHelper;

	@Inject
	ValidationTestHelper validation;

	@Inject
	Provider<XtextResourceSet> resources;

	private FormatFile parse(String rules) throws Exception {
		return parseHelper.parse("""
				format "t" {
				    part 三 "申请情况" {
				        table 表三 "申请情况" {
				            columns { column 自然人 column 其他 column 总计 }
				            rows {
				                row 新收 "一、新收"
				                group 办理结果 "三、办理结果" { row 予以公开 row 部分公开 }
				                row 结转 "四、结转"
				            }
				%s
				        }
				    }
				}
				""".formatted(rules));
	}

	@Test
	void theOfficialKindsOfRuleAreValid() throws Exception {
		validation.assertNoIssues(parse("""
				rule A error "m" : for each row r: r[总计] == sum(r[自然人 .. 其他])
				rule B error "m" : for each column c: 新收[c] == sum(办理结果[c]) + 结转[c]
				"""));
	}

	@Test
	void duplicateRuleIdsAreErrors() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : 新收[总计] == 结转[总计]
				rule A error "m" : 新收[自然人] == 结转[自然人]
				"""), LanguagePackage.Literals.RULE, FormatValidator.DUPLICATE_NAME,
				NLS.bind(FormatMessages.duplicateRule, "A", "t"));
	}

	@Test
	void aPhraseWithoutItsNumberOrWithAnOpenParenthesisIsAnError() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : narrative says "予以公开（的申请" == 新收[总计]
				"""), LanguagePackage.Literals.NARRATIVE, FormatValidator.BAD_PATTERN);
		validation.assertError(parse("""
				rule A error "m" : narrative says "予以公开若干件" == 新收[总计]
				"""), LanguagePackage.Literals.NARRATIVE, FormatValidator.BAD_PATTERN, FormatMessages.phraseNeedsNumber);
		validation.assertNoIssues(parse("""
				rule A error "m" : narrative says "予以公开（的申请）{数}件" == 新收[总计]
				rule B error "m" : if mentions says "全部办结/均已办结" then 结转[总计] == 0
				"""));
	}

	@Test
	void aRangeOutsideSumIsAnError() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : 新收[自然人 .. 其他] == 结转[总计]
				"""), LanguagePackage.Literals.CELL_REFERENCE, FormatValidator.RANGE_OUTSIDE_SUM);
	}

	@Test
	void aGroupOutsideSumIsAnError() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : 办理结果[总计] == 新收[总计]
				"""), LanguagePackage.Literals.CELL_REFERENCE, FormatValidator.RANGE_OUTSIDE_SUM);
	}

	@Test
	void aBackwardRangeIsAnError() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : 新收[总计] == sum(结转 .. 新收[总计])
				"""), LanguagePackage.Literals.CELL_REFERENCE, FormatValidator.EMPTY_RANGE, "the range is empty");
	}

	@Test
	void unknownRowsAndColumnsAreLinkingErrors() throws Exception {
		FormatFile file = parse("""
				rule A error "m" : 新收[法人] == 未知行[总计]
				""");
		validation.assertError(file, LanguagePackage.Literals.CELL_REFERENCE, Diagnostic.LINKING_DIAGNOSTIC, "法人");
		validation.assertError(file, LanguagePackage.Literals.CELL_REFERENCE, Diagnostic.LINKING_DIAGNOSTIC, "未知行");
	}

	@Test
	void aColumnInARowSlotIsNotFound() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : 自然人[总计] == 新收[总计]
				"""), LanguagePackage.Literals.CELL_REFERENCE, Diagnostic.LINKING_DIAGNOSTIC, "自然人");
	}

	@Test
	void aRowLoopVariableIsNotAColumn() throws Exception {
		validation.assertError(parse("""
				rule A error "m" : for each row r: 新收[r] == 结转[总计]
				"""), LanguagePackage.Literals.CELL_REFERENCE, Diagnostic.LINKING_DIAGNOSTIC, "r");
	}

	@Test
	void aRuleOutsideATableMustNameTheTable() throws Exception {
		FormatFile file = parseHelper.parse("""
				format "t" {
				    part 三 "申请情况" {
				        table 表三 "申请情况" {
				            columns { column 总计 }
				            rows { row 新收 row 结转 }
				        }
				    }
				    rule Q error "m" : 表三.新收[总计] == 表三.结转[总计]
				    rule U error "m" : 新收[总计] == 表三.结转[总计]
				}
				""");
		validation.assertError(file, LanguagePackage.Literals.CELL_REFERENCE, FormatValidator.UNQUALIFIED_OUTSIDE_TABLE,
				FormatMessages.unqualifiedOutsideTable);
		long unqualified = validation.validate(file).stream()
				.filter(i -> FormatValidator.UNQUALIFIED_OUTSIDE_TABLE.equals(i.getCode())).count();
		assertEquals(1, unqualified, "only rule U lacks the qualifier");
	}

	@Test
	void formatsBasedOnEachOtherInACircleAreAnError() throws Exception {
		FormatFile file = parseHelper.parse("""
				format "a" basedOn "b" { }
				format "b" basedOn "a" { }
				""");
		validation.assertError(file, LanguagePackage.Literals.FORMAT, FormatValidator.CYCLE, "based on itself");
	}

	@Test
	void amountsAndCountsDoNotMix() throws Exception {
		FormatFile file = parseHelper.parse("""
				format "t" {
				    part 二 "主动公开" {
				        table 表二 "收费" {
				            columns { column 件数 column 金额 amount in "万元" decimals 4 }
				            rows { row 行政事业性收费 }
				            rule A error "m" : 行政事业性收费[件数] + 行政事业性收费[金额] >= 0
				            rule B error "m" : 行政事业性收费[金额] >= 0.5 within 0.01
				        }
				    }
				}
				""");
		validation.assertError(file, LanguagePackage.Literals.COMPARISON, FormatValidator.MIXED_TYPES);
		assertEquals(1, validation.validate(file).size(), "rule B is fine");
	}

	@Test
	void patternsMustCompileAndNarrativesCaptureTheNumber() throws Exception {
		FormatFile file = parse("""
				rule A error "m" : narrative "收到申请\\\\d+件" == 新收[总计]
				rule B error "m" : if mentions "全部(办结" then 结转[总计] == 0
				""");
		validation.assertError(file, LanguagePackage.Literals.NARRATIVE, FormatValidator.BAD_PATTERN, FormatMessages.patternNeedsGroup);
		validation.assertError(file, LanguagePackage.Literals.MENTION, FormatValidator.BAD_PATTERN,
				FormatMessages.badPattern.substring(0, FormatMessages.badPattern.indexOf("{0}")));
	}

	@Test
	void yearsAndDeadlinesMustMakeSense() throws Exception {
		FormatFile file = parseHelper.parse("""
				format "t" {
				    years 2021..2019
				    deadline department 2-30
				    part 一 "总体情况"
				    rule A error "m" from 2023 until 2021 : part 一 matches "x"
				}
				""");
		validation.assertError(file, LanguagePackage.Literals.YEAR_RANGE, FormatValidator.BAD_YEARS);
		validation.assertError(file, LanguagePackage.Literals.DEADLINE, FormatValidator.BAD_DATE, "2-30");
		validation.assertError(file, LanguagePackage.Literals.RULE, FormatValidator.BAD_YEARS);
	}

	@Test
	void aRuleActiveOutsideItsFormatsYearsNeverApplies() throws Exception {
		FormatFile file = parseHelper.parse("""
				format "t" {
				    years 2019..2020
				    part 五 "存在的主要问题及改进情况"
				    rule A warning "m" from 2021 : part 五 matches "改进"
				    rule B warning "m" until 2020 : part 五 matches "改进"
				}
				""");
		validation.assertWarning(file, LanguagePackage.Literals.RULE, FormatValidator.NEVER_APPLIES,
				FormatMessages.neverApplies.substring(0, FormatMessages.neverApplies.indexOf("{0}")));
		assertEquals(1, validation.validate(file).size(), "rule B applies in 2019 and 2020");
	}

	@Test
	void aRuleNamesADeclaredCheckWhoseNameMayHoldKeywords() throws Exception {
		FormatFile file = parseHelper.parse("""
				check part-in-order "各部分依次排列" {
				    message 错位(编号, 位置) "第{编号}部分排在第 {位置} 位"
				}
				format "t" {
				    part 五 "存在的主要问题及改进情况"
				    rule A warning "{detail}" : part-in-order
				    rule B warning "m" : part 五 matches "改进"
				}
				""");
		validation.assertNoIssues(file);
		List<Rule> rules = file.getFormats().getFirst().getRules();
		assertSame(file.getChecks().getFirst(), assertInstanceOf(NamedCheck.class, rules.get(0).getCheck()).getCheck());
		assertInstanceOf(PartText.class, rules.get(1).getCheck());
	}

	@Test
	void aCheckMessageHasItsOwnNameAndUsesOnlyItsParameters() throws Exception {
		FormatFile file = parseHelper.parse("""
				check c "d" {
				    message 错位(编号) "第{编号}部分排在第 {位置} 位"
				    message 错位 "又一条"
				    message 无参数 "{编号}"
				}
				""");
		validation.assertError(file, LanguagePackage.Literals.CHECK_MESSAGE, FormatValidator.UNKNOWN_PARAMETER,
				NLS.bind(FormatMessages.unknownCheckParameter, "{位置}", "编号"));
		validation.assertError(file, LanguagePackage.Literals.CHECK_MESSAGE, FormatValidator.DUPLICATE_NAME,
				NLS.bind(FormatMessages.duplicateCheckMessage, "错位", "c"));
		validation.assertError(file, LanguagePackage.Literals.CHECK_MESSAGE, FormatValidator.UNKNOWN_PARAMETER,
				NLS.bind(FormatMessages.unknownCheckParameter, "{编号}", FormatMessages.noParameters));
		assertEquals(3, validation.validate(file).size());
	}

	/** The engine fills a message's parameters in one pass: a value that reads like a parameter stays as given. */
	@Test
	void aCheckMessagesParametersAreFilledOnce() throws Exception {
		FormatFile file = parseHelper.parse("check c \"d\" { message m(表, 行) \"{表} “{行}”行，{其他}\" }");
		CheckMessage message = file.getChecks().getFirst().getMessages().getFirst();
		assertEquals("表三 “{表}”行，{其他}", MessageParameters.fill(message, "表三", "{表}"));
		assertEquals(List.of("{其他}"), MessageParameters.unknown(message));
	}

	/** An author may declare an official check again, to word its messages otherwise, but not one of their own. */
	@Test
	void aCheckIsDeclaredOnceExceptToRewordAnOfficialOne() throws Exception {
		ResourceSet set = resources.get();
		parseHelper.parse("check c \"官方\" { message m \"一\" }", URI.createPlatformPluginURI("nianbao.formats/formats/checks.nbformat", true), set);
		FormatFile reworded = parseHelper.parse("check c \"改写\" { message m \"二\" }", URI.createFileURI("/authors/a.nbformat"), set);
		validation.assertNoIssues(reworded);
		FormatFile again = parseHelper.parse("check c \"又一次\" { message m \"三\" }", URI.createFileURI("/authors/b.nbformat"), set);
		validation.assertError(again, LanguagePackage.Literals.CHECK_DECLARATION, FormatValidator.DUPLICATE_CHECK,
				NLS.bind(FormatMessages.checkDeclaredElsewhere, "c", "a.nbformat"));
	}
}
