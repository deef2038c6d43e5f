// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import nianbao.format.ui.editor.FormatEditor;

/**
 * The editor as a person sees it: colours, an error squiggle, the outline and the content assist popup,
 * captured from the screen into {@code target/screenshots/format-editor.png} (the picture in the docs).
 */
class ScreenshotTest {

	@Test
	void theEditorWithAnErrorAndTheContentAssistPopup() throws Exception {
		IProject project = Ui.project("screenshot");
		try {
			Ui.copy2021(project, "2021.nbformat");
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			window.setBounds(0, 0, 1280, 1000);
			FormatEditor editor = (FormatEditor) IDE.openEditor(Ui.page(), project.getFile("2021.nbformat"));
			OutlineTest.showOutline(editor);
			Ui.page().activate(editor);
			IDocument document = Ui.document(editor);
			String text = document.get();
			editor.selectAndReveal(Official.after(text, "上年结转[c] == 办理总计["), 0);
			int error = text.indexOf("新收[c] + 上年结转[c]") + "新收[c] + ".length();
			document.replace(error, "上年结转".length(), "上年转结");
			Ui.analysed(editor);
			assertEquals(1, Ui.errors(editor).size());

			Display display = Display.getCurrent();
			Set<Shell> before = Set.of(display.getShells());
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
			Ui.waitUntil(() -> Arrays.stream(display.getShells()).anyMatch(s -> !before.contains(s) && s.isVisible()),
					"the content assist popup");
			settle(window);

			Path file = Path.of(System.getProperty("nianbao.screenshots", "target/screenshots"), "format-editor.png");
			Files.createDirectories(file.getParent());
			capture(window.getBounds(), file);
			assertTrue(Files.size(file) > 20_000, "a screenshot with something on it: " + Files.size(file) + " bytes");
		} finally {
			Ui.page().closeAllEditors(false);
			project.delete(true, true, null);
		}
	}

	/**
	 * Runs the display loop for half a second. Rulers and squiggles repaint through queued runnables, and
	 * GTK 3 puts what was painted on the screen at its next frame: there is no event that says the screen
	 * is complete, so a picture of it waits a moment (an assertion never does).
	 */
	private static void settle(Shell window) {
		Display display = window.getDisplay();
		long end = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** The screen's pixels in the area, as a PNG file. */
	private static void capture(Rectangle area, Path file) {
		Display display = Display.getCurrent();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
