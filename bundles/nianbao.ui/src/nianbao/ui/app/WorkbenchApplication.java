// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import nianbao.read.Readers;
import nianbao.ui.editors.ReportDocumentProvider;
import nianbao.ui.editors.ReportEditor;
import nianbao.ui.handlers.OpenAuditProjectHandler;

/**
 * The auditor's workbench: {@code -application nianbao.ui.workbench [files or folders]} opens the 审核
 * perspective, each report named on the command line in the report editor and each format or
 * profile file in the format editor.
 */
public final class WorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> files = args == null ? List.of()
				: Arrays.stream(args).map(Path::of).filter(f -> Files.isRegularFile(f) || Files.isDirectory(f)).toList();
		Display display = PlatformUI.createDisplay();
		try {
			if (!WorkspaceLock.take()) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new Advisor(files));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.syncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	/** Opens the 审核 perspective, then the files. */
	private static final class Advisor extends WorkbenchAdvisor {

		/** The activity of the platform's file commands that the product leaves out (plugin.xml). */
		private static final String PLATFORM_FILE_COMMANDS = "nianbao.ui.platformFileCommands";

		/** The bundle whose icons the IDE's own advisor declares. */
		private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

		private final List<Path> files;

		Advisor(List<Path> files) {
			this.files = files;
		}

		@Override
		public String getInitialWindowPerspectiveId() {
			return AuditPerspective.ID;
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			configurer.setTitle("Nianbao Auditor — 政府信息公开工作年度报告审核");
			configurer.setInitialSize(new Point(1280, 1000));
			// the status line's progress area: a running audit's progress, a click opens the Progress view
			configurer.setShowStatusLine(true);
			configurer.setShowProgressIndicator(true);
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
					return new MenuBar(actionBars);
				}
			};
		}

		/** The Project Explorer's input: the workspace, whose projects are the audit projects. */
		@Override
		public IAdaptable getDefaultPageInput() {
			return ResourcesPlugin.getWorkspace().getRoot();
		}

		@Override
		public void initialize(IWorkbenchConfigurer configurer) {
			// workspace resources (audit projects) in the Project Explorer and the Problems view
			IDE.registerAdapters();
			// the Problems view draws severities with images the IDE's own advisor declares under these
			// keys (IDEInternalWorkbenchImages); without them it draws placeholders. The workbench's shared
			// task images are the same pictures, through public API.
			ISharedImages images = configurer.getWorkbench().getSharedImages();
			configurer.declareImage("IMG_OBJS_ERROR_PATH", images.getImageDescriptor(ISharedImages.IMG_OBJS_ERROR_TSK), true);
			configurer.declareImage("IMG_OBJS_WARNING_PATH", images.getImageDescriptor(ISharedImages.IMG_OBJS_WARN_TSK), true);
			configurer.declareImage("IMG_OBJS_INFO_PATH", images.getImageDescriptor(ISharedImages.IMG_OBJS_INFO_TSK), true);
			// the projects' icons in the Project Explorer and the 问题 view's project button, as the IDE declares them
			configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT,
					ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "icons/full/obj16/prj_obj.png").orElseThrow(), true);
			configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED,
					ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "icons/full/obj16/cprj_obj.png").orElseThrow(), true);
		}

		/** Before the first window, whose menus would otherwise be built with the platform's file commands. */
		@Override
		public void preStartup() {
			hidePlatformFileCommands();
		}

		@Override
		public void postStartup() {
			long window = uptime();
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			StringBuilder times = new StringBuilder("nianbao: workbench window after " + window + " ms");
			List<ReportEditor> opened = new ArrayList<>();
			for (Path report : files) {
				long started = uptime();
				if (Files.isDirectory(report)) {
					// a folder opens as an audit project, as 审核 › 打开审核项目… opens it
					try {
						OpenAuditProjectHandler.open(report);
					} catch (CoreException e) {
						System.err.println("nianbao: " + report + ": " + e.getMessage());
					}
					continue;
				}
				if (!Readers.isReport(report)) {
					// format and profile files open in the editor the workbench has for them
					try {
						IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(report.toUri()));
					} catch (PartInitException e) {
						System.err.println("nianbao: " + report + ": " + e.getMessage());
					}
					continue;
				}
				ReportEditor editor = ReportEditor.open(page, report);
				if (editor == null) {
					System.err.println("nianbao: " + report + ": cannot be opened");
					continue;
				}
				long open = uptime();
				opened.add(editor);
				// the editor opens at once saying it reads the file; the text replaces that, the annotations follow the audit
				long[] shown = { -1 };
				editor.getDocumentProvider().getDocument(editor.getEditorInput()).addDocumentListener(new IDocumentListener() {
					@Override
					public void documentAboutToBeChanged(DocumentEvent event) {
						// the time the text is there, not before
					}

					@Override
					public void documentChanged(DocumentEvent event) {
						if (shown[0] < 0) {
							shown[0] = uptime();
						}
					}
				});
				((ReportDocumentProvider) editor.getDocumentProvider()).whenAudited(editor.getEditorInput(), () -> {
					int[] marks = { 0 };
					editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getAnnotationIterator()
							.forEachRemaining(a -> marks[0]++);
					times.append("; ").append(report.getFileName()).append(" editor after ").append(open).append(" ms, text after ")
							.append(shown[0]).append(" ms, ")
							.append(marks[0]).append(" annotations after ").append(uptime()).append(" ms (")
							.append(uptime() - started).append(" ms for the report)");
					opened.remove(editor);
					reportTimes(opened, times);
				});
			}
			reportTimes(opened, times);
		}

		/**
		 * Leaves the platform's Open File… and Convert Line Delimiters out of the product's menus (plugin.xml's
		 * activity, enabled by default so that an Eclipse IDE with the plug-ins keeps them).
		 */
		private static void hidePlatformFileCommands() {
			IWorkbenchActivitySupport activities = PlatformUI.getWorkbench().getActivitySupport();
			Set<String> enabled = new HashSet<>(activities.getActivityManager().getEnabledActivityIds());
			enabled.remove(PLATFORM_FILE_COMMANDS);
			activities.setEnabledActivityIds(enabled);
		}

		/** The start-up benchmark (./nianbao bench workbench) reads the times once every report is audited, and closes the workbench. */
		private static void reportTimes(List<ReportEditor> pending, StringBuilder times) {
			if (pending.isEmpty() && Boolean.getBoolean("nianbao.startupTimes") && times.length() > 0) {
				System.out.println(times);
				times.setLength(0);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		}

		@Override
		public void postShutdown() {
			// projects, their markers and settings survive the session
			try {
				ResourcesPlugin.getWorkspace().save(true, null);
			} catch (CoreException e) {
				System.err.println("nianbao: the workspace could not be saved: " + e.getMessage());
			}
		}

		/** Milliseconds since the Java virtual machine started. */
		private static long uptime() {
			return ManagementFactory.getRuntimeMXBean().getUptime();
		}
	}
}
