/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/** Help &gt; About: product name and the exact build version, which bug reports need. */
public class AboutHandler extends AbstractHandler {

	public static final String TITLE = "About CoCo Launch Workbench";

	public static String aboutText() {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		return "CoCo Launch Workbench\n\nVersion " + version + "\n\n"
				+ "Step through AMD SEV, SEV-ES, SEV-SNP and Intel TDX launches one ioctl at a time "
				+ "against a bit-exact simulated firmware.\n\nJava " + System.getProperty("java.version") + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), TITLE, aboutText());
		return null;
	}
}
