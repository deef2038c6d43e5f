// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import nianbao.format.ide.server.FormatLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code nianbao lsp}: the format language's Language Server on standard input and output, started by an
 * editor (VS Code, Neovim, Emacs …) for {@code .nbformat} files.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the Language Server of the format language (.nbformat files) on standard input and output,",
				"for editors that speak LSP: the diagnostics, completion, hover, definition, quick fixes and formatting",
				"of the workbench's format editor. The official formats are part of every workspace." })
final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws IOException {
		// standard output carries the protocol: whatever else would print there goes to standard error
		PrintStream protocol = System.out;
		System.setOut(System.err);
		FormatLanguageServer.serve(System.in, protocol);
		return Main.CLEAN;
	}
}
