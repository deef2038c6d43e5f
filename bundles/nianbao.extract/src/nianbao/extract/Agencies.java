// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.regex.Pattern;

/**
 * Agency names as one body's reports of different years print them: the same body may write
 * "人力资源社会保障局" one year and "人力资源和社会保障局" the next.
 */
public final class Agencies {

	/** A place name: a few Chinese characters ending in one of these. */
	private static final Pattern PLACE = Pattern
			.compile("[\\p{IsHan}]{1,8}?(?:示范区|自治州|自治县|自治区|新区|开发区|省|市|县|区|州|盟|旗|镇|乡|街道)");

	private Agencies() {
	}

	/** Whether an agency name starts with its place ("海盐县…"); "人力资源和社会保障局" does not. */
	public static boolean startsWithPlace(String agency) {
		return PLACE.matcher(agency).lookingAt();
	}

	/** Whether a text is a place name and nothing more ("济源示范区"). */
	public static boolean isPlace(String text) {
		return PLACE.matcher(text).matches();
	}

	/** The name reduced to what identifies the body: normalised, without 和 between the two halves of a 局 name. */
	public static String key(String agency) {
		return Labels.normalize(agency).replace("人力资源和社会保障", "人力资源社会保障").replace("住房和城乡建设", "住房城乡建设")
				.replace("发展和改革", "发展改革");
	}
}
