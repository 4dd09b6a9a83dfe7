/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.util.List;

import org.cocolaunch.core.inspect.GuestMemoryMap;
import org.cocolaunch.core.inspect.MemoryRange;
import org.cocolaunch.core.inspect.PageState;
import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The guest memory map overlays regions with step pages in step order, merges runs and finds ranges by address. */
class GuestMemoryMapTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private static Step step(String command, long gpa, long length, PageKind kind) {
		Step step = F.createStep();
		step.setCommand(command);
		PageRange pages = F.createPageRange();
		pages.setGpa(gpa);
		pages.setLength(length);
		pages.setKind(kind);
		step.getPages().add(pages);
		return step;
	}

	private static LaunchPlan plan() {
		LaunchPlan plan = F.createLaunchPlan();
		GuestMemoryRegion ram = F.createGuestMemoryRegion();
		ram.setName("ram");
		ram.setLength(0x10_0000);
		ram.setPrivateMemory(true);
		plan.getMemoryRegions().add(ram);
		plan.getSteps().add(step("A", 0x1000, 0x3000, PageKind.NORMAL)); // 0x1000-0x3fff
		plan.getSteps().add(step("B", 0x2000, 0x1000, PageKind.SECRETS)); // punches a hole into A
		plan.getSteps().add(step("C", 0x20_0000, 0x2000, PageKind.ZERO)); // beyond the region
		return plan;
	}

	@Test
	void laterStepsOverwriteEarlierOnesAndRegionsFillTheRest() {
		GuestMemoryMap map = GuestMemoryMap.of(plan(), i -> i < 2);
		assertEquals(List.of(PageState.PRIVATE_RAM, PageState.MEASURED, PageState.SECRETS, PageState.MEASURED,
				PageState.PRIVATE_RAM, PageState.NOT_ADDED), map.ranges().stream().map(MemoryRange::state).toList());
		assertEquals(PageState.SECRETS, map.at(0x2fff).state());
		assertEquals(PageState.MEASURED, map.at(0x3000).state());
		assertEquals(0x4000, map.at(0x3000).end());
		assertEquals(PageState.PRIVATE_RAM, map.at(0xF_F000).state());
		assertNull(map.at(0x10_0000), "gap between the region and step C");
		assertEquals(PageState.NOT_ADDED, map.at(0x20_1000).state(), "step C not issued");
		assertEquals(0, map.lowest());
		assertEquals(0x20_2000, map.highest());
		assertEquals(5, map.indexFrom(0x10_0000));
		assertEquals("0x2000\u20130x2fff (1 pages): secrets page \u2014 B, secrets, step 1", map.at(0x2000).describe());
	}

	@Test
	void adjacentPagesOfTheSameStateAndSourceMergeIntoOneRange() {
		LaunchPlan plan = F.createLaunchPlan();
		for (int i = 0; i < 1000; i++) {
			plan.getSteps().add(step("UPDATE", i * 0x1000L, 0x1000, PageKind.NORMAL));
		}
		GuestMemoryMap map = GuestMemoryMap.of(plan, i -> true);
		assertEquals(1, map.ranges().size());
		assertEquals("0x0\u20130x3e7fff (1000 pages): measured \u2014 UPDATE, normal, steps 0\u2013999", map.ranges().get(0).describe());
	}

	@Test
	void changedPathsCompareValuesByPath() {
		StateDescription before = new StateDescription("v", List.of(StateField.group("G",
				List.of(StateField.of("RIP", "0xfff0"), StateField.of("RAX", "0x0")))), null);
		StateDescription after = new StateDescription("v", List.of(StateField.group("G",
				List.of(StateField.of("RIP", "0x1000"), StateField.of("RAX", "0x0")))), null);
		assertEquals(List.of("G/RIP"), after.changedSince(before));
		assertEquals(List.of(), after.changedSince(null), "nothing to compare with: nothing highlighted");
	}
}
