/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests.swt;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** JUnit 5 extension: a failed UI test leaves a screenshot named after it, so CI failures can be seen. */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		try {
			Path file = UiDriver.screenshot(UiDriver.screenshotDir().resolve("FAILED-" + name + ".png"));
			System.err.println("UI test failed; screenshot: " + file.toAbsolutePath());
		} catch (RuntimeException | Error e) {
			System.err.println("UI test failed; no screenshot: " + e);
		}
	}
}
