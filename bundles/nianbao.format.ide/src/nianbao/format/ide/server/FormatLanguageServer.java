// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.DefaultProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nianbao.format.OfficialFiles;
import nianbao.format.ide.FormatIdeSetup;
import nianbao.formats.OfficialFormats;

/**
 * The format language's Language Server, so that format files can be edited in any editor that speaks
 * LSP (VS Code, Neovim, Emacs …) with the diagnostics, completion, hover, definition, code actions and
 * formatting of the workbench's editor. Xtext's server, with two additions: the official formats are a
 * project of every workspace (so that {@code basedOn "2021"} resolves and F12 opens them), and the
 * {@code exit} notification ends {@link #serve} instead of the whole JVM.
 */
public final class FormatLanguageServer {

	/** The name of the project that holds the official formats. */
	static final String OFFICIAL = "nianbao-official-formats";

	private final Path officialFolder;

	private FormatLanguageServer(Path officialFolder) {
		this.officialFolder = officialFolder;
	}

	/**
	 * Speaks LSP on {@code in} and {@code out} (standard input and output, for a client that starts the
	 * server) until the client sends {@code exit} or closes the input.
	 *
	 * @throws IOException if the official formats cannot be copied out for the clients to open
	 */
	public static void serve(InputStream in, OutputStream out) throws IOException {
		Path folder = copyOfficialFormats();
		// the copies are the official files: an author's file may declare their checks again, as in the workbench
		OfficialFiles.addFolder(folder);
		try {
			CompletableFuture<Void> ended = new CompletableFuture<>();
			Injector injector = Guice.createInjector(new FormatLanguageServer(folder).module(ended));
			LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
			Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
			server.connect(launcher.getRemoteProxy());
			Future<Void> listening = launcher.startListening();
			// a thread of its own: a pool's thread that joined on it could end up running the wait itself
			Thread.ofPlatform().daemon().name("nianbao-lsp-input").start(() -> {
				waitFor(listening);
				ended.complete(null);
			});
			ended.join();
			listening.cancel(true);
		} finally {
			OfficialFiles.removeFolder(folder);
			delete(folder);
		}
	}

	private com.google.inject.Module module(CompletableFuture<Void> ended) {
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("nbformat",
				new FormatIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class));
		return Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(IMultiRootWorkspaceConfigFactory.class).toInstance(new WithOfficialFormats());
			binder.bind(IProjectDescriptionFactory.class).to(SeeingOfficialFormats.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ILanguageServerShutdownAndExitHandler() {
				@Override
				public void shutdown() {
					// nothing to release before exit
				}

				@Override
				public void exit() {
					ended.complete(null);
				}
			});
		});
	}

	/** The client's folders, each a project, and the official formats as one more. */
	private final class WithOfficialFormats extends MultiRootWorkspaceConfigFactory {

		@Override
		public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> workspaceFolders) {
			IWorkspaceConfig config = super.getWorkspaceConfig(workspaceFolders);
			FileProjectConfig official = new FileProjectConfig(URI.createFileURI(officialFolder.toString() + "/"), OFFICIAL);
			official.addSourceFolder(".");
			((WorkspaceConfig) config).addProject(official);
			return config;
		}
	}

	/** Every project sees the official formats, as a format file does wherever it is loaded. */
	static final class SeeingOfficialFormats extends DefaultProjectDescriptionFactory {

		@Override
		public ProjectDescription getProjectDescription(IProjectConfig config) {
			ProjectDescription description = super.getProjectDescription(config);
			if (!OFFICIAL.equals(config.getName())) {
				description.getDependencies().add(OFFICIAL);
			}
			return description;
		}
	}

	/** The official format files, copied read-only into a folder of their own for this server's run. */
	private static Path copyOfficialFormats() throws IOException {
		Path folder = Files.createTempDirectory("nianbao-formats-");
		for (String file : OfficialFormats.FILES) {
			Path target = folder.resolve(Path.of(file).getFileName().toString());
			try (InputStream in = OfficialFormats.class.getResourceAsStream("/" + file)) {
				if (in == null) {
					throw new IOException(file + " is missing from bundle nianbao.formats");
				}
				Files.copy(in, target);
			}
			target.toFile().setReadOnly();
		}
		return folder;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void waitFor(Future<Void> listening) {
		try {
			listening.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | CancellationException e) {
			// the input broke off (the client is gone, as after exit), or exit ended the listening
		}
	}
}
