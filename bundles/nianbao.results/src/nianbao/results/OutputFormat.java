// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

/**
 * The formats audit results are written in; lower case, as {@code nianbao audit --format} names them.
 */
public enum OutputFormat {
	text, json, sarif, junit, csv, xlsx, html
}
