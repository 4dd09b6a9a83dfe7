/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.ui.launch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cocolaunch.core.backend.BackendProviders;
import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Main tab: the plan file, its input files by role (firmware, kernel, initrd), the backend, whether to stop
 * before the first step, and a step to run to and stop before (a diagnosed failing step). The KVM choice is enabled once the host check — run in a background job, as it opens
 * devices and reads module parameters — says this host can launch some confidential VM; otherwise it stays disabled
 * and the check's reason is shown under it. Whether the host runs this plan's technology is checked at launch.
 */
public class PlanTab extends AbstractLaunchConfigurationTab {

	private Text plan;
	private Text inputs;
	private Button simulator;
	private Button kvm;
	private Label kvmStatus;
	private Button stopAtFirst;
	private Spinner stopBefore;
	/** Whether the host check's job has reported. */
	private boolean hostChecked;
	/** The host check's reason while KVM is unavailable; null when it can launch. */
	private String kvmUnavailable;

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
		simulator = new Button(c, SWT.RADIO);
		simulator.setText("Simulated firmware (bit-exact, snapshots)");
		simulator.setData("test.id", "planTab.backend.sim");
		simulator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		simulator.setSelection(true);
		simulator.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		new Label(c, SWT.NONE);
		kvm = new Button(c, SWT.RADIO);
		kvm.setText("KVM on this host (real hardware; restart replays the steps on a new VM)");
		kvm.setData("test.id", "planTab.backend.kvm");
		kvm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		kvm.setEnabled(false);
		kvm.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		kvmStatus = new Label(c, SWT.WRAP);
		kvmStatus.setText("KVM: checking this host\u2026");
		kvmStatus.setData("test.id", "planTab.kvmReason");
		GridData kvmData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		kvmData.widthHint = 400;
		kvmStatus.setLayoutData(kvmData);
		checkHostInBackground();
		stopAtFirst = new Button(c, SWT.CHECK);
		stopAtFirst.setText("Stop before the first step");
		stopAtFirst.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		stopAtFirst.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		new Label(c, SWT.NONE).setText("Run to step:");
		stopBefore = new Spinner(c, SWT.BORDER);
		stopBefore.setValues(0, 0, 1_000_000, 0, 1, 10);
		stopBefore.setToolTipText("Debug runs to this step and stops before issuing it (a diagnosed failing step:"
				+ " Step Over then issues it); 0: as the box above says");
		stopBefore.setData("test.id", "planTab.stopBefore");
		stopBefore.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		stopBefore.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
		setControl(c);
	}

	/** Runs the host check off the UI thread and enables the KVM choice (or shows why not) when it is done. */
	private void checkHostInBackground() {
		Display display = kvmStatus.getDisplay();
		Job job = Job.create("Checking whether this host can run KVM launches", (IProgressMonitor monitor) -> {
			String reason = BackendProviders.registered().unavailableReason(BackendProviders.KVM);
			if (!display.isDisposed()) {
				display.asyncExec(() -> showHostCheck(reason));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showHostCheck(String reason) {
		if (kvm.isDisposed()) {
			return; // the dialog was closed while the check ran
		}
		hostChecked = true;
		kvmUnavailable = reason;
		kvm.setEnabled(reason == null);
		kvmStatus.setText(reason == null ? "KVM: this host can launch confidential VMs (the plan's technology is checked at launch)"
				: "KVM unavailable: " + reason);
		kvmStatus.getParent().layout(true);
		updateLaunchConfigurationDialog();
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
			stopBefore.setSelection(Math.max(0, configuration.getAttribute(CocoDebug.ATTR_STOP_BEFORE_STEP, -1)));
			boolean useKvm = CocoDebug.BACKEND_KVM.equals(configuration.getAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM));
			kvm.setSelection(useKvm);
			simulator.setSelection(!useKvm);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(CocoDebug.ATTR_PLAN, plan.getText().strip());
		configuration.setAttribute(CocoDebug.ATTR_INPUTS, parseInputs(inputs.getText()));
		configuration.setAttribute(CocoDebug.ATTR_BACKEND, kvm.getSelection() ? CocoDebug.BACKEND_KVM : CocoDebug.BACKEND_SIM);
		configuration.setAttribute(CocoDebug.ATTR_STOP_AT_FIRST_STEP, stopAtFirst.getSelection());
		if (stopBefore.getSelection() > 0) {
			configuration.setAttribute(CocoDebug.ATTR_STOP_BEFORE_STEP, stopBefore.getSelection());
		} else {
			configuration.removeAttribute(CocoDebug.ATTR_STOP_BEFORE_STEP);
		}
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
		if (kvm.getSelection() && hostChecked && kvmUnavailable != null) {
			setErrorMessage("KVM is unavailable on this host: " + kvmUnavailable);
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Plan";
	}
}
