/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * <em>File &gt; Import QEMU Log...</em>: imports the log into a plan (in a Job: logs and firmware can be large), saves
 * it atomically where the user said and shows it in the Launch Steps view, ready for <em>Debug Plan</em>; the
 * import's warnings (lines it could not use, firmware and log disagreeing) are shown, errors in one line.
 */
public class ImportLogHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ImportLogDialog dialog = new ImportLogDialog(window.getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		Display display = window.getShell().getDisplay();
		Job job = Job.create("Importing " + dialog.logPath().getFileName(), (IProgressMonitor monitor) -> {
			try {
				ImportResult result = QemuTraceImporter.importLog(dialog.logPath(), dialog.inputs());
				ModelFiles.save(result.plan(), dialog.planPath());
				display.asyncExec(() -> show(window, dialog.planPath(), result.warnings()));
				return Status.OK_STATUS;
			} catch (TraceImportException | ModelFileException e) {
				return Status.error(e.getMessage());
			}
		});
		job.setUser(true); // a failed import shows its one-line reason in an error dialog
		job.schedule();
		return null;
	}

	private static void show(IWorkbenchWindow window, Path plan, List<ImportWarning> warnings) {
		if (window.getShell().isDisposed()) {
			return;
		}
		try {
			LaunchStepsView view = (LaunchStepsView) window.getActivePage().showView(LaunchStepsView.ID);
			view.open(plan);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Import QEMU Log", "Cannot show the Launch Steps view: "
					+ e.getMessage());
			return;
		}
		if (!warnings.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Import QEMU Log", "Imported into " + plan + " with "
					+ warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + ":\n\n"
					+ warnings.stream().map(ImportWarning::toString).collect(Collectors.joining("\n")));
		}
	}

}
