// SPDX-License-Identifier: EPL-2.0
package nianbao.ui;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nianbao.check.Severity;

/**
 * The workbench's icons of the severities, as the Problems view shows them: what every view of the
 * findings draws beside one.
 */
public final class SeverityIcons {

	private SeverityIcons() {
	}

	/** The shared icon of a severity; the workbench owns it. */
	public static Image of(Severity severity) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(switch (severity) {
			case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
			case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
			case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}
}
