package nianbao.extract;

/**
 * Agency names as one body's reports of different years print them: the same body may write
 * "人力资源社会保障局" one year and "人力资源和社会保障局" the next.
 */
public final class Agencies {

	private Agencies() {
	}

	/** The name reduced to what identifies the body: normalised, without 和 between the two halves of a 局 name. */
	public static String key(String agency) {
		return Labels.normalize(agency).replace("人力资源和社会保障", "人力资源社会保障").replace("住房和城乡建设", "住房城乡建设")
				.replace("发展和改革", "发展改革");
	}
}
