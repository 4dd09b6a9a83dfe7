/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.nio.file.Files;

import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.MemoryRange;
import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.internal.ui.memory.MemoryMapCanvas;
import org.cocolaunch.internal.ui.memory.PageStateColors;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.ExampleSessions;
import org.cocolaunch.ui.tests.swt.ScreenshotOnFailure;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.GuestMemoryMapView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Guest Memory Map on the example SNP launch: page states by GPA, their colours, the hover line; and 10^6 pages. */
@ExtendWith(ScreenshotOnFailure.class)
@Order(6)
class GuestMemoryMapViewUiTest {

	/** GPA of the SNP example's CPUID page (step 7, update-metadata-3). */
	private static final long CPUID_GPA = 0x80E000L;
	private static final long SECRETS_GPA = 0x80D000L;

	@AfterEach
	void cleanUp() throws Exception {
		ExampleSessions.terminateAll();
	}

	@Test
	void pagesChangeStateAsTheSnpLaunchAddsThem() throws Exception {
		CocoDebugTarget target = ExampleSessions.launch(ExampleSessions.SNP, ExampleSessions.SNP_FIRMWARE);
		GuestMemoryMapView view = ExampleSessions.show(GuestMemoryMapView.ID);
		MemoryMapCanvas canvas = view.canvas();
		waitUntil("the plan's pages are mapped, none added yet", () -> canvas.map() != null
				&& canvas.map().at(CPUID_GPA) != null && canvas.map().at(CPUID_GPA).state() == PageState.NOT_ADDED);

		ExampleSessions.stepOver(target, 8);
		waitUntil("the CPUID page is added by step 7", () -> canvas.map().at(CPUID_GPA).state() == PageState.CPUID);
		GuestMemoryMap map = canvas.map();
		assertEquals(PageState.SECRETS, map.at(SECRETS_GPA).state());
		assertEquals(PageState.MEASURED, map.at(0xFFFFF000L).state(), "OVMF, measured by step 3");
		assertEquals(PageState.NOT_ADDED, map.at(0xFFFFFFFFF000L).state(), "the VMSA page waits for LAUNCH_FINISH");
		MemoryRange cpuid = map.at(CPUID_GPA);
		assertEquals("0x80e000\u20130x80efff (1 pages): CPUID page \u2014 KVM_SEV_SNP_LAUNCH_UPDATE, cpuid, step 7", cpuid.describe());

		onUi(() -> {
			while (canvas.pagesPerCell() > 1) {
				canvas.zoomIn();
			}
		});
		assertEquals(1, (long) onUi(canvas::pagesPerCell));
		onUi(() -> {
			canvas.pointOf(CPUID_GPA);
			ImageLoader png = new ImageLoader();
			png.data = new ImageData[] { canvas.render() };
			Files.createDirectories(UiDriver.screenshotDir());
			png.save(UiDriver.screenshotDir().resolve("memory-map-canvas.png").toString(), SWT.IMAGE_PNG);
			return null;
		});
		assertEquals(PageStateColors.rgb(PageState.CPUID), pixelAt(canvas, CPUID_GPA));
		assertEquals(PageStateColors.rgb(PageState.SECRETS), pixelAt(canvas, SECRETS_GPA));
		Point p = onUi(() -> canvas.pointOf(CPUID_GPA));
		onUi(() -> {
			Event move = new Event();
			move.x = p.x;
			move.y = p.y;
			canvas.control().notifyListeners(SWT.MouseMove, move);
		});
		Label hover = onUi(() -> UiDriver.findIn(Label.class, GuestMemoryMapView.HOVER_TEST_ID));
		assertEquals("GPA 0x80e000 in " + cpuid.describe(), onUi(hover::getText));

		onUi(() -> view.showPage(0x800000L));
		waitUntil("a zero page says it has no contents in the plan",
				() -> view.shownPageOrigin().startsWith("Page 0x800000 \u2014 step 4 KVM_SEV_SNP_LAUNCH_UPDATE, zero page")
						&& view.shownPageOrigin().contains("no contents"));
		// A click shows the page's plaintext: the reset-vector page is the last 4 KiB of the OVMF image.
		Point reset = onUi(() -> canvas.pointOf(0xFFFFF000L));
		onUi(() -> {
			Event down = new Event();
			down.x = reset.x;
			down.y = reset.y;
			down.button = 1;
			canvas.control().notifyListeners(SWT.MouseDown, down);
		});
		byte[] ovmf = Files.readAllBytes(TestData.file(ExampleSessions.SNP_FIRMWARE));
		String lastPage = Integer.toHexString(ovmf.length - 4096);
		waitUntil("the reset-vector page's plaintext is shown",
				() -> view.shownPageOrigin().contains("input 'firmware' at offset 0x" + lastPage));
		StringBuilder firstLine = new StringBuilder("000: ");
		for (int i = 0; i < 16; i++) {
			firstLine.append(String.format("%02x ", ovmf[ovmf.length - 4096 + i] & 0xFF));
		}
		String tail = String.format("ff0: %02x %02x", ovmf[ovmf.length - 16] & 0xFF, ovmf[ovmf.length - 15] & 0xFF);
		String hex = onUi(view::shownPageHex);
		assertTrue(hex.startsWith(firstLine.toString()), hex.substring(0, Math.min(80, hex.length())));
		assertTrue(hex.contains(tail), "the page's last line is the image's last 16 bytes");

		ExampleSessions.runToEnd(target);
		waitUntil("the VMSA page is added", () -> canvas.map().at(0xFFFFFFFFF000L).state() == PageState.VMSA);
		onUi(canvas::fit);
		assertEquals(PageStateColors.rgb(PageState.VMSA), pixelAt(canvas, 0xFFFFFFFFF000L));
		if (onUi(canvas::pagesPerCell) > 1) {
			assertEquals(PageStateColors.rgb(PageState.SECRETS), pixelAt(canvas, SECRETS_GPA),
					"a cell shows its most notable page, not its first");
		}
		ExampleSessions.screenshotMaximized(GuestMemoryMapView.ID, "memory-map-view.png");
	}

