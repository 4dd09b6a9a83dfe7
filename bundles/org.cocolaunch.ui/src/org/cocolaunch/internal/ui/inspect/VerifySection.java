/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.core.verify.CheckOutcome;
import org.cocolaunch.core.verify.EvidenceCheck;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The Verify section of the Attestation Report view: the signing certificate and chain to use (files, or the shipped
 * pinned chains), and every check of the offline verification as a row (green pass, red fail, grey not checked) with
 * its reason, then the identity and the warnings. Verification runs in a Job; stale results are dropped.
 */
public final class VerifySection {

	public static final String TABLE_TEST_ID = "verify.table";
	public static final String SUMMARY_TEST_ID = "verify.summary";
	public static final String CERT_TEST_ID = "verify.cert";
	public static final String CHAIN_TEST_ID = "verify.chain";

	private static final String SHIPPED = "shipped AMD chains (Milan, Genoa, Turin; pinned)";
	private static final String NO_CERT = "none (SNP needs the VCEK or VLEK; a TDX quote carries its PCK chain)";

	private final Group group;
	private final Label summary;
	private final Table table;
	private final Text certText;
	private final Text chainText;
	private final Color passBg;
	private final Color failBg;
	private final AtomicInteger generation = new AtomicInteger();
	private Path evidence;
	private Path certificate;
	private Path chain;

	public VerifySection(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText("Verify");
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(group);
		certText = row("Signing certificate (VCEK/VLEK):", CERT_TEST_ID, NO_CERT, "None", () -> {
			certificate = choose("Choose the VCEK or VLEK (DER or PEM)");
			return certificate != null;
		}, () -> certificate = null);
		chainText = row("AMD chain (ASK/ASVK + ARK):", CHAIN_TEST_ID, SHIPPED, "Shipped", () -> {
			chain = choose("Choose the ASK/ASVK + ARK chain (PEM)");
			return chain != null;
		}, () -> chain = null);
		summary = new Label(group, SWT.WRAP);
		summary.setData("test.id", SUMMARY_TEST_ID);
		summary.setText("Open a report or quote to verify it.");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(summary);
		table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData("test.id", TABLE_TEST_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Result", "90" }, { "Group", "95" }, { "Check", "170" }, { "Reason", "700" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 180).applyTo(table);
		passBg = new Color(table.getDisplay(), 0xD8, 0xF0, 0xD8);
		failBg = new Color(table.getDisplay(), 0xF8, 0xD0, 0xD0);
	}

	private interface Choice {
		boolean choose();
	}

	private Text row(String label, String testId, String none, String resetLabel, Choice choose, Runnable reset) {
		new Label(group, SWT.NONE).setText(label);
		Text text = new Text(group, SWT.BORDER | SWT.READ_ONLY);
		text.setData("test.id", testId);
		text.setText(none);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Button pick = new Button(group, SWT.PUSH);
		pick.setText("Choose\u2026");
		pick.addListener(SWT.Selection, e -> {
			if (choose.choose()) {
				refreshInputs();
				run();
			}
		});
		Button clear = new Button(group, SWT.PUSH);
		clear.setText(resetLabel);
		clear.addListener(SWT.Selection, e -> {
			reset.run();
			refreshInputs();
			run();
		});
		return text;
	}

	private Path choose(String title) {
		FileDialog dialog = new FileDialog(group.getShell(), SWT.OPEN);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*.der;*.pem;*.crt;*.cer;*.cert", "*" });
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}

	public Group control() {
		return group;
	}

	/** Verifies {@code file} (null: nothing to verify) with the current certificate choices. */
	public void evidence(Path file) {
		evidence = file;
		run();
	}

	/** The VCEK/VLEK file to use (null: none). */
	public void certificate(Path file) {
		certificate = file;
		refreshInputs();
		run();
	}

	/** The ASK/ASVK + ARK file to use (null: the shipped chains). */
	public void chain(Path file) {
		chain = file;
		refreshInputs();
		run();
	}

	private void refreshInputs() {
		certText.setText(certificate == null ? NO_CERT : certificate.toString());
		chainText.setText(chain == null ? SHIPPED : chain.toString());
	}

	private void run() {
		int mine = generation.incrementAndGet();
		table.removeAll();
		if (evidence == null) {
			summary.setText("Open a report or quote to verify it.");
			summary.setForeground(null);
			return;
		}
		Path file = evidence;
		Path cert = certificate;
		Path ch = chain;
		summary.setText("Verifying " + file.getFileName() + "\u2026");
		summary.setForeground(null);
		Job job = Job.create("Verifying " + file.getFileName(), monitor -> {
			EvidenceVerifier.Verified result = EvidenceVerifier.verify(file, cert, ch);
			if (!group.isDisposed()) {
				group.getDisplay().asyncExec(() -> {
					if (!group.isDisposed() && generation.get() == mine) {
						show(result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
	}

	private void show(EvidenceVerifier.Verified result) {
		table.removeAll();
		EvidenceVerification v = result.verification();
		if (v == null) {
			summary.setText(result.problem());
			summary.setForeground(summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			group.layout();
			return;
		}
		for (EvidenceCheck c : v.checks()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { mark(c.outcome()), c.group(), c.name(), c.reason() });
			int color = switch (c.outcome()) {
			case PASS -> SWT.COLOR_DARK_GREEN;
			case FAIL -> SWT.COLOR_DARK_RED;
			case NOT_CHECKED -> SWT.COLOR_DARK_GRAY;
			};
			item.setForeground(table.getDisplay().getSystemColor(color));
			if (c.outcome() != CheckOutcome.NOT_CHECKED) {
				item.setBackground(0, c.outcome() == CheckOutcome.PASS ? passBg : failBg);
			}
		}
		for (String w : v.warnings()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { "\u26A0 warning", "", "", w });
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
		}
		for (StateField f : v.identity()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { "", "identity", f.name(), f.value() });
		}
		String line = v.failureLine();
		summary.setText(line == null ? v.kind() + ": verified \u2014 signature and chain hold (offline; revocation not checked)"
				: v.kind() + ": NOT verified \u2014 " + line);
		summary.setForeground(summary.getDisplay().getSystemColor(line == null ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		group.layout();
	}

	private static String mark(CheckOutcome o) {
		return switch (o) {
		case PASS -> "\u2714 pass";
		case FAIL -> "\u2718 fail";
		case NOT_CHECKED -> "\u2013 not checked";
		};
	}
}
