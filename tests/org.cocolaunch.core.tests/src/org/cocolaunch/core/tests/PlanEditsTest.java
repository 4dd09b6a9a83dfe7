/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.util.List;

import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The edits a user makes while stepping: split into pages, delete, move, duplicate. */
class PlanEditsTest {

	private static List<String> commands(LaunchPlan plan) {
		return plan.getSteps().stream().map(Step::getCommand).toList();
	}

	@Test
	void pageStepsNarrowTheContentSourceToEachPage() {
		LaunchPlan plan = ModelFixtures.snpPlan(); // step 1 covers 0xffc00000 + 4 MiB of firmware
		List<Step> pages = PlanEdits.pageSteps(plan.getSteps().get(1));
		assertEquals(1024, pages.size());
		Step third = pages.get(2);
		assertEquals(0xffc02000L, third.getPages().get(0).getGpa());
		assertEquals(0x1000L, third.getPages().get(0).getLength());
		assertEquals(ContentSourceKind.FIRMWARE, third.getPages().get(0).getContent().getKind());
		assertEquals(0x2000L, third.getPages().get(0).getContent().getOffset());
		assertEquals(0x1000L, third.getPages().get(0).getContent().getLength());
		assertEquals("fw [page 3/1024]", third.getName());
		PlanEdits.replace(plan, 1, pages);
		assertEquals(1026, plan.getSteps().size());
		assertEquals(List.of(plan.getSteps().get(0)), PlanEdits.pageSteps(plan.getSteps().get(0)), "no pages: itself");
	}

	@Test
	void deleteMoveAndDuplicate() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		assertEquals(List.of("KVM_SEV_SNP_LAUNCH_START", "KVM_SEV_SNP_LAUNCH_UPDATE", "KVM_SEV_SNP_LAUNCH_FINISH"), commands(plan));
		assertEquals(2, PlanEdits.move(plan, 1, +1));
		assertEquals(List.of("KVM_SEV_SNP_LAUNCH_START", "KVM_SEV_SNP_LAUNCH_FINISH", "KVM_SEV_SNP_LAUNCH_UPDATE"), commands(plan));
		assertThrows(IllegalArgumentException.class, () -> PlanEdits.move(plan, 0, -1));
		Step copy = PlanEdits.duplicate(plan, 0);
		assertNotSame(plan.getSteps().get(0), copy);
		assertEquals(copy, plan.getSteps().get(1));
		assertEquals("KVM_SEV_SNP_LAUNCH_START", copy.getCommand());
		PlanEdits.delete(plan, 1);
		assertEquals(3, plan.getSteps().size());
	}
}
