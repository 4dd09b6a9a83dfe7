/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.report.TdReport;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TDREPORT of a finished simulated TD, and the vendor engine that offers the simulator. */
class TdxReportAndEngineTest {

	@Test
	void tdReportCarriesTheTdsRegisters() throws Exception {
		CaseRow row = CaseRow.byId("rtmr2-01");
		byte[] owner = new byte[48];
		owner[0] = 0x5A;
		LaunchPlan plan = TdxPlanBuilder.build(row.spec().mrOwner(owner));
		SimRun run = SimRun.of(plan, TestData.dir());
		byte[] reportData = new byte[64];
		reportData[63] = 7;
		assertThrows(IllegalStateException.class,
				() -> SimRun.simulator(plan, TestData.dir()).tdReport(reportData), "no report before FINALIZE");
		TdReport report = TdReport.parse(run.backend().tdReport(reportData), "simulated");
		HexFormat hex = HexFormat.of();
		assertEquals(run.register("MRTD"), hex.formatHex(report.mrtd()));
		assertEquals(row.expected(), hex.formatHex(report.rtmr(2)));
		assertArrayEquals(owner, report.mrOwner());
		assertEquals(run.register("MROWNER"), hex.formatHex(report.mrOwner()));
		assertArrayEquals(new byte[48], report.mrConfigId());
		assertArrayEquals(reportData, report.reportData());
		assertEquals(1L << 28, ByteBuffer.wrap(report.tdAttributes()).order(ByteOrder.LITTLE_ENDIAN).getLong());
		assertEquals(0xE7L, ByteBuffer.wrap(report.xfam()).order(ByteOrder.LITTLE_ENDIAN).getLong());
		assertFalse(Arrays.equals(new byte[48], report.teeInfoHash()));
	}

	@Test
	void engineSupportsTdxPlansOnly() throws Exception {
		TdxVendorEngine engine = new TdxVendorEngine();
		LaunchPlan plan = TdxPlans.plan(1);
		assertEquals("intel-tdx", engine.id());
		assertTrue(engine.supports(plan));
		assertEquals(engine, VendorEngines.of(engine).forPlan(plan).orElseThrow());
		LaunchPlan snp = ModelFactory.eINSTANCE.createLaunchPlan();
		snp.setVendor(Vendor.AMD);
		snp.setVmType(VmType.SNP);
		assertFalse(engine.supports(snp));
		assertTrue(VendorEngines.of(engine).forPlan(snp).isEmpty());
		try (var backend = engine.createSimulator(plan, new PlanInputs(plan, TestData.dir(), Map.of()))) {
			assertInstanceOf(TdxModuleSimulator.class, backend);
		}
	}
}
