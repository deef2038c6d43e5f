// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * 在示例报告上试运行 in the format editor: {@link TryFormatHandler}'s audit on the sample reports shipped with
 * the product, without choosing a folder; disabled where there are none.
 */
public class TrySamplesHandler extends AbstractHandler {

	@Override
	public boolean isEnabled() {
		return TryFormatHandler.samples() != null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Path file = editor instanceof ITextEditor ? TryFormatHandler.location(editor.getEditorInput()) : null;
		Path samples = TryFormatHandler.samples();
		if (file != null && samples != null) {
			TryFormatHandler.tryOn((ITextEditor) editor, file, samples);
		}
		return null;
	}
}
