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
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

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
		c.setLayout(new GridLayout(2, false));
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
		kernel = text(c, "Kernel:", SWT.SINGLE);
		initrd = text(c, "Initrd:", SWT.SINGLE);
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
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
