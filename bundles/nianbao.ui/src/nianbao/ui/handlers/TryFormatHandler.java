// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import nianbao.check.Auditor;
import nianbao.check.DeclaredChecks;
import nianbao.format.FormatLibrary;
import nianbao.formats.OfficialFormats;
import nianbao.ui.Messages;

/**
 * 在报告上试运行… in the format editor: audits the reports of a chosen folder with the format being edited
 * (its text as it stands, saved or not) and the format files beside it, in the background; the findings
 * view shows per report and rule what fired and what could not be assessed, and opens each at its place.
 * {@link TrySamplesHandler} does the same on the sample reports.
 */
public class TryFormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Path file = editor instanceof ITextEditor ? location(editor.getEditorInput()) : null;
		if (file == null) {
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
		dialog.setMessage(NLS.bind(Messages.tryFormat_choose, file.getFileName()));
		String folder = dialog.open();
		if (folder != null) {
			tryOn((ITextEditor) editor, file, Path.of(folder));
		}
		return null;
	}

	/**
	 * The sample reports shipped with the product, in the folder {@code samples} beside its start script; null
	 * where there is none (the workbench installed into an Eclipse IDE).
	 */
	public static Path samples() {
		Location install = Platform.getInstallLocation();
		if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) {
			return null;
		}
		Path samples = Path.of(install.getURL().getPath()).resolve("samples");
		return Files.isDirectory(samples) ? samples : null;
	}

	/** Audits a folder of reports with the format of a format editor, as its text stands, in the background. */
	static void tryOn(ITextEditor editor, Path file, Path folder) {
		String edited = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		AuditFolderHandler.schedule(editor.getSite().getPage(), List.of(folder),
				NLS.bind(Messages.tryFormat_job, file.getFileName(), folder),
				summary -> NLS.bind(Messages.tryFormat_scope, file.getFileName(), summary), auditor(file, edited));
	}

	/**
	 * The auditor of the official formats, the edited file as its text stands and the format files beside it
	 * as saved; its checks held to the rule engine's.
	 */
	public static AuditFolderHandler.AuditorSource auditor(Path file, String edited) {
		return () -> {
			FormatLibrary library = OfficialFormats.withOwn(sources(file, edited));
			DeclaredChecks.verify(library);
			return new Auditor(library);
		};
	}

	/** The edited file as its text stands, and the format files beside it as saved. */
	static List<FormatLibrary.Source> sources(Path file, String edited) {
		List<FormatLibrary.Source> sources = new ArrayList<>();
		sources.add(new FormatLibrary.Source(URI.createFileURI(file.toString()),
				() -> new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8))));
		try (Stream<Path> beside = Files.list(file.getParent())) {
			beside.filter(f -> f.getFileName().toString().endsWith(".nbformat") && !f.equals(file)).sorted()
					.map(FormatLibrary.Source::of).forEach(sources::add);
		} catch (IOException e) {
			// the folder cannot be listed: the file alone (and the official formats) it is
		}
		return sources;
	}

	/** The file an editor edits, or null for one that is not a file (an official format inside the product). */
	static Path location(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			IPath location = file.getLocation();
			return location == null ? null : location.toFile().toPath();
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Path.of(uri.getURI());
		}
		return null;
	}
}
