/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped TDX example plan is what the generator produces, loads, and runs to the expected MRTD. */
class TdxExamplePlanTest {

	private static Path shipped() {
		return TdxExamplePlan.examplesDir().resolve(TdxExamplePlan.FILE);
	}

	@Test
	void shippedExampleIsUpToDate() throws Exception {
		assertEquals(TdxExamplePlan.text(), Files.readString(shipped(), StandardCharsets.UTF_8),
				"tdx-qemu.cclaunch is stale: run org.cocolaunch.tdx.core.tests.TdxExamplePlan");
	}

	@Test
	void shippedExampleRunsToTheExpectedMrtd() throws Exception {
		new TdxVendorEngine(); // registers the vendor package outside OSGi
		LaunchPlan plan = ModelFiles.loadPlan(shipped());
		assertTrue(new TdxVendorEngine().supports(plan));
		SimRun run = SimRun.of(plan, TestData.dir().resolve("firmware"));
		assertEquals(CaseRow.byId("mrtd-01").expected(), run.field("mrtd"));
	}
}
