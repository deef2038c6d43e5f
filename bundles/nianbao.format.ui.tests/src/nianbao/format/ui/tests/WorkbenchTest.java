// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

import nianbao.format.ui.editor.FormatEditor;

/**
 * A test class in the workbench: a project of its own holding a copy of the official 2021 format, opened
 * in the format editor by the tests; every test closes the editors it opened without saving.
 */
abstract class WorkbenchTest {

	static IProject project;
	static String text;

	@BeforeAll
	static void createProject(TestInfo info) throws Exception {
		project = Ui.project(info.getTestClass().orElseThrow().getSimpleName());
		Ui.copy2021(project, "2021.nbformat");
		text = Official.localCopy();
	}

	@AfterAll
	static void deleteProject() throws Exception {
		project.delete(true, true, null);
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	/** Opens a file in its default editor, which must be the format editor, and waits for the first analysis. */
	static FormatEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(Ui.page(), file);
		FormatEditor editor = assertInstanceOf(FormatEditor.class, part, "the default editor of ." + file.getFileExtension());
		Ui.analysed(editor);
		return editor;
	}

	static FormatEditor open2021() throws Exception {
		return open(project.getFile("2021.nbformat"));
	}
}
