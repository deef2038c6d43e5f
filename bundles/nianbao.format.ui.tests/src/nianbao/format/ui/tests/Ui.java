// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import nianbao.format.ui.editor.FormatEditor;
import nianbao.format.ui.problems.ProblemAnnotations;

/** The workbench as the UI tests drive it. */
final class Ui {

	/** How long the tests wait for the reconciler and the like before they fail. */
	private static final long TIMEOUT_MS = 20_000;

	private Ui() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the display loop until the condition holds; fails after the timeout. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				// wake up again soon even if no event comes: the reconciler posts from its own thread
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits until the editor shows the analysis of the text its document holds now. */
	static void analysed(FormatEditor editor) {
		IDocument document = document(editor);
		waitUntil(() -> editor.analysis() != null && editor.analysis().text().equals(document.get()),
				"the reconciler to analyse the text");
	}

	static IDocument document(FormatEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** The annotations of a type (error, warning) as {@code offset+length message}, in text order. */
	static List<String> annotations(FormatEditor editor, String type) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a.getType().equals(type) && !a.isMarkedDeleted()) {
				Position p = model.getPosition(a);
				found.add(p.getOffset() + "+" + p.getLength() + " " + a.getText());
			}
		});
		found.sort(Comparator.comparingInt(s -> Integer.parseInt(s.substring(0, s.indexOf('+')))));
		return found;
	}

	static List<String> errors(FormatEditor editor) {
		return annotations(editor, ProblemAnnotations.ERROR);
	}

	/** A new open project of the test workspace. */
	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	/** Copies the official 2021 format file into the project, renamed as {@link Official#localCopy()}. */
	static IFile copy2021(IProject project, String name) throws CoreException {
		return write(project, name, Official.localCopy());
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
