// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import nianbao.cli.Main;

/** One run of the command line in this JVM: its exit code and what it printed on each stream. */
record CommandRun(int exitCode, String out, String err) {

	/** Runs the command line with these arguments, capturing standard output and error. */
	static CommandRun of(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int code = Main.run(args);
			return new CommandRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		} finally {
			System.setOut(out);
			System.setErr(err);
		}
	}
}
