/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cocolaunch.core.inspect.DecodedEvidence;
import org.cocolaunch.core.session.RegisterComparison;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.internal.ui.inspect.EvidenceLoader;
import org.cocolaunch.internal.ui.inspect.FieldNode;
import org.cocolaunch.internal.ui.inspect.FieldTree;
import org.cocolaunch.internal.ui.inspect.SessionFollower;
import org.cocolaunch.internal.ui.inspect.VerifySection;
import org.cocolaunch.model.MeasurementRegister;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * An SNP attestation report, a TDX TDREPORT or a TDX quote opened from a file (toolbar), every field decoded by its
 * vendor engine, and its launch measurement (MEASUREMENT, MRTD) compared with the register of the session followed
 * in the Debug view. Below, the {@link VerifySection}: the report's signature and certificate chain checked offline.
 */
public class AttestationReportView extends ViewPart {

	public static final String ID = "org.cocolaunch.ui.views.attestationReport";
	public static final String TREE_TEST_ID = "report.tree";
	public static final String VERDICT_TEST_ID = "report.verdict";
	public static final String RTMR_VERDICT_TEST_ID = "report.rtmrs";

	private FieldTree tree;
	private Label verdict;
	private Label rtmrVerdict;
	private VerifySection verify;
	private EvidenceLoader.Loaded loaded;
	private SessionFollower<List<MeasurementRegister>> follower;
	private List<MeasurementRegister> registers = List.of();

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(body);
		verdict = new Label(body, SWT.WRAP);
		verdict.setData("test.id", VERDICT_TEST_ID);
		verdict.setText("Open an SNP report, a TDREPORT or a TD quote with the toolbar button.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict);
		rtmrVerdict = new Label(body, SWT.WRAP);
		rtmrVerdict.setData("test.id", RTMR_VERDICT_TEST_ID);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(rtmrVerdict);
		tree = new FieldTree(body, TREE_TEST_ID, false);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.viewer().getControl());
		verify = new VerifySection(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(verify.control());
		getViewSite().getActionBars().getToolBarManager().add(new Action("Open Report...") {
			@Override
			public void run() {
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
				dialog.setText("Open an attestation report or quote");
				dialog.setFilterExtensions(new String[] { "*.bin;*.dat;*.report;*.quote", "*" });
				String file = dialog.open();
				if (file != null) {
					open(Path.of(file));
				}
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action("Compare RTMRs with Event Log...") {
			@Override
			public void run() {
				if (loaded == null || loaded.evidence() == null) {
					return;
				}
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
				dialog.setText("Open the event log of the same boot (CCEL)");
				String file = dialog.open();
				if (file != null) {
					compareRtmrs(Path.of(file));
				}
			}
		});
		follower = new SessionFollower<>(getSite(), body, "Session registers", Session::registers, r -> {
			registers = r;
			compare();
		});
	}

	/** Reads and decodes {@code file} in a Job, then shows it. */
	public void open(Path file) {
		verdict.setText("Reading " + file + "\u2026");
		Job job = Job.create("Decoding " + file.getFileName(), monitor -> {
			EvidenceLoader.Loaded result = EvidenceLoader.load(file);
			if (!verdict.isDisposed()) {
				verdict.getDisplay().asyncExec(() -> show(result));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	/** Replays {@code log} with the vendor engine (in a Job) and compares its registers with the open report's. */
	public void compareRtmrs(Path log) {
		Path report = loaded.file();
		rtmrVerdict.setText("Replaying " + log.getFileName() + "\u2026");
		((org.eclipse.swt.layout.GridData) rtmrVerdict.getLayoutData()).exclude = false;
		rtmrVerdict.getParent().layout();
		Job.create("Replaying " + log.getFileName(), monitor -> {
			String text = null;
			boolean ok = false;
			try {
				for (org.cocolaunch.core.vendor.VendorEngine engine : org.cocolaunch.core.vendor.VendorEngines.registered().all()) {
					org.cocolaunch.core.inspect.DecodedEventLog d = engine.decodeEventLog(
							new org.cocolaunch.core.inspect.EventLogRequest(log, report, null, null, null, null, 0), monitor);
					if (d != null) {
						text = d.verdict();
						ok = d.agrees();
						break;
					}
				}
				if (text == null) {
					text = log.getFileName() + " is not an event log any installed vendor engine reads";
				}
			} catch (org.cocolaunch.core.inspect.EvidenceFormatException e) {
				text = e.getMessage();
			}
			String t = text;
			boolean good = ok;
			if (!rtmrVerdict.isDisposed()) {
				rtmrVerdict.getDisplay().asyncExec(() -> {
					if (!rtmrVerdict.isDisposed()) {
						rtmrVerdict.setText(t);
						rtmrVerdict.setForeground(rtmrVerdict.getDisplay().getSystemColor(good ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
						rtmrVerdict.getParent().layout();
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(EvidenceLoader.Loaded result) {
		if (verdict.isDisposed()) {
			return;
		}
		loaded = result;
		DecodedEvidence e = result.evidence();
		tree.setInput(e == null ? List.of() : FieldNode.roots("", e.fields()), Set.of(), 1);
		setContentDescription(e == null ? result.file().toString() : e.format() + " \u2014 " + result.file());
		verify.evidence(e == null ? null : result.file());
		compare();
	}

	private void compare() {
		if (loaded == null || verdict.isDisposed()) {
			return;
		}
		DecodedEvidence e = loaded.evidence();
		if (e == null) {
			verdict.setText(loaded.problem());
			verdict.setForeground(verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		} else {
			MeasurementRegister r = registers.stream().filter(x -> x.getName().equals(e.registerName())).findFirst()
					.orElse(null);
			if (r == null) {
				verdict.setText(e.registerName() + " of the report: select a frame of a session with that register to compare.");
				verdict.setForeground(null);
			} else {
				RegisterComparison c = RegisterComparison.compare(r.getValue(), e.measurement());
				verdict.setText(e.registerName() + (c.matches() ? " of the report matches the session's register"
						: " of the report differs from the session's register: " + c.message()));
				verdict.setForeground(verdict.getDisplay().getSystemColor(c.matches() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
			}
		}
		verdict.getParent().layout();
	}

	/** The Verify section (certificate choices for tests and handlers). */
	public VerifySection verifySection() {
		return verify;
	}

	@Override
	public void setFocus() {
		tree.viewer().getControl().setFocus();
	}
}
