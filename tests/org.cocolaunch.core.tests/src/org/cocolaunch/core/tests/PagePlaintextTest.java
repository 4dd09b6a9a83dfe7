/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.inspect.PagePlaintext;
import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.inspect.RegisterFeeds;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.Step;
import org.cocolaunch.testing.ChainBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's plaintext comes from the last step adding it; register feeds count the pages behind each change. */
class PagePlaintextTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@TempDir
	Path dir;

	private static PageRange range(long gpa, long length, PageKind kind, ContentSource content) {
		PageRange pages = F.createPageRange();
		pages.setGpa(gpa);
		pages.setLength(length);
		pages.setKind(kind);
		pages.setContent(content);
		return pages;
	}

	private static ContentSource firmware(long offset, long length) {
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.FIRMWARE);
		c.setOffset(offset);
		c.setLength(length);
		return c;
	}

	private static Step step(String command, PageRange... ranges) {
		Step step = F.createStep();
		step.setCommand(command);
		step.getPages().addAll(List.of(ranges));
		return step;
	}

	/** firmware.bin holds byte i % 251 at offset i: 3 pages and a half. */
	private LaunchPlan plan() throws Exception {
		byte[] image = new byte[0x3800];
		for (int i = 0; i < image.length; i++) {
			image[i] = (byte) (i % 251);
		}
		Files.write(dir.resolve("firmware.bin"), image);
		LaunchPlan plan = F.createLaunchPlan();
		LaunchInput input = F.createLaunchInput();
		input.setRole("firmware");
		input.setPath("firmware.bin");
		plan.getInputs().add(input);
		ContentSource inline = F.createContentSource();
		inline.setKind(ContentSourceKind.INLINE);
		inline.setData(new byte[] { 1, 2, 3 });
		plan.getSteps().add(step("UPDATE_FW", range(0x10000, 0x4000, PageKind.NORMAL, firmware(0x1000, 0))));
		plan.getSteps().add(step("UPDATE_ZERO", range(0x20000, 0x2000, PageKind.ZERO, null)));
		plan.getSteps().add(step("UPDATE_INLINE", range(0x11000, 0x1000, PageKind.CPUID, inline)));
		return plan;
	}

	private PlanInputs inputs(LaunchPlan plan) {
		return new PlanInputs(plan, dir, Map.of());
	}

	@Test
	void aPageOfAnInputIsItsSliceAtTheSourceOffset() throws Exception {
		LaunchPlan plan = plan();
		PagePlaintext page = PagePlaintext.at(plan, inputs(plan), 0x12345);
		assertEquals(0x12000, page.gpa());
		byte[] expected = new byte[4096];
		for (int i = 0; i < expected.length; i++) {
			expected[i] = (byte) ((0x3000 + i) % 251);
		}
		// 0x12000 is 0x2000 into the range, whose source starts 0x1000 into the file; the file ends at 0x3800.
		assertArrayEquals(Arrays.copyOf(expected, 0x800), Arrays.copyOf(page.bytes(), 0x800));
		assertArrayEquals(new byte[0x800], Arrays.copyOfRange(page.bytes(), 0x800, 4096), "past the input: zero");
		assertTrue(page.origin().startsWith("step 0 UPDATE_FW, normal page: input 'firmware' at offset 0x3000"),
				page.origin());
	}

	@Test
	void theLastStepAddingAPageWinsAndPagesWithoutContentsSaySo() throws Exception {
		LaunchPlan plan = plan();
		PagePlaintext overwritten = PagePlaintext.at(plan, inputs(plan), 0x11000);
		assertArrayEquals(new byte[] { 1, 2, 3, 0 }, Arrays.copyOf(overwritten.bytes(), 4));
		assertTrue(overwritten.origin().startsWith("step 2 UPDATE_INLINE, cpuid page: inline data"), overwritten.origin());
		PagePlaintext zero = PagePlaintext.at(plan, inputs(plan), 0x21fff);
		assertNull(zero.bytes());
		assertTrue(zero.origin().contains("no contents"), zero.origin());
		assertNull(PagePlaintext.at(plan, inputs(plan), 0x90000).bytes());
	}

	@Test
	void aMissingInputIsAnErrorNamingIt() throws Exception {
		LaunchPlan plan = plan();
		Files.delete(dir.resolve("firmware.bin"));
		BackendException e = assertThrows(BackendException.class, () -> PagePlaintext.at(plan, inputs(plan), 0x10000));
		assertTrue(e.getMessage().contains("firmware"), e.getMessage());
	}

	@Test
	void feedsCountThePagesOfTheStepsThatChangedARegister() throws Exception {
		LaunchPlan plan = plan();
		plan.getSteps().add(step("UPDATE_UNMEASURED", range(0x30000, 0x1000, PageKind.UNMEASURED, null)));
		plan.getSteps().add(step("FINISH"));
		MeasurementRegister r = F.createMeasurementRegister();
		r.setName("MEASUREMENT");
		for (int index : new int[] { 0, 1, 2, 4 }) {
			RegisterUpdate u = F.createRegisterUpdate();
			u.setStepIndex(index);
			r.getHistory().add(u);
		}
		RegisterFeeds.Feed feed = RegisterFeeds.of(plan, List.of(r)).get(0);
		assertEquals(Map.of(PageState.MEASURED, 4L, PageState.ZERO, 2L, PageState.CPUID, 1L), feed.pages());
		assertEquals(7, feed.totalPages());
		assertEquals(1, feed.pagelessChanges(), "FINISH has no pages; the unmeasured step did not change the register");
	}

	@Test
	void closingASessionDropsTheCachedInputContents() throws Exception {
		LaunchPlan plan = plan();
		PlanInputs inputs = inputs(plan);
		byte[] before = inputs.bytes("firmware");
		Files.write(dir.resolve("firmware.bin"), new byte[] { 9 });
		assertEquals(before.length, inputs.bytes("firmware").length, "cached while the session lives");
		ChainBackend backend = new ChainBackend() {
			@Override
			public PlanInputs inputs() {
				return inputs;
			}
		};
		new Session(plan, backend).close();
		assertTrue(backend.closed);
		assertArrayEquals(new byte[] { 9 }, inputs.bytes("firmware"), "read again after the session closed");
	}
}
