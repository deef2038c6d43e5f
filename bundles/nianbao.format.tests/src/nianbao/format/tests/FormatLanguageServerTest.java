// SPDX-License-Identifier: EPL-2.0
package nianbao.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.format.FormatMessages;
import nianbao.format.ide.server.FormatLanguageServer;

/**
 * The Language Server as an editor meets it: a client speaks LSP (JSON-RPC, as over standard input and
 * output) to {@link FormatLanguageServer#serve}, opens a rule author's format file based on the official
 * 2021 format and asks for what the workbench's editor shows: diagnostics, a quick fix, hover, definition,
 * completion and formatting; then shuts the server down.
 */
class FormatLanguageServerTest {

	private static final long WAIT = 60;

	private static final String TEXT = """
			format "本地" basedOn "2021" {
			years 2023..
			    rule L-1 error "新收不应为负" : 表三.新收x[总计] >= 0
			    rule L-2 info "{detail}" : parts-in-order
			}
			""";

	@TempDir
	Path dir;

	/** What the server sends the client unasked. */
	private static final class Client implements LanguageClient {

		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
		/** The last diagnostics published for each file, empty ones too. */
		final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			latest.put(params.getUri(), params);
			diagnostics.add(params);
		}

		@Override
		public void telemetryEvent(Object object) {
			// not asked for
		}

		@Override
		public void showMessage(MessageParams params) {
			// not asked for
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
			// not asked for
		}

		/** The first non-empty diagnostics published for a file whose URI ends with {@code name}. */
		PublishDiagnosticsParams of(String name) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
			while (System.nanoTime() < end) {
				PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
				if (params != null && params.getUri().endsWith(name) && !params.getDiagnostics().isEmpty()) {
					return params;
				}
			}
			throw new AssertionError("no diagnostics for " + name);
		}

		/** The diagnostics last published for a file whose URI ends with {@code name}, waiting for the first. */
		List<Diagnostic> latestOf(String name) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
			while (System.nanoTime() < end) {
				for (PublishDiagnosticsParams params : latest.values()) {
					if (params.getUri().endsWith(name)) {
						return params.getDiagnostics();
					}
				}
				Thread.sleep(100);
			}
			throw new AssertionError("nothing published for " + name);
		}
	}

	@Test
	void aFormatFileIsEditedOverLsp() throws Exception {
		Files.writeString(dir.resolve("local.nbformat"), TEXT, StandardCharsets.UTF_8);
		// an official check declared again, to reword it: as the workbench does, the server takes it
		Files.writeString(dir.resolve("rewording.nbformat"), """
				check title-complete "标题写明机关与年度" {
				    message 无标题 "没有标题"
				    message 未称年度报告 "标题未称年度报告"
				    message 未写所在地 "机关未写所在地"
				}
				""", StandardCharsets.UTF_8);
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		InputStream serverIn = Channels.newInputStream(toServer.source());
		OutputStream serverOut = Channels.newOutputStream(toClient.sink());
		CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
			try {
				FormatLanguageServer.serve(serverIn, serverOut);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		Client editor = new Client();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(editor, Channels.newInputStream(toClient.source()),
				Channels.newOutputStream(toServer.sink()));
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "authors")));
		ClientCapabilities client = new ClientCapabilities();
		client.setWorkspace(new WorkspaceClientCapabilities());
		client.getWorkspace().setWorkspaceFolders(true);
		init.setCapabilities(client);
		InitializeResult result = server.initialize(init).get(WAIT, TimeUnit.SECONDS);
		var capabilities = result.getCapabilities();
		assertTrue(capabilities.getHoverProvider() != null && capabilities.getDefinitionProvider() != null
				&& capabilities.getDocumentFormattingProvider() != null && capabilities.getCodeActionProvider() != null
				&& capabilities.getCompletionProvider() != null, capabilities.toString());
		server.initialized(new InitializedParams());

		// the file is validated when the workspace is built, against the official formats
		PublishDiagnosticsParams published = editor.of("local.nbformat");
		List<Diagnostic> diagnostics = published.getDiagnostics();
		assertEquals(List.of(NLS.bind(FormatMessages.noSuchRow, "表三", "新收x")), diagnostics.stream()
				.map(d -> d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue()).toList());
		assertEquals(List.of(), editor.latestOf("rewording.nbformat"));
		String uri = published.getUri();
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nbformat", 1, TEXT)));

		// the quick fix of the unknown row
		Diagnostic unknown = diagnostics.getFirst();
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(document, unknown.getRange(), new CodeActionContext(List.of(unknown))))
				.get(WAIT, TimeUnit.SECONDS);
		CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().equals(NLS.bind(FormatMessages.fixUseName, "新收"))).findFirst()
				.orElseThrow(() -> new AssertionError(actions.toString()));
		Map<String, List<TextEdit>> changes = fix.getEdit().getChanges();
		assertEquals(List.of("新收"), changes.get(uri).stream().map(TextEdit::getNewText).toList());

		// hover over the official table, as the workbench describes it
		var hover = server.getTextDocumentService().hover(new HoverParams(document, at(TEXT, "表三.新收x", 0)))
				.get(WAIT, TimeUnit.SECONDS);
		String shown = hover.getContents().getRight().getValue();
		assertTrue(shown.startsWith("表 表三：") && shown.contains("来自 2021.nbformat"), shown);

		// hover over a check: what it does and its messages, from the official declarations
		String check = server.getTextDocumentService().hover(new HoverParams(document, at(TEXT, "parts-in-order", 2)))
				.get(WAIT, TimeUnit.SECONDS).getContents().getRight().getValue();
		assertTrue(check.startsWith("检查 parts-in-order：") && check.contains("\n消息 缺少（编号、标题）：缺少第{编号}部分")
				&& check.contains("来自 checks.nbformat"), check);

		// F12 on the base format opens the official file
		var definitions = server.getTextDocumentService().definition(new DefinitionParams(document, at(TEXT, "\"2021\"", 1)))
				.get(WAIT, TimeUnit.SECONDS);
		List<? extends Location> locations = definitions.getLeft();
		assertEquals(1, locations.size(), locations.toString());
		assertTrue(locations.getFirst().getUri().endsWith("/2021.nbformat") && !locations.getFirst().getUri().contains(dir.getFileName().toString()),
				locations.toString());

		// completion after the table's name proposes its rows
		var completion = server.getTextDocumentService().completion(new CompletionParams(document, at(TEXT, "表三.", 3)))
				.get(WAIT, TimeUnit.SECONDS);
		List<String> labels = completion.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("新收") && labels.contains("上年结转"), labels.toString());

		// formatting indents the years
		List<? extends TextEdit> layout = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true))).get(WAIT, TimeUnit.SECONDS);
		assertFalse(layout.isEmpty(), "the years line is not indented");

		server.shutdown().get(WAIT, TimeUnit.SECONDS);
		server.exit();
		served.get(WAIT, TimeUnit.SECONDS);
	}

	/** The position of the character {@code shift} after the start of {@code marker} in {@code text}. */
	private static Position at(String text, String marker, int shift) {
		int offset = text.indexOf(marker) + shift;
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - before.lastIndexOf('\n') - 1);
	}
}
