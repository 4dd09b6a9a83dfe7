/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.internal.ui.handlers.FileDialogs;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The inputs of the search, the same as {@code cocolaunch explain}'s options. */
public final class ExplainInputsPage extends WizardPage {

	public static final String MODE_ID = "explain.mode";
	public static final String EXPECTED_ID = "explain.expected";
	public static final String FIRMWARE_ID = "explain.firmware";

	private Combo mode;
	private Text expected;
	private Text firmware;
	private Text kernel;
	private Text initrd;
	private Text append;
	private Spinner maxVcpus;

	ExplainInputsPage() {
		super("inputs", "Explain Measurement", null);
		setDescription("Find the launch configurations that reproduce a measurement");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		mode = new Combo(c, SWT.READ_ONLY);
		label(c, "Mode:", mode);
		mode.setItems(VendorEngines.registered().explainModes().toArray(String[]::new));
		mode.select(0);
		mode.setData("test.id", MODE_ID);
		expected = text(c, "Expected (hex):", SWT.SINGLE);
		expected.setData("test.id", EXPECTED_ID);
		firmware = text(c, "Firmware (one per line):", SWT.MULTI | SWT.V_SCROLL);
		((GridData) firmware.getLayoutData()).heightHint = 60;
		firmware.setData("test.id", FIRMWARE_ID);
		browse(c, firmware, "Firmware to search", true);
		kernel = text(c, "Kernel:", SWT.SINGLE);
		browse(c, kernel, "Kernel", false);
		initrd = text(c, "Initrd:", SWT.SINGLE);
		browse(c, initrd, "Initrd", false);
		append = text(c, "Command line:", SWT.SINGLE);
		maxVcpus = new Spinner(c, SWT.BORDER);
		label(c, "Largest vCPU count:", maxVcpus);
		maxVcpus.setValues(64, 1, 512, 0, 1, 8);
		expected.addModifyListener(e -> validate());
		firmware.addModifyListener(e -> validate());
		setControl(c);
		validate();
	}

	private static void label(Composite c, String text, Control control) {
		Label l = new Label(c, SWT.NONE);
		l.setText(text);
		l.moveAbove(control);
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	/**
	 * A Browse... button after {@code field} (which then spans one column): a file dialog in the current plan's folder
	 * whose choice replaces the field, or is added as a line ({@code addLine}).
	 */
	private void browse(Composite c, Text field, String title, boolean addLine) {
		((GridData) field.getLayoutData()).horizontalSpan = 1;
		Button button = new Button(c, SWT.PUSH);
		button.setText("Browse\u2026");
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(title);
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null) {
				FileDialogs.startInCurrentPlanFolder(dialog, window);
			}
			String chosen = dialog.open();
			if (chosen != null) {
				field.setText(addLine && !field.getText().isBlank() ? field.getText().stripTrailing() + "\n" + chosen : chosen);
			}
		});
	}

	private static Text text(Composite c, String label, int style) {
		Text t = new Text(c, SWT.BORDER | style);
		label(c, label, t);
		return t;
	}

	private void validate() {
		String error = null;
		try {
			request();
		} catch (IllegalArgumentException e) {
			error = e.getMessage();
		}
		setErrorMessage(expected.getText().isBlank() ? null : error);
		setPageComplete(error == null);
	}

	/** The request the fields describe; throws {@link IllegalArgumentException} naming what is missing or bad. */
	ExplainRequest request() {
		String hex = expected.getText().strip();
		if (hex.startsWith("0x")) {
			hex = hex.substring(2);
		}
		byte[] target;
		try {
			target = HexFormat.of().parseHex(hex);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The expected value is not hex");
		}
		if (target.length == 0) {
			throw new IllegalArgumentException("Give the expected measurement");
		}
		List<Path> candidates = new ArrayList<>();
		for (String line : firmware.getText().split("\\R")) {
			if (!line.isBlank()) {
				candidates.add(Path.of(line.strip()));
			}
		}
		if (candidates.isEmpty()) {
			throw new IllegalArgumentException("Give at least one firmware file");
		}
		return new ExplainRequest(mode.getText(), target, candidates, path(kernel), path(initrd),
				append.getText().isEmpty() ? null : append.getText(), maxVcpus.getSelection());
	}

	private static Path path(Text t) {
		return t.getText().isBlank() ? null : Path.of(t.getText().strip());
	}
}
