/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.internal.doc.ui.AddCommandBreakpointHandler;
import org.cocolaunch.internal.doc.ui.GuideTopics;
import org.cocolaunch.internal.doc.ui.HtmlText;
import org.cocolaunch.internal.doc.ui.UserGuideView;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The training material: the two cheat sheets of org.cocolaunch.doc in the real Cheat Sheets view, the commands their
 * steps run (taken from the cheat sheet files, so a broken serialization fails here), and the user guide: its toc from
 * the Eclipse help registry and a topic as the reader sees it.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(10)
class TrainingUiTest {

	private static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";
	private static final String SNP_SHEET = "org.cocolaunch.doc.cheatsheets.snp";
	private static final String TDX_SHEET = "org.cocolaunch.doc.cheatsheets.tdx";

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
		for (String command : List.of("KVM_SEV_SNP_LAUNCH_FINISH", "KVM_TDX_FINALIZE_VM")) {
			var b = AddCommandBreakpointHandler.find(command);
			if (b != null) {
				DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(b, true);
			}
		}
	}

	@Test
	void snpCheatSheetShowsItsTitleAndStepsInTheCheatSheetView() throws Exception {
		List<String> titles = openCheatSheet(SNP_SHEET);
		assertTrue(titles.contains("Step through an SNP launch"), "the form title: " + titles);
		List<String> items = itemTitles("snp-launch.xml");
		assertEquals(9, items.size(), "the SNP walkthrough has 9 steps");
		assertTrue(titles.containsAll(items), "every step is shown: " + titles);
		assertTrue(titles.contains("Set a breakpoint on SNP_LAUNCH_FINISH"));
		assertTrue(titles.contains("Break the ID block's expected measurement"));
		assertTrue(titles.contains("Restart with Drop to Frame"));
	}

	@Test
	void tdxCheatSheetShowsItsTitleAndSteps() throws Exception {
		List<String> titles = openCheatSheet(TDX_SHEET);
		assertTrue(titles.contains("Step through a TDX launch"), "the form title: " + titles);
		assertFalse(titles.contains("Step through an SNP launch"), "the view shows one cheat sheet");
		List<String> items = itemTitles("tdx-launch.xml");
		assertEquals(7, items.size(), "the TDX walkthrough has 7 steps");
		assertTrue(titles.containsAll(items), "every step is shown: " + titles);
		assertTrue(titles.contains("Finalize: TDH.MR.FINALIZE"));
	}

	/** The SNP sheet's "Open the SNP example plan" step shows the example in the Launch Steps view. */
	@Test
	void openExampleStepShowsTheSnpPlan() throws Exception {
		LaunchStepsView view = ExampleSessions.show(LaunchStepsView.ID);
		run(command("snp-launch.xml", "Open the SNP example plan"));
		String expected = ExampleSessions.plan(ExampleSessions.SNP).toString();
		waitUntil("the Launch Steps view shows snp-qemu.cclaunch from the doc bundle",
				() -> expected.equals(view.getTitleToolTip()) && view.getContentDescription().endsWith("snp-qemu.cclaunch"));
		assertTrue(onUi(view::getContentDescription).startsWith("SNP launch, QEMU, OVMF.amdsev, 1 vCPU \u2014 AMD SNP, 12 steps"),
				onUi(view::getContentDescription));
		assertEquals(12, (int) onUi(() -> view.getViewer().getTable().getItemCount()));
	}

	/**
	 * The TDX sheet's steps: Debug starts a session stopped before step 0 (the firmware is in the example's launch
	 * configuration, as after a first launch), and the breakpoint step makes Resume stop at KVM_TDX_FINALIZE_VM.
	 */
	@Test
	void debugAndBreakpointStepsStopTheTdxLaunchBeforeFinalize() throws Exception {
		String plan = ExampleSessions.plan(ExampleSessions.TDX).toString();
		PlanLaunching.configurationFor(plan, "tdx example",
				Map.of("firmware", TestData.file(ExampleSessions.TDX_FIRMWARE).toString()));
		onUi(() -> window().getActivePage().showView(IDebugUIConstants.ID_DEBUG_VIEW));
		run(command("tdx-launch.xml", "Debug it, stopped before the first step"));
		waitUntil("a session of tdx-qemu.cclaunch is suspended before step 0", () -> {
			CocoDebugTarget t = target(plan);
			return t != null && t.isSuspended() && t.session().nextStepIndex() == 0;
		}, Duration.ofSeconds(60));
		CocoDebugTarget target = target(plan);
		assertEquals("TDX launch, QEMU, OVMF.inteltdx.ms, 1 vCPU", target.session().plan().getName());

		run(command("tdx-launch.xml", "Set a breakpoint on KVM_TDX_FINALIZE_VM"));
		run(command("tdx-launch.xml", "Set a breakpoint on KVM_TDX_FINALIZE_VM")); // done twice: still one, enabled
		assertNotNull(AddCommandBreakpointHandler.find("KVM_TDX_FINALIZE_VM"));
		assertTrue(AddCommandBreakpointHandler.find("KVM_TDX_FINALIZE_VM").isEnabled());
		target.getThreads()[0].resume();
		waitUntil("stopped at the breakpoint", () -> target.isSuspended() && target.session().nextStepIndex() == 9,
				Duration.ofSeconds(60));
		assertEquals("Launch sequence (stopped on command KVM_TDX_FINALIZE_VM)", target.getThreads()[0].getName());
		assertFalse(target.session().isFinished());

		IWorkbenchPage page = onUi(() -> window().getActivePage());
		onUi(() -> new OpenCheatSheetAction(TDX_SHEET).run());
		onUi(() -> page.showView(IDebugUIConstants.ID_DEBUG_VIEW));
		screenshotWindow("training-tdx-breakpoint.png");
	}

	@Test
	void snpCheatSheetBesideTheDebuggerStoppedAtLaunchFinish() throws Exception {
		String plan = ExampleSessions.plan("snp-qemu-idblock.cclaunch").toString();
		PlanLaunching.configurationFor(plan, "snp id block example",
				Map.of("firmware", TestData.file(ExampleSessions.SNP_FIRMWARE).toString()));
		onUi(() -> window().getActivePage().showView(IDebugUIConstants.ID_DEBUG_VIEW));
		run(command("snp-launch.xml", "Set a breakpoint on SNP_LAUNCH_FINISH"));
		run(command("snp-launch.xml", "Debug the ID block example and resume to the breakpoint"));
		waitUntil("the ID block example is suspended before step 0", () -> {
			CocoDebugTarget t = target(plan);
			return t != null && t.isSuspended() && t.session().nextStepIndex() == 0;
		}, Duration.ofSeconds(60));
		CocoDebugTarget target = target(plan);
		target.getThreads()[0].resume();
		waitUntil("stopped on KVM_SEV_SNP_LAUNCH_FINISH", () -> target.isSuspended()
				&& "Launch sequence (stopped on command KVM_SEV_SNP_LAUNCH_FINISH)".equals(target.getThreads()[0].getName()),
				Duration.ofSeconds(60));
		onUi(() -> new OpenCheatSheetAction(SNP_SHEET).run());
		ExampleSessions.show("org.cocolaunch.ui.views.measurementRegisters");
		onUi(() -> window().getActivePage().showView(IDebugUIConstants.ID_DEBUG_VIEW));
		screenshotWindow("training-snp-breakpoint.png");
	}

	@Test
	void userGuideListsItsTopicsAndShowsOne() throws Exception {
		IToc toc = GuideTopics.toc();
		assertEquals("CoCo Launch Workbench User Guide", toc.getLabel());
		List<String> labels = new ArrayList<>();
		for (ITopic t : toc.getTopics()) {
			labels.add(t.getLabel());
		}
		assertEquals(List.of("Getting started", "The views", "Debugging a launch", "Breakpoints and watchpoints",
				"Importing a QEMU trace", "Command-line commands", "Investigating a measurement mismatch",
				"KVM backend and host check"), labels);

		run("org.cocolaunch.doc.ui.commands.userGuide");
		UserGuideView view = (UserGuideView) onUi(() -> window().getActivePage().findView(UserGuideView.ID));
		assertNotNull(view, "Help > User Guide's command opened the view");
		Tree tree = onUi(() -> UiDriver.findIn(Tree.class, UserGuideView.TOC_TEST_ID));
		waitUntil("the toc is shown", () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 8);
		assertEquals("CoCo Launch Workbench User Guide", onUi(() -> tree.getItem(0).getText()));
		assertEquals(labels, onUi(() -> {
			List<String> shown = new ArrayList<>();
			for (TreeItem item : tree.getItem(0).getItems()) {
				shown.add(item.getText());
			}
			return shown;
		}));
		waitUntil("the overview is shown first", () -> view.shownTopic() != null
				&& view.shownTopic().endsWith("guide/overview.html") && view.visibleTopicText().contains("Four cheat sheets"));

		ITopic debugging = toc.getTopics()[2];
		onUi(() -> view.getTocViewer().setSelection(new StructuredSelection(debugging), true));
		waitUntil("the debugging topic is shown", () -> view.visibleTopicText().contains("finishes the current phase"),
				Duration.ofSeconds(30));
		String text = onUi(view::visibleTopicText);
		assertTrue(text.contains("Drop to Frame"), text);
		assertFalse(text.contains("<td>"), "rendered, not markup");
		System.out.println("User Guide topics shown " + (onUi(view::usesBrowser) ? "in a browser widget" : "as text"));
		IWorkbenchPage page = onUi(() -> window().getActivePage());
		onUi(() -> page.setPartState(page.findViewReference(UserGuideView.ID), IWorkbenchPage.STATE_MAXIMIZED));
		screenshotWindow("user-guide.png");
		onUi(() -> page.setPartState(page.findViewReference(UserGuideView.ID), IWorkbenchPage.STATE_RESTORED));
	}

	/** The text form (used when there is no browser widget) of a real topic: readable, no markup. */
	@Test
	void topicTextFormIsReadable() throws Exception {
		Path file = GuideTopics.file("/org.cocolaunch.doc/guide/debugger.html");
		String text = HtmlText.toText(Files.readString(file));
		assertTrue(text.startsWith("Debugging a launch\n=================="), text);
		assertTrue(text.contains("\nStep Over  F6  issues the next step\nStep Into  F5  issues one 4 KiB page"), text);
		assertTrue(text.contains("\u2022") || text.contains("parameters > idBlock > ld"), text);
		assertFalse(text.contains("<") && text.contains("</"), text);
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** Opens a cheat sheet; returns the titles of the visible forms and expandable items of the window. */
	private static List<String> openCheatSheet(String id) {
		onUi(() -> new OpenCheatSheetAction(id).run());
		IViewPart view = onUi(() -> window().getActivePage().findView(CHEAT_SHEET_VIEW));
		assertNotNull(view, "the Cheat Sheets view is open");
		List<String> titles = new ArrayList<>();
		waitUntil("the cheat sheet's items are shown", () -> {
			titles.clear();
			collect(window().getShell(), titles);
			return titles.size() > 2;
		});
		return titles;
	}

	private static void collect(Control c, List<String> titles) {
		if (!c.isVisible()) {
			return;
		}
		if (c instanceof Form form && form.getText() != null && !form.getText().isEmpty()) {
			titles.add(form.getText());
		}
		if (c instanceof ExpandableComposite e && e.getText() != null && !e.getText().isEmpty()) {
			titles.add(e.getText());
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, titles);
			}
		}
	}

	private static Document sheet(String file) throws Exception {
		try (InputStream in = Platform.getBundle("org.cocolaunch.doc").getEntry("cheatsheets/" + file).openStream()) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static List<String> itemTitles(String file) throws Exception {
		List<String> titles = new ArrayList<>();
		NodeList items = sheet(file).getElementsByTagName("item");
		for (int i = 0; i < items.getLength(); i++) {
			titles.add(((Element) items.item(i)).getAttribute("title"));
		}
		return titles;
	}

	/** The command serialization of the cheat sheet item with this title. */
	private static String command(String file, String itemTitle) throws Exception {
		NodeList items = sheet(file).getElementsByTagName("item");
		for (int i = 0; i < items.getLength(); i++) {
			Element item = (Element) items.item(i);
			if (item.getAttribute("title").equals(itemTitle)) {
				return ((Element) item.getElementsByTagName("command").item(0)).getAttribute("serialization");
			}
		}
		throw new AssertionError("no item '" + itemTitle + "' in " + file);
	}

	/** Executes a serialized command the way a cheat sheet step does. */
	private static void run(String serialization) {
		onUi(() -> {
			ICommandService commands = window().getService(ICommandService.class);
			ParameterizedCommand command = commands.deserialize(serialization);
			return window().getService(IHandlerService.class).executeCommand(command, null);
		});
	}

	private static CocoDebugTarget target(String planLocation) throws Exception {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (!launch.isTerminated() && launch.getLaunchConfiguration() != null
					&& planLocation.equals(launch.getLaunchConfiguration().getAttribute(CocoDebug.ATTR_PLAN, ""))
					&& launch.getDebugTargets().length > 0) {
				return (CocoDebugTarget) launch.getDebugTargets()[0];
			}
		}
		return null;
	}

	private static void screenshotWindow(String name) {
		ExampleSessions.settle(1500);
		Rectangle bounds = onUi(() -> window().getShell().getBounds());
		UiDriver.screenshot(UiDriver.screenshotDir().resolve(name), bounds);
	}
}
