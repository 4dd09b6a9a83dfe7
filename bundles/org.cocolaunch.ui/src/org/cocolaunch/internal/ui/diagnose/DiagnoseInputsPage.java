/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.diagnose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.vendor.VendorEngines;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The failure log (a file, or lines pasted as they were posted) and, optionally, the launch's files and mode, as
 * {@code cocolaunch diagnose} takes them. Checks only what it can see without reading files; the diagnosis runs on
 * the next page, in a Job.
 */
public final class DiagnoseInputsPage extends WizardPage {

	public static final String LOG_ID = "diagnose.log";
	public static final String PASTE_ID = "diagnose.paste";
	public static final String FIRMWARE_ID = "diagnose.firmware";
	public static final String KERNEL_ID = "diagnose.kernel";
	public static final String INITRD_ID = "diagnose.initrd";
	public static final String APPEND_ID = "diagnose.append";
	public static final String MODE_ID = "diagnose.mode";
	/** What pasted lines are called in messages and plan names. */
	public static final String PASTED = "pasted log";
	/** The mode entry that lets the diagnosis choose from the failing command. */
	static final String AUTO_MODE = "auto (from the failing command)";

	/**
	 * What to diagnose: the log file, or the pasted text (exactly one of them), the launch's files and the mode.
	 *
	 * @param log    the log file, or null for pasted text
	 * @param text   the pasted text, or null for a file
	 * @param inputs firmware, kernel, initrd, command line (absolute paths)
	 * @param mode   the guest mode for a plan from the firmware, or null to choose from the failing command
	 */
	public record Request(Path log, String text, ImportInputs inputs, String mode) {

		/** The log's name for messages: its path, or {@link #PASTED}. */
		public String name() {
			return log != null ? log.toString() : PASTED;
		}
	}

	private Text log;
	private Text paste;
	private Text firmware;
	private Text kernel;
	private Text initrd;
	private Text append;
	private Combo mode;

	DiagnoseInputsPage() {
		super("inputs", "Diagnose Failure Log", null);
		setDescription("Open the log of a failed launch, or paste its error lines as they were posted (QEMU stderr, "
				+ "libvirt, dmesg, QEMU trace)");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		log = fileRow(c, "Log file:", LOG_ID, "Failure log");
		Label pasteLabel = new Label(c, SWT.NONE);
		pasteLabel.setText("or paste the lines:");
		pasteLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		paste = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData pasteData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		pasteData.heightHint = 150;
		pasteData.widthHint = 640;
		paste.setLayoutData(pasteData);
		paste.setData("test.id", PASTE_ID);
		paste.setFont(JFaceResources.getTextFont());
		Label optional = new Label(c, SWT.WRAP);
		optional.setText("Optional: the launch's files bind the plan's page contents (without them the plan is QEMU's "
				+ "default sequence, or the log's trace lines), and the mode chooses the guest type of a plan built "
				+ "from the firmware.");
		GridData optionalData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		optionalData.widthHint = 640;
		optionalData.verticalIndent = 8;
		optional.setLayoutData(optionalData);
		firmware = fileRow(c, "Firmware (OVMF/TDVF):", FIRMWARE_ID, "Firmware");
		kernel = fileRow(c, "Kernel:", KERNEL_ID, "Kernel");
		initrd = fileRow(c, "Initrd:", INITRD_ID, "Initrd");
		append = textRow(c, "Command line:", APPEND_ID, 2);
		new Label(c, SWT.NONE).setText("Mode:");
		mode = new Combo(c, SWT.READ_ONLY);
		List<String> modes = new ArrayList<>();
		modes.add(AUTO_MODE);
		modes.addAll(VendorEngines.registered().modes());
		mode.setItems(modes.toArray(String[]::new));
		mode.select(0);
		mode.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		mode.setData("test.id", MODE_ID);
		for (Text t : new Text[] { log, paste, firmware, kernel, initrd, append }) {
			t.addListener(SWT.Modify, e -> validate());
		}
		setControl(c);
		validate();
	}

	private Text fileRow(Composite c, String label, String id, String title) {
		Text t = textRow(c, label, id, 1);
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse\u2026");
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setText(title);
			Path near = t.getText().isBlank() ? null : Path.of(t.getText().strip()).toAbsolutePath().getParent();
			if (near == null && !log.getText().isBlank()) {
				near = Path.of(log.getText().strip()).toAbsolutePath().getParent();
			}
			if (near != null) {
				d.setFilterPath(near.toString());
			}
			String chosen = d.open();
			if (chosen != null) {
				t.setText(chosen);
			}
		});
		return t;
	}

	private static Text textRow(Composite c, String label, String id, int span) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER | SWT.SINGLE);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		t.setData("test.id", id);
		return t;
	}

	private void validate() {
		String problem;
		try {
			request();
			problem = null;
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		boolean nothingYet = log.getText().isBlank() && paste.getText().isEmpty();
		setErrorMessage(nothingYet ? null : problem);
		setMessage(nothingYet ? "Choose a log file or paste its lines" : null);
		setPageComplete(problem == null);
	}

	/**
	 * The request the fields describe; throws {@link IllegalArgumentException} with one line naming the field and
	 * what it needs (the CLI's usage errors).
	 */
	Request request() {
		boolean hasFile = !log.getText().isBlank();
		boolean hasText = !paste.getText().isEmpty();
		if (!hasFile && !hasText) {
			throw new IllegalArgumentException("Log: choose a log file or paste its lines");
		}
		if (hasFile && hasText) {
			throw new IllegalArgumentException("Log: give a log file or pasted lines, not both");
		}
		Path logPath = null;
		if (hasFile) {
			logPath = Path.of(log.getText().strip()).toAbsolutePath();
			if (!Files.isRegularFile(logPath)) {
				throw new IllegalArgumentException("Log file: " + logPath + " is not a file");
			}
		}
		ImportInputs in = ImportInputs.none();
		Path fw = file(firmware, "Firmware");
		Path k = file(kernel, "Kernel");
		Path i = file(initrd, "Initrd");
		if (fw != null) {
			in = in.withFirmware(fw);
		}
		if (k != null) {
			in = in.withKernel(k);
		}
		if (i != null) {
			in = in.withInitrd(i);
		}
		if (!append.getText().isEmpty()) {
			in = in.withCmdline(append.getText());
		}
		if (in.kernel() == null && (in.initrd() != null || in.cmdline() != null)) {
			throw new IllegalArgumentException("Kernel: the initrd and command line are hashed only with a kernel "
					+ "(measured direct boot)");
		}
		String m = mode.getSelectionIndex() <= 0 ? null : mode.getText();
		return new Request(logPath, hasText ? paste.getText() : null, in, m);
	}

	private static Path file(Text t, String label) {
		if (t.getText().isBlank()) {
			return null;
		}
		Path p = Path.of(t.getText().strip()).toAbsolutePath();
		if (!Files.isRegularFile(p)) {
			throw new IllegalArgumentException(label + ": " + p + " is not a file");
		}
		return p;
	}
}
