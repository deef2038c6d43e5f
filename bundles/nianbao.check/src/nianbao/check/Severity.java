// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

/**
 * How serious a finding is, most serious first.
 */
public enum Severity {
	ERROR, WARNING, INFO;

	/** The severity of a format rule. */
	public static Severity of(nianbao.format.language.Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		};
	}

	/** The lower-case name used in outputs: error, warning, info. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
