/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests.swt;

import java.nio.file.Path;
import java.util.Map;

import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.testing.TestData;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;

/** Debug sessions of the shipped example plans on the simulated firmware, with the firmware from ../shared/testdata. */
public final class ExampleSessions {

	public static final String SNP = "snp-qemu.cclaunch";
	public static final String TDX = "tdx-qemu.cclaunch";
	public static final String SNP_FIRMWARE = "firmware/OVMF.amdsev.sid-2026.08.fd";
	public static final String TDX_FIRMWARE = "firmware/OVMF.inteltdx.ms.sid-2026.08.fd";

	private ExampleSessions() {
	}

	/** The example plan file in the doc bundle. */
	public static Path plan(String example) throws Exception {
		return Path.of(FileLocator.toFileURL(Platform.getBundle("org.cocolaunch.doc").getEntry("examples/" + example))
				.toURI());
	}

	/** Launches the example under the debugger and waits until it is suspended before its first step. */
	public static CocoDebugTarget launch(String example, String firmware) throws Exception {
		onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
				.showView(IDebugUIConstants.ID_DEBUG_VIEW));
		var config = PlanLaunching.configurationFor(plan(example).toString(), example,
				Map.of("firmware", TestData.file(firmware).toString()));
		ILaunch launch = config.launch(ILaunchManager.DEBUG_MODE, null);
		CocoDebugTarget target = (CocoDebugTarget) launch.getDebugTargets()[0];
		waitUntil("the session is suspended before step 0",
				() -> target.isSuspended() && target.session().nextStepIndex() == 0);
		return target;
	}

	/** Resumes to the end of the plan. */
	public static void runToEnd(CocoDebugTarget target) throws Exception {
		target.getThreads()[0].resume();
		waitUntil("the launch finishes", () -> target.isSuspended() && target.session().isFinished());
	}

	/** Steps over {@code count} steps. */
	public static void stepOver(CocoDebugTarget target, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			int next = target.session().nextStepIndex() + 1;
			target.getThreads()[0].stepOver();
			waitUntil("step " + (next - 1) + " is issued", () -> target.isSuspended() && target.session().nextStepIndex() == next);
		}
	}

	/** Shows a view (brings it to the top of its folder). */
	@SuppressWarnings("unchecked")
	public static <V extends IViewPart> V show(String id) {
		return (V) onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(id));
	}

	/**
	 * Screenshots the workbench window with view {@code id} maximized (then restores the layout), into
	 * {@code screenshotDir()/name}.
	 */
	public static void screenshotMaximized(String id, String name) {
		IWorkbenchPage page = onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
		IViewReference view = onUi(() -> page.findViewReference(id));
		onUi(() -> page.setPartState(view, IWorkbenchPage.STATE_MAXIMIZED));
		settle();
		Rectangle window = onUi(() -> page.getWorkbenchWindow().getShell().getBounds());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve(name), window);
		onUi(() -> page.setPartState(view, IWorkbenchPage.STATE_RESTORED));
		settle();
	}

	/** Lets the UI thread lay out and paint. */
	private static void settle() {
		settle(400);
	}

	/** Lets the UI thread lay out and paint for {@code millis}. */
	public static void settle(long millis) {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			onUi(() -> {
				while (UiDriver.display().readAndDispatch()) {
					// drain
				}
			});
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Terminates and removes every launch. */
	public static void terminateAll() throws Exception {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
			DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
		}
	}
}
