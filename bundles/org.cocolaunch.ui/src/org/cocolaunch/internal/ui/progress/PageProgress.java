/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.progress;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Forwards a background job's progress to a wizard page's own progress bar (and, through {@code taskShown} and
 * {@code subTaskShown}, to its summary line), always on the UI thread and only while {@code current} says the job is
 * still the page's latest one, besides the job's own monitor. Bars go from 0 to {@link #SCALE}.
 */
public final class PageProgress extends ProgressMonitorWrapper {

	/** The maximum of the bars this monitor moves. */
	public static final int SCALE = 1000;

	private final Display display;
	private final ProgressBar bar;
	private final BooleanSupplier current;
	private final Consumer<String> taskShown;
	private final Consumer<String> subTaskShown;
	private double total;
	private double done;
	private int lastShown = -1;

	/**
	 * @param taskShown    called on the UI thread with a task's name when it begins (null: not shown)
	 * @param subTaskShown called on the UI thread with a subtask's name (null: not shown)
	 */
	public PageProgress(IProgressMonitor monitor, Display display, ProgressBar bar, BooleanSupplier current,
			Consumer<String> taskShown, Consumer<String> subTaskShown) {
		super(monitor);
		this.display = display;
		this.bar = bar;
		this.current = current;
		this.taskShown = taskShown;
		this.subTaskShown = subTaskShown;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = totalWork;
		done = 0;
		show(taskShown, name);
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		show(subTaskShown, name);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		track(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		track(work);
	}

	private void show(Consumer<String> target, String name) {
		if (target != null && name != null) {
			display.asyncExec(() -> {
				if (current.getAsBoolean()) {
					target.accept(name);
				}
			});
		}
	}

	private void track(double work) {
		done += work;
		int scaled = total <= 0 ? 0 : (int) Math.min(SCALE, done * SCALE / total);
		if (scaled != lastShown) {
			lastShown = scaled;
			display.asyncExec(() -> {
				if (current.getAsBoolean() && !bar.isDisposed()) {
					bar.setSelection(scaled);
				}
			});
		}
	}
}
