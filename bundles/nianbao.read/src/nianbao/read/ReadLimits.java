// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits every reader runs under, so that one hostile or broken file cannot take the batch's time or
 * memory: a file that exceeds one is not read ({@link ReadException}) with a sentence naming the limit
 * and how to raise it. The defaults are far above any real annual report (a few hundred table rows,
 * a few thousand glyphs a page, a few megabytes unpacked). POI holds a Word document or an Excel sheet in
 * memory at many times its XML's size, so the unpacked size is what bounds the memory of those files.
 *
 * @param time     seconds the reading of one file may take (and, in a batch, its whole audit)
 * @param rows     table rows in one file
 * @param cells    table cells in one file
 * @param glyphs   glyphs on one PDF page
 * @param unpacked megabytes a Word or Excel file (a zip package) may unpack to
 * @param depth    levels of nested elements in HTML and in the XML of Word and Excel files
 */
public record ReadLimits(int time, int rows, int cells, int glyphs, int unpacked, int depth) {

	/** The limits a run has unless told otherwise. */
	public static final ReadLimits DEFAULTS = new ReadLimits(60, 10_000, 200_000, 100_000, 50, 250);

	/** What each limit counts, by its name; in the order of the record's components. */
	private static final Map<String, String> MEANINGS = meanings();

	/** Every limit must be at least 1: a limit of 0 would refuse every file. */
	public ReadLimits {
		for (int value : new int[] { time, rows, cells, glyphs, unpacked, depth }) {
			if (value < 1) {
				throw new IllegalArgumentException("a limit must be at least 1, not " + value);
			}
		}
	}

	/** The names of the limits, as {@code --limit NAME=VALUE} takes them. */
	public static List<String> names() {
		return List.copyOf(MEANINGS.keySet());
	}

	/** What the limit of that name counts, for help texts ("table rows in one file"). */
	public static String meaning(String name) {
		return MEANINGS.get(name);
	}

	/** The value of the limit of that name. */
	public int get(String name) {
		return switch (name) {
			case "time" -> time;
			case "rows" -> rows;
			case "cells" -> cells;
			case "glyphs" -> glyphs;
			case "unpacked" -> unpacked;
			case "depth" -> depth;
			default -> throw new IllegalArgumentException(unknown(name));
		};
	}

	/**
	 * These limits with one setting changed, given as {@code NAME=VALUE}.
	 *
	 * @throws IllegalArgumentException with a sentence for the user if the setting is not of that form,
	 *                                  names no limit or has a value that is not a whole number from 1
	 */
	public ReadLimits with(String setting) {
		int equals = setting.indexOf('=');
		if (equals < 0) {
			throw new IllegalArgumentException("a limit is given as NAME=VALUE (such as glyphs=200000), not \"" + setting + "\"");
		}
		String name = setting.substring(0, equals).strip();
		String text = setting.substring(equals + 1).strip();
		if (!MEANINGS.containsKey(name)) {
			throw new IllegalArgumentException(unknown(name));
		}
		int value;
		try {
			value = Integer.parseInt(text);
		} catch (NumberFormatException e) {
			value = 0;
		}
		if (value < 1) {
			throw new IllegalArgumentException("the limit " + name + " must be a whole number from 1 to "
					+ Integer.MAX_VALUE + ", not \"" + text + "\"");
		}
		return new ReadLimits(name.equals("time") ? value : time, name.equals("rows") ? value : rows,
				name.equals("cells") ? value : cells, name.equals("glyphs") ? value : glyphs,
				name.equals("unpacked") ? value : unpacked, name.equals("depth") ? value : depth);
	}

	/** The defaults with the settings ({@code NAME=VALUE}) applied in order; a later one wins. */
	public static ReadLimits of(List<String> settings) {
		ReadLimits limits = DEFAULTS;
		for (String setting : settings) {
			limits = limits.with(setting);
		}
		return limits;
	}

	/**
	 * The end of a reason that the limit of that name was exceeded, saying how to raise it:
	 * " (limit glyphs=100000; raise with --limit glyphs=N)".
	 */
	public String raise(String name) {
		return " (limit " + name + "=" + get(name) + "; raise with --limit " + name + "=N)";
	}

	private static String unknown(String name) {
		return "there is no limit \"" + name + "\"; the limits are " + String.join(", ", MEANINGS.keySet());
	}

	private static Map<String, String> meanings() {
		Map<String, String> meanings = new LinkedHashMap<>();
		meanings.put("time", "seconds to read and audit one report");
		meanings.put("rows", "table rows in one file");
		meanings.put("cells", "table cells in one file");
		meanings.put("glyphs", "glyphs on one PDF page");
		meanings.put("unpacked", "megabytes a Word or Excel file may unpack to");
		meanings.put("depth", "levels of nested elements in HTML, Word and Excel files");
		return meanings;
	}
}
