// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import nianbao.read.Readers;
import nianbao.ui.Messages;
import nianbao.ui.editors.ReportEditor;

/**
 * 文件 › 打开文件…: opens any supported report in the report editor, a format or profile file in the
 * format editor, from a file chooser that offers them.
 */
public class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN | SWT.MULTI);
		String reports = Readers.extensions().stream().sorted().map(e -> "*." + e).reduce((a, b) -> a + ";" + b).orElse("");
		dialog.setFilterExtensions(new String[] { reports + ";*.nbformat;*.nbprofile", reports, "*.nbformat;*.nbprofile",
				"*.*" });
		dialog.setFilterNames(new String[] { Messages.openFile_all, Messages.openFile_reports, Messages.openFile_formats,
				Messages.openFile_any });
		if (dialog.open() == null) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		Stream.of(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).forEach(file -> {
			if (open(page, file) == null) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.openFile_title,
						NLS.bind(Messages.openFile_failed, file));
			}
		});
		return null;
	}

	/**
	 * Opens a file: a report in the report editor, any other file in the editor the workbench has for
	 * it (the format editor for format and profile files).
	 *
	 * @return the editor, or null if the file could not be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, Path file) {
		if (Readers.isReport(file)) {
			return ReportEditor.open(page, file);
		}
		try {
			return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		} catch (PartInitException e) {
			return null;
		}
	}
}
