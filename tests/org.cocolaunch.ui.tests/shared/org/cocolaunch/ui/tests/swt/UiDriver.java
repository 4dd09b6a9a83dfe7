/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests.swt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Our small stand-in for SWTBot: runs code on the UI thread from the test thread, finds widgets by their
 * {@code test.id} data, waits for conditions without blocking the UI, and takes screenshots.
 */
public final class UiDriver {

	public static final String TEST_ID = "test.id";
	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private UiDriver() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs {@code code} on the UI thread and returns its result; its exceptions are rethrown here. */
	public static <T> T onUi(Callable<T> code) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(code.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		Throwable t = failure.get();
		if (t instanceof RuntimeException re) {
			throw re;
		}
		if (t instanceof Error e) {
			throw e;
		}
		if (t != null) {
			throw new IllegalStateException(t);
		}
		return result.get();
	}

	public static void onUi(Runnable code) {
		onUi(() -> {
			code.run();
			return null;
		});
	}

	/** Polls {@code condition} on the UI thread until it holds; fails with {@code what} after the timeout. */
	public static void waitUntil(String what, Callable<Boolean> condition) {
		waitUntil(what, condition, DEFAULT_TIMEOUT);
	}

	public static void waitUntil(String what, Callable<Boolean> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (Boolean.TRUE.equals(onUi(condition))) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting until " + what, e);
			}
		}
	}

	/** The first control under {@code root} (inclusive) whose test id is {@code id}, or null. UI thread only. */
	public static Control find(Control root, String id) {
		if (id.equals(root.getData(TEST_ID))) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first control of the given type and test id in any shell; fails when there is none. UI thread only. */
	public static <C extends Control> C findIn(Class<C> type, String id) {
		for (Shell shell : display().getShells()) {
			Control found = find(shell, id);
			if (type.isInstance(found)) {
				return type.cast(found);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " with test.id '" + id + "'");
	}

	/** Open shells whose title satisfies {@code title}. UI thread only. */
	public static List<Shell> shells(Predicate<String> title) {
		List<Shell> result = new ArrayList<>();
		for (Shell shell : display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.test(shell.getText())) {
				result.add(shell);
			}
		}
		return result;
	}

	/** Saves the whole display as a PNG (parent folders are created). Callable from any thread. */
	public static Path screenshot(Path file) {
		return screenshot(file, null);
	}

	/** Saves the part {@code area} of the display (all of it when null) as a PNG. Callable from any thread. */
	public static Path screenshot(Path file, Rectangle area) {
		onUi(() -> {
			Display display = display();
			Rectangle bounds = area != null ? area : display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				Files.createDirectories(file.getParent());
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			return null;
		});
		return file;
	}

	/** Where screenshots go: -Dcocolaunch.screenshots, else target/screenshots. */
	public static Path screenshotDir() {
		return Path.of(System.getProperty("cocolaunch.screenshots", "target/screenshots"));
	}
}
