/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.core.imports.ImportInputs;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a QEMU log and the files of the launch it traced (all optional but the log) and where the plan goes.
 * Checks only what it can see without reading files: the import itself runs in a Job.
 */
final class ImportLogDialog extends TitleAreaDialog {

	static final String LOG_ID = "importLog.log";
	static final String FIRMWARE_ID = "importLog.firmware";
	static final String KERNEL_ID = "importLog.kernel";
	static final String INITRD_ID = "importLog.initrd";
	static final String APPEND_ID = "importLog.append";
	static final String PLAN_ID = "importLog.plan";
	static final String OK_ID = "importLog.ok";

	private Text log;
	private Text firmware;
	private Text kernel;
	private Text initrd;
	private Text append;
	private Text plan;
	private Path logPath;
	private Path planPath;
	private ImportInputs inputs;

	ImportLogDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import QEMU Log");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Import QEMU Log");
		setMessage("A QEMU log with -trace 'kvm_sev*' or 'kvm_tdx*' lines; with the firmware (and kernel, initrd and"
				+ " command line of a measured direct boot) the plan's pages get their contents.");
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(3, false));
		log = fileRow(c, "QEMU log:", LOG_ID, "*.log");
		firmware = fileRow(c, "Firmware (OVMF):", FIRMWARE_ID, "*.fd");
		kernel = fileRow(c, "Kernel:", KERNEL_ID, "*");
		initrd = fileRow(c, "Initrd:", INITRD_ID, "*");
		append = textRow(c, "Command line:", APPEND_ID);
		plan = textRow(c, "Save plan as:", PLAN_ID);
		log.addListener(SWT.Modify, e -> {
			String l = log.getText().strip();
			if (!l.isEmpty() && (plan.getText().isBlank() || plan.getData("derived") != null)) {
				plan.setText(l.replaceFirst("\\.(log|txt)$", "") + ".cclaunch");
				plan.setData("derived", Boolean.TRUE);
			}
		});
		plan.addListener(SWT.KeyDown, e -> plan.setData("derived", null));
		return area;
	}

	private Text fileRow(Composite c, String label, String id, String filter) {
		Text t = textRow(c, label, id);
		((GridData) t.getLayoutData()).horizontalSpan = 1;
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { filter, "*" });
			if (!log.getText().isBlank()) {
				Path parent = Path.of(log.getText().strip()).toAbsolutePath().getParent();
				d.setFilterPath(parent == null ? null : parent.toString());
			}
			String chosen = d.open();
			if (chosen != null) {
				t.setText(chosen);
			}
		});
		return t;
	}

	private static Text textRow(Composite c, String label, String id) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 420;
		t.setLayoutData(data);
		t.setData("test.id", id);
		return t;
	}

	@Override
	protected void okPressed() {
		String problem = check();
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		super.okPressed();
	}

	/** Null when the fields can be imported, else the first problem in one line (the field and what it needs). */
	private String check() {
		if (log.getText().isBlank()) {
			return "QEMU log: choose the log file";
		}
		logPath = Path.of(log.getText().strip()).toAbsolutePath();
		if (!Files.isRegularFile(logPath)) {
			return "QEMU log: " + logPath + " is not a file";
		}
		ImportInputs in = ImportInputs.none();
		for (Text t : new Text[] { firmware, kernel, initrd }) {
			if (!t.getText().isBlank() && !Files.isRegularFile(Path.of(t.getText().strip()))) {
				return label(t) + Path.of(t.getText().strip()).toAbsolutePath() + " is not a file";
			}
		}
		if (!firmware.getText().isBlank()) {
			in = in.withFirmware(Path.of(firmware.getText().strip()).toAbsolutePath());
		}
		if (!kernel.getText().isBlank()) {
			in = in.withKernel(Path.of(kernel.getText().strip()).toAbsolutePath());
		}
		if (!initrd.getText().isBlank()) {
			in = in.withInitrd(Path.of(initrd.getText().strip()).toAbsolutePath());
		}
		if (!append.getText().isEmpty()) {
			in = in.withCmdline(append.getText());
		}
		if (in.kernel() == null && (in.initrd() != null || in.cmdline() != null)) {
			return "Kernel: the initrd and command line are hashed only with a kernel (measured direct boot)";
		}
		if (plan.getText().isBlank() || !plan.getText().strip().endsWith(".cclaunch")) {
			return "Save plan as: a .cclaunch file";
		}
		planPath = Path.of(plan.getText().strip()).toAbsolutePath();
		if (planPath.equals(logPath) || planPath.equals(in.firmware()) || planPath.equals(in.kernel())
				|| planPath.equals(in.initrd())) {
			return "Save plan as: would overwrite an input of the import";
		}
		inputs = in;
		return null;
	}

	private String label(Text t) {
		return t == firmware ? "Firmware: " : t == kernel ? "Kernel: " : "Initrd: ";
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Import", true).setData("test.id", OK_ID);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	Path logPath() {
		return logPath;
	}

	Path planPath() {
		return planPath;
	}

	ImportInputs inputs() {
		return inputs;
	}
}