	/** The colour the canvas paints at the cell of {@code gpa} (rendered into an image, as the canvas paints it). */
	private static RGB pixelAt(MemoryMapCanvas canvas, long gpa) {
		return onUi(() -> {
			Point p = canvas.pointOf(gpa);
			assertNotNull(p, "mapped");
			ImageData data = canvas.render();
			return data.palette.getRGB(data.getPixel(p.x, p.y));
		});
	}

	/** A million-page guest with 262,144 single-page steps: the map is built and painted without freezing. */
	@Test
	void millionPagesStayResponsive() throws Exception {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		GuestMemoryRegion ram = ModelFactory.eINSTANCE.createGuestMemoryRegion();
		ram.setName("ram");
		ram.setLength(1_000_000L * 4096);
		ram.setPrivateMemory(true);
		plan.getMemoryRegions().add(ram);
		PageKind[] kinds = { PageKind.NORMAL, PageKind.ZERO, PageKind.UNMEASURED, PageKind.NORMAL };
		for (int i = 0; i < 262_144; i++) {
			Step step = ModelFactory.eINSTANCE.createStep();
			step.setCommand("UPDATE");
			PageRange pages = ModelFactory.eINSTANCE.createPageRange();
			pages.setGpa(i * 3L * 4096);
			pages.setLength(4096);
			pages.setKind(kinds[i % kinds.length]);
			step.getPages().add(pages);
			plan.getSteps().add(step);
		}
		long t0 = System.nanoTime();
		GuestMemoryMap map = GuestMemoryMap.of(plan, i -> i < 131_072);
		long built = System.nanoTime() - t0;
		assertTrue(map.ranges().size() > 500_000, "page-level ranges: " + map.ranges().size());

		GuestMemoryMapView view = ExampleSessions.show(GuestMemoryMapView.ID);
		MemoryMapCanvas canvas = view.canvas();
		long[] paints = onUi(() -> {
			long a = System.nanoTime();
			canvas.setMap(map);
			canvas.fit();
			canvas.render();
			long fitted = System.nanoTime() - a;
			while (canvas.pagesPerCell() > 1) {
				canvas.zoomIn();
			}
			long b = System.nanoTime();
			canvas.reveal(500_000L * 4096);
			canvas.render();
			return new long[] { fitted, System.nanoTime() - b };
		});
		System.out.printf("memory map benchmark: %,d ranges built in %d ms; fit+paint %d ms; 1 page/cell scroll+paint %d ms%n",
				map.ranges().size(), built / 1_000_000, paints[0] / 1_000_000, paints[1] / 1_000_000);
		assertTrue(paints[0] < 2_000_000_000L && paints[1] < 2_000_000_000L, "paints within 2 s");
		assertEquals(PageState.MEASURED, map.at(0).state());
		assertEquals(PageState.PRIVATE_RAM, map.at(4096).state());
		assertEquals(PageState.NOT_ADDED, map.at(200_000L * 3 * 4096).state());
	}
}
