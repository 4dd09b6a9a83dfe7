/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * The first-start Welcome: the three things people come for, each one click away. Step through an example launch
 * (the training cheat sheet of a technology), import a QEMU log as a plan, investigate a measurement that does not
 * match. Shown once in a fresh workspace and from Help &gt; Welcome.
 */
public class WelcomeView extends ViewPart {

	public static final String ID = "org.cocolaunch.doc.ui.views.welcome";

	/** The training cheat sheets, one per technology: link text and cheat sheet id. */
	public static final List<String[]> TRAININGS = List.of(
			new String[] { "AMD SEV-SNP", "org.cocolaunch.doc.cheatsheets.snp" },
			new String[] { "AMD SEV-ES", "org.cocolaunch.doc.cheatsheets.seves" },
			new String[] { "AMD SEV (legacy)", "org.cocolaunch.doc.cheatsheets.sev" },
			new String[] { "Intel TDX", "org.cocolaunch.doc.cheatsheets.tdx" });

	public static final String IMPORT_COMMAND = "org.cocolaunch.ui.commands.importLog";
	public static final String DIAGNOSE_COMMAND = "org.cocolaunch.ui.commands.diagnoseLog";
	public static final String EXPLAIN_COMMAND = "org.cocolaunch.ui.commands.explainMeasurement";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private final List<Hyperlink> links = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to CoCo Launch Workbench");
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.verticalSpacing = 12;
		form.getBody().setLayout(layout);

		Composite step = section("Step through an example launch",
				"A training cheat sheet opens on the right and leads you through a shipped example in the debugger: "
						+ "start a session, issue the KVM commands one at a time, watch the measurement grow and make "
						+ "the firmware refuse a step. Choose a technology:");
		for (String[] training : TRAININGS) {
			link(step, "Training: " + training[0], "welcome.training." + training[1], () -> {
				new OpenCheatSheetAction(training[1]).run();
			});
		}
		Composite trace = section("Reproduce a failed launch",
				"Paste the error lines of a failed launch as they were posted (QEMU, libvirt, dmesg): the failing "
						+ "step, its causes ranked and which the simulator reproduces, then debug it stopped before "
						+ "the failing step. Or turn the KVM commands of a QEMU trace log (QEMU run with -trace "
						+ "'kvm_sev_*' or '*tdx*') into a launch plan and replay it in the debugger.");
		link(trace, "Diagnose Failure Log\u2026", "welcome.diagnose", () -> execute(DIAGNOSE_COMMAND));
		link(trace, "Import QEMU Log\u2026", "welcome.import", () -> execute(IMPORT_COMMAND));
		Composite explain = section("Investigate a measurement",
				"The MEASUREMENT of your SNP report or the MRTD of your TD quote is not what you expected? Search the "
						+ "launch configurations (vCPU count and type, guest features, firmware, kernel hashes, page "
						+ "order) that reproduce it, then debug a match step by step.");
		link(explain, "Explain Measurement\u2026", "welcome.explain", () -> execute(EXPLAIN_COMMAND));
		Composite more = section("Read more",
				"Help > User Guide explains every view and command; Help > Cheat Sheets\u2026 lists the trainings again; "
						+ "Help > Welcome shows this page.");
		link(more, "User Guide", "welcome.guide", () -> execute("org.cocolaunch.doc.ui.commands.userGuide"));
	}

	private Composite section(String title, String description) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 1;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	private void link(Composite parent, String text, String testId, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		link.setData("test.id", testId);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
		links.add(link);
	}

	private void execute(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			MessageDialog.openError(getSite().getShell(), "Welcome", e.getMessage());
		}
	}

	/** The links, in the order shown (tests). */
	public List<Hyperlink> links() {
		return List.copyOf(links);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
