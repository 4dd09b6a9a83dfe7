/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.launch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
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
 * Main tab: the plan file, its input files by role (firmware, kernel, initrd), the backend and whether to stop
 * before the first step. KVM is listed with the host check's reason why it cannot be chosen.
 */
public class PlanTab extends AbstractLaunchConfigurationTab {

	/** Why KVM cannot be chosen here: the host check's reason, or why there is no check. */
	static String kvmReason() {
		try {
			org.cocolaunch.kvm.check.HostReport report = org.cocolaunch.kvm.check.HostCheck.forThisHost().run();
			return report.canLaunch() ? "this host can launch, but the debugger does not drive KVM yet" : report.whyNot();
		} catch (NoClassDefFoundError | RuntimeException e) {
			return "the KVM backend is not installed (it is Linux only)";
		}
	}

	private Text plan;
	private Text inputs;
	private Combo backend;
	private Button stopAtFirst;

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText("Launch plan (.cclaunch):");
		plan = new Text(c, SWT.BORDER);
		GridData planData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		planData.widthHint = 300;
		plan.setLayoutData(planData);
		plan.addModifyListener(e -> updateLaunchConfigurationDialog());
		plan.setData("test.id", "planTab.plan");
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse\u2026");
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { "*.cclaunch", "*" });
			String chosen = d.open();
			if (chosen != null) {
				plan.setText(chosen);
			}
		});
		Label inputsLabel = new Label(c, SWT.WRAP);
		inputsLabel.setText("Inputs (one ROLE=FILE per line, e.g. firmware=/usr/share/ovmf/OVMF.amdsev.fd):");
		GridData inputsLabelData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		inputsLabelData.widthHint = 400;
		inputsLabel.setLayoutData(inputsLabelData);
		inputs = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		gd.heightHint = 70;
		inputs.setLayoutData(gd);
		inputs.addModifyListener(e -> updateLaunchConfigurationDialog());
		new Label(c, SWT.NONE).setText("Backend:");
		backend = new Combo(c, SWT.READ_ONLY);
		backend.setItems("Simulated firmware (bit-exact, snapshots)", "KVM (real hardware) \u2014 unavailable, see below");
		backend.setData("test.id", "planTab.backend");
		backend.select(0);
		backend.addListener(SWT.Selection, e -> {
			if (backend.getSelectionIndex() != 0) {
				backend.select(0); // KVM cannot be chosen yet; the item says why
			}
			updateLaunchConfigurationDialog();
		});
		GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		comboData.widthHint = 320;
		backend.setLayoutData(comboData);
		Label kvm = new Label(c, SWT.WRAP);
		kvm.setText("KVM: " + kvmReason());
		kvm.setData("test.id", "planTab.kvmReason");
		GridData kvmData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		kvmData.widthHint = 400;
		kvm.setLayoutData(kvmData);
		stopAtFirst = new Button(c, SWT.CHECK);
		stopAtFirst.setText("Stop before the first step");
		stopAtFirst.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		stopAtFirst.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		setControl(c);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM);
		configuration.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, true);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			plan.setText(configuration.getAttribute(CocoDebug.ATTR_PLAN, ""));
			StringBuilder text = new StringBuilder();
			configuration.getAttribute(CocoDebug.ATTR_INPUTS, Map.of())
					.forEach((role, path) -> text.append(role).append('=').append(path).append('\n'));
			inputs.setText(text.toString());
			stopAtFirst.setSelection(configuration.getAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, true));
			backend.select(0);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(CocoDebug.ATTR_PLAN, plan.getText().strip());
		configuration.setAttribute(CocoDebug.ATTR_INPUTS, parseInputs(inputs.getText()));
		configuration.setAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM);
		configuration.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, stopAtFirst.getSelection());
	}

	/** ROLE=FILE lines; blank lines and lines without '=' are ignored (isValid reports them). */
	static Map<String, String> parseInputs(String text) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		}
		return map;
	}

	@Override
	public boolean isValid(ILaunchConfiguration launchConfig) {
		setErrorMessage(null);
		if (plan.getText().isBlank()) {
			setErrorMessage("Choose a launch plan (.cclaunch)");
			return false;
		}
		for (String line : inputs.getText().split("\n")) {
			if (!line.isBlank() && line.indexOf('=') <= 0) {
				setErrorMessage("Input line '" + line.strip() + "' is not ROLE=FILE");
				return false;
			}
		}
		return true;
	}

	@Override
	public String getName() {
		return "Plan";
	}
}
