/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.nio.file.Path;

import org.cocolaunch.core.inspect.EventLogRequest;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the launch inputs (firmware, kernel, initrd, command line, memory) to predict an event log from. */
public final class EventLogInputsDialog extends Dialog {

	private final EventLogRequest base;
	private Text firmware;
	private Text kernel;
	private Text initrd;
	private Text append;
	private Text memory;
	private Label problem;
	private EventLogRequest result;

	public EventLogInputsDialog(Shell shell, EventLogRequest base) {
		super(shell);
		this.base = base;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Predict the Event Log from Launch Inputs");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		firmware = row(c, "Firmware (-bios):", base.firmware() == null ? "" : base.firmware().toString(), true);
		kernel = row(c, "Kernel (-kernel):", base.kernel() == null ? "" : base.kernel().toString(), true);
		initrd = row(c, "Initrd (-initrd):", base.initrd() == null ? "" : base.initrd().toString(), true);
		append = row(c, "Command line (-append):", base.append() == null ? "" : base.append(), false);
		memory = row(c, "Memory in bytes (-m):", base.memory() > 0 ? Long.toString(base.memory()) : "", false);
		memory.setMessage("134217728 (QEMU's default)");
		problem = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);
		return c;
	}

	private Text row(Composite c, String label, String value, boolean browse) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER);
		t.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).span(browse ? 1 : 2, 1).applyTo(t);
		if (browse) {
			Button b = new Button(c, SWT.PUSH);
			b.setText("Browse...");
			b.addListener(SWT.Selection, e -> {
				String f = new FileDialog(getShell(), SWT.OPEN).open();
				if (f != null) {
					t.setText(f);
				}
			});
		}
		return t;
	}

	@Override
	protected void okPressed() {
		if (firmware.getText().isBlank()) {
			problem.setText("The firmware is needed to predict the log.");
			return;
		}
		long mem = 0;
		if (!memory.getText().isBlank()) {
			try {
				String m = memory.getText().trim().toLowerCase();
				mem = m.startsWith("0x") ? Long.parseLong(m.substring(2), 16) : Long.parseLong(m);
			} catch (NumberFormatException e) {
				problem.setText("Memory: expected a byte count, decimal or 0x hex.");
				return;
			}
		}
		result = new EventLogRequest(base.log(), base.evidence(), Path.of(firmware.getText().trim()), path(kernel),
				path(initrd), append.getText().isEmpty() ? null : append.getText(), mem);
		super.okPressed();
	}

	private static Path path(Text t) {
		return t.getText().isBlank() ? null : Path.of(t.getText().trim());
	}

	public EventLogRequest request() {
		return result;
	}
}
