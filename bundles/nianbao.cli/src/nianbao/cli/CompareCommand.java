// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import nianbao.format.FormatDifferences;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao compare FROM TO}: what format TO changes of format FROM. */
@Command(name = "compare", mixinStandardHelpOptions = true,
		description = { "Lists what format TO changes of format FROM: years and notice, parts, tables, rows, columns and",
				"rules added (+), removed (-) or changed (~), as the formats take effect (with what they inherit).",
				"For example: nianbao compare 2019-trial 2021" })
final class CompareCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FROM", description = "The format compared with.")
	private String from;

	@Parameters(index = "1", paramLabel = "TO", description = "The format whose changes are listed.")
	private String to;

	@Mixin
	private FormatsOption formatsOption;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		FormatLibrary formats;
		try {
			formats = formatsOption.library();
		} catch (FormatException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		}
		Format before = formats.byId(from).orElse(null);
		Format after = formats.byId(to).orElse(null);
		if (before == null || after == null) {
			err.println("nianbao: no format named \"" + (before == null ? from : to) + "\"; the formats are "
					+ String.join(", ", formats.formats().stream().map(Format::getName).toList()));
			return Main.TROUBLE;
		}
		List<FormatDifferences.Difference> differences = FormatDifferences.between(before, after);
		differences.forEach(out::println);
		err.println(differences.size() + " difference(s) from " + from + " to " + to);
		return Main.CLEAN;
	}
}
