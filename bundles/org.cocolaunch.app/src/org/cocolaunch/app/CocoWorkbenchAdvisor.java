/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.internal.ui.debug.SessionViewsOpener;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens the Launch Debugging perspective in a window that fills the screen on first start, titles it, keeps the
 * layout between sessions, collapses the editor area when no editor is open, shows the Welcome on first start and asks
 * before exiting while debug sessions are live.
 */
public class CocoWorkbenchAdvisor extends WorkbenchAdvisor {

	public static final String WINDOW_TITLE = "CoCo Launch Workbench";
	public static final String EXIT_DIALOG_TITLE = "Exit CoCo Launch Workbench";
	public static final String EXIT_BUTTON = "Terminate and Exit";
	/** {@code -Dcocolaunch.confirmExit=false} exits without asking (test harnesses that close the workbench). */
	public static final String CONFIRM_EXIT_PROPERTY = "cocolaunch.confirmExit";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Nothing lost: open views, the open plan and the layout come back on the next start.
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LaunchDebuggingPerspective.ID;
	}

	@Override
	public boolean preShutdown() {
		List<ILaunch> live = liveLaunches();
		if (live.isEmpty() || !Boolean.parseBoolean(System.getProperty(CONFIRM_EXIT_PROPERTY, "true"))) {
			return true;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window != null ? window.getShell() : null;
		List<String> names = new ArrayList<>();
		for (ILaunch l : live) {
			names.add(l.getLaunchConfiguration() != null ? l.getLaunchConfiguration().getName() : "launch");
		}
		String message = (live.size() == 1 ? "A debug session is" : live.size() + " debug sessions are") + " still live ("
				+ String.join(", ", names) + "). Exiting terminates "
				+ (live.size() == 1 ? "it" : "them") + " and releases their firmware or KVM resources.";
		MessageDialog dialog = new MessageDialog(shell, EXIT_DIALOG_TITLE, null, message, MessageDialog.QUESTION, 0,
				EXIT_BUTTON, "Cancel");
		if (dialog.open() != 0) {
			return false;
		}
		for (ILaunch l : live) {
			try {
				l.terminate();
			} catch (DebugException e) {
				ILog.of(getClass()).warn("cannot terminate " + l + ": " + e.getMessage(), e);
			}
		}
		return true;
	}

	/** Launches not yet terminated. */
	public static List<ILaunch> liveLaunches() {
		List<ILaunch> live = new ArrayList<>();
		for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!l.isTerminated()) {
				live.add(l);
			}
		}
		return live;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			private boolean restored;

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
				return new CocoActionBarAdvisor(bars);
			}

			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer c = getWindowConfigurer();
				// First start: the whole screen (the window manager's work area); later starts restore the last size.
				Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
				c.setInitialSize(new Point(screen.width, screen.height));
				c.setShowCoolBar(true);
				c.setShowStatusLine(true);
				c.setShowProgressIndicator(true);
				c.setShowPerspectiveBar(false);
				c.setTitle(WINDOW_TITLE);
			}

			@Override
			public void postWindowRestore() {
				restored = true;
			}

			@Override
			public void postWindowOpen() {
				IWorkbenchWindow window = getWindowConfigurer().getWindow();
				if (!restored) {
					window.getShell().setMaximized(true);
				}
				HiddenActionSets.install(window);
				SessionViewsOpener.install(window);
				EditorAreaCollapser.install(window);
				if (!restored) {
					FirstStart.showWelcome(window);
				}
			}
		};
	}
}
