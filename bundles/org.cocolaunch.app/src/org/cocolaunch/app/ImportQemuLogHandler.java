/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.internal.ui.handlers.FileDialogs;
import org.cocolaunch.trace.ImportInputs;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.ImportWarning;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Import QEMU Log...: the workbench side of {@code cocolaunch import-qemu-trace}. Asks for the log, the
 * firmware the guest booted (optional: without it the firmware pages have no contents) and where to save the plan
 * (beside the log by default), imports and saves in a Job, then shows the plan in the Launch Steps view; the
 * importer's warnings are listed with their log lines. The RCP product carries the trace importer, so the command
 * lives in the product's bundle.
 */
public class ImportQemuLogHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cocolaunch.ui.commands.importQemuLog";
	public static final String TITLE = "Import QEMU Log";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		FileDialog logDialog = new FileDialog(shell, SWT.OPEN);
		logDialog.setText(TITLE + ": the QEMU log (written with -trace 'kvm_sev*' or '*tdx*')");
		logDialog.setFilterExtensions(new String[] { "*.log;*.txt", "*" });
		logDialog.setFilterNames(new String[] { "Logs (*.log, *.txt)", "All files" });
		FileDialogs.startInCurrentPlanFolder(logDialog, window);
		String log = logDialog.open();
		if (log == null) {
			return null;
		}
		Path logFile = Path.of(log);
		FileDialog firmwareDialog = new FileDialog(shell, SWT.OPEN);
		firmwareDialog.setText(TITLE + ": the firmware the guest booted (OVMF...; Cancel to import without)");
		firmwareDialog.setFilterExtensions(new String[] { "*.fd;*.bin", "*" });
		firmwareDialog.setFilterPath(logFile.toAbsolutePath().getParent().toString());
		String firmware = firmwareDialog.open();
		FileDialog saveDialog = new FileDialog(shell, SWT.SAVE);
		saveDialog.setText(TITLE + ": save the launch plan");
		saveDialog.setOverwrite(true);
		saveDialog.setFilterExtensions(new String[] { "*." + ModelFiles.PLAN_EXTENSION });
		saveDialog.setFilterPath(logFile.toAbsolutePath().getParent().toString());
		String base = logFile.getFileName().toString().replaceFirst("\\.(log|txt)$", "");
		saveDialog.setFileName(base + "." + ModelFiles.PLAN_EXTENSION);
		String plan = saveDialog.open();
		if (plan == null) {
			return null;
		}
		ImportInputs inputs = firmware == null ? ImportInputs.none() : ImportInputs.none().withFirmware(Path.of(firmware));
		importInJob(window, logFile, inputs, Path.of(plan));
		return null;
	}

	/** Imports {@code log} into {@code plan} in a Job and shows it; problems in a dialog. */
	public static Job importInJob(IWorkbenchWindow window, Path log, ImportInputs inputs, Path plan) {
		Shell shell = window.getShell();
		Job job = Job.create("Importing " + log.getFileName(), monitor -> {
			String problem;
			List<ImportWarning> warnings = List.of();
			try {
				ImportResult result = QemuTraceImporter.importLog(log, inputs);
				ModelFiles.save(result.plan(), plan);
				warnings = result.warnings();
				problem = null;
			} catch (TraceImportException | ModelFileException e) {
				problem = e.getMessage();
			}
			String failed = problem;
			List<ImportWarning> shownWarnings = warnings;
			shell.getDisplay().asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				if (failed != null) {
					MessageDialog.openError(shell, TITLE, "Cannot import " + log + ": " + failed);
					return;
				}
				try {
					LaunchStepsView view = (LaunchStepsView) window.getActivePage().showView(LaunchStepsView.ID);
					view.open(plan);
				} catch (PartInitException e) {
					MessageDialog.openError(shell, TITLE, e.getMessage());
				}
				if (!shownWarnings.isEmpty()) {
					MessageDialog.openWarning(shell, TITLE, "Imported into " + plan.getFileName() + " with "
							+ shownWarnings.size() + (shownWarnings.size() == 1 ? " warning" : " warnings") + ":\n\n"
							+ shownWarnings.stream().map(ImportWarning::toString).collect(Collectors.joining("\n")));
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
