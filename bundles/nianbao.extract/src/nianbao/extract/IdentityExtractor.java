// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.model.Fact;
import nianbao.model.FactKind;
import nianbao.model.ReportFactory;
import nianbao.read.TextRange;

/**
 * Reads a report's identity: title, issuing agency, report year, statistical period and the date it
 * was signed or published.
 */
final class IdentityExtractor {

	/**
	 * "<year>年(度)政府信息公开工作年度报告", as titles and attachment names print it after the agency. The
	 * pattern starts at the year, so that it is tried only where digits are; the agency is read backwards.
	 */
	private static final Pattern TITLE = Pattern.compile(
			"((?:19|20)\\d{2})\\s*年\\s*度?\\s*(?:政\\s*府\\s*)?信\\s*息\\s*公\\s*开\\s*(?:工\\s*作\\s*)?(?:年\\s*度\\s*)?(?:报\\s*告|总\\s*结)");
	private static final int MAX_AGENCY = 40;
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");
	private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
	private static final Pattern CHINESE_DATE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
	private static final Pattern PERIOD = Pattern.compile(DATE.pattern() + "\\s*[至到—\\-－~～]+\\s*" + DATE.pattern());
	/** Words of running text that no place name contains. */
	private static final Pattern NOT_A_PLACE = Pattern.compile("通过|全年|本年|今年|我|本局|本机关|由|在|对|与|及|的|了|等");
	/** Short names by which reports call common agencies, to find the place in front of them. */
	private static final Map<String, List<String>> SHORT_NAMES = Map.of(
			"人力资源和社会保障局", List.of("人社局", "人力资源社会保障局"),
			"发展和改革委员会", List.of("发改委"),
			"住房和城乡建设局", List.of("住建局"),
			"市场监督管理局", List.of("市场监管局"));

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;

	private IdentityExtractor() {
	}

	static List<Fact> extract(String text) {
		List<Fact> facts = new ArrayList<>();
		Matcher title = TITLE.matcher(text);
		Integer year = null;
		if (title.find()) {
			int agencyStart = agencyStart(text, title.start());
			String agency = text.substring(agencyStart, title.start()).replaceAll("\\s", "");
			facts.add(fact(FactKind.TITLE, text.substring(agencyStart, title.end()).replaceAll("\\s+", ""),
					new TextRange(agencyStart, title.end() - agencyStart)));
			year = Integer.valueOf(title.group(1));
			facts.add(fact(FactKind.REPORT_YEAR, title.group(1), new TextRange(title.start(1), 4)));
			if (!agency.isEmpty()) {
				String withPlace = Agencies.startsWithPlace(agency) ? agency : placeFromBody(text, agency);
				facts.add(fact(FactKind.AGENCY, withPlace, new TextRange(agencyStart, title.start() - agencyStart)));
			}
		}
		if (year == null) {
			Matcher m = YEAR.matcher(text.substring(0, Math.min(text.length(), 2000)));
			if (m.find()) {
				facts.add(fact(FactKind.REPORT_YEAR, m.group(1), new TextRange(m.start(1), 4)));
			}
		}
		Matcher period = PERIOD.matcher(text);
		if (period.find()) {
			facts.add(fact(FactKind.PERIOD_START, iso(period.group(1), period.group(2), period.group(3)),
					new TextRange(period.start(1), period.end(3) - period.start(1))));
			facts.add(fact(FactKind.PERIOD_END, iso(period.group(4), period.group(5), period.group(6)),
					new TextRange(period.start(4), period.end() - period.start(4))));
		}
		Fact published = signatureDate(text);
		if (published != null) {
			facts.add(published);
		}
		return facts;
	}

	/** Where the agency in front of a title starts: Chinese characters, brackets and spaces on the same line. */
	private static int agencyStart(String text, int titleStart) {
		int start = titleStart;
		while (start > 0 && titleStart - start < MAX_AGENCY) {
			char c = text.charAt(start - 1);
			if (!(Character.isIdeographic(c) || "（）() \t\u3000".indexOf(c) >= 0)) {
				break;
			}
			start--;
		}
		while (start < titleStart && Character.isWhitespace(text.charAt(start)) || start < titleStart && text.charAt(start) == '\u3000') {
			start++;
		}
		return start;
	}

	/** The agency with its place, found where the body names it ("济源示范区人社局"); else as printed. */
	private static String placeFromBody(String text, String agency) {
		List<String> names = new ArrayList<>(SHORT_NAMES.getOrDefault(agency, List.of()));
		names.addFirst(agency);
		for (String name : names) {
			for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
				// the Chinese characters right before the name, as a whole: a place must start them
				// ("“济源示范区人社局”") and be a name, not a phrase ending in 市 or 区 ("全年通过市人社局")
				int start = at;
				while (start > 0 && at - start < 10 && Character.isIdeographic(text.charAt(start - 1))) {
					start--;
				}
				String place = text.substring(start, at);
				if (Agencies.isPlace(place) && !NOT_A_PLACE.matcher(place).find()) {
					return place + agency;
				}
			}
		}
		return agency;
	}

	/** The last date that stands alone on one of the last lines: the signature date. */
	private static Fact signatureDate(String text) {
		String[] lines = text.split("\n", -1);
		int offset = text.length();
		for (int i = lines.length - 1, seen = 0; i >= 0 && seen < 12; i--) {
			offset -= lines[i].length() + (i < lines.length - 1 ? 1 : 0);
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			seen++;
			int at = offset + lines[i].indexOf(line);
			Matcher m = DATE.matcher(line);
			if (m.matches()) {
				return fact(FactKind.PUBLISHED_DATE, iso(m.group(1), m.group(2), m.group(3)), new TextRange(at, line.length()));
			}
			Matcher c = CHINESE_DATE.matcher(line.replaceAll("\\s", ""));
			if (c.matches()) {
				String iso = iso(String.valueOf(ChineseNumerals.digits(c.group(1))),
						String.valueOf(ChineseNumerals.value(c.group(2))), String.valueOf(ChineseNumerals.value(c.group(3))));
				return fact(FactKind.PUBLISHED_DATE, iso, new TextRange(at, line.length()));
			}
		}
		return null;
	}

	private static String iso(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
		} catch (DateTimeException | NumberFormatException e) {
			return year + "-" + month + "-" + day;
		}
	}

	private static Fact fact(FactKind kind, String value, TextRange range) {
		Fact fact = FACTORY.createFact();
		fact.setKind(kind);
		fact.setValue(value);
		fact.setRange(Ranges.of(range));
		return fact;
	}
}
