/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.core.plan.TdxPlanBuilder;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.tdx.model.TdLifecycleState;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every TD state, op-state, lifecycle and vCPU-state transition of a launch on the simulated TDX module. */
class TdxModuleStatesTest {

	private LaunchPlan plan;
	private TdxModuleSimulator sim;

	@BeforeEach
	void setUp() throws Exception {
		plan = TdxPlans.plan(2);
		sim = SimRun.simulator(plan, TestData.dir());
	}

	private StepResult run(String name) throws Exception {
		StepResult r = sim.execute(TdxPlans.step(plan, name));
		assertEquals(StepStatus.SUCCESS, r.getStatus(), name + ": " + r.getMessage());
		return r;
	}

	private byte[] register(String name) {
		for (MeasurementRegister r : sim.registers()) {
			if (r.getName().equals(name)) {
				return r.getValue();
			}
		}
		throw new AssertionError("no register " + name);
	}

	private TdVcpuState vcpu(int index) {
		return (TdVcpuState) sim.vcpus().get(index).getState();
	}

	@Test
	void freshModuleHasNoTd() {
		TdState td = sim.tdState();
		assertFalse(td.isHkidAssigned());
		assertEquals(TdOpState.UNINITIALIZED, td.getOpState());
		assertNull(td.getTdParams());
		assertNull(register("MRTD"));
		assertNull(register("MRCONFIGID"));
		assertArrayEquals(new byte[48], register("RTMR0"));
		assertEquals(2, sim.vcpus().size());
		assertEquals(VcpuTdState.UNINITIALIZED, vcpu(0).getState());
		assertEquals("sim", sim.kind());
		assertTrue(sim.supportsSnapshots());
	}

	@Test
	void createVmKeepsTdUninitialized() throws Exception {
		run("create-vm");
		assertEquals(TdOpState.UNINITIALIZED, sim.tdState().getOpState());
		assertFalse(sim.tdState().isHkidAssigned());
	}

	@Test
	void initVmMakesTdInitializedWithKeysConfigured() throws Exception {
		run("create-vm");
		run("init-vm");
		TdState td = sim.tdState();
		assertTrue(td.isHkidAssigned());
		assertEquals(TdLifecycleState.KEYS_CONFIGURED, td.getLifecycleState());
		assertEquals(TdOpState.INITIALIZED, td.getOpState());
		assertEquals(1L << 28, td.getTdParams().getAttributes());
		assertEquals(2, td.getTdParams().getMaxVcpus());
		assertEquals(4, td.getTdParams().getConfigFlags());
		assertEquals("[SEPT_VE_DISABLE]", td.getTdParams().getAttributeBits().toString());
		assertEquals("[X87, SSE, AVX, OPMASK, ZMM_HI256, HI16_ZMM]", td.getTdParams().getXfamBits().toString());
		assertArrayEquals(Sha384.of(new byte[0]), register("MRTD"), "MRTD of a TD without pages is SHA-384 of nothing");
		assertArrayEquals(new byte[48], register("MRCONFIGID"));
		assertArrayEquals(new byte[48], register("MROWNER"));
		assertArrayEquals(new byte[48], register("MROWNERCONFIG"));
	}

	@Test
	void initVcpuMakesVcpuInitializedWithHobInRcx() throws Exception {
		run("create-vm");
		run("init-vm");
		run("init-vcpu-1");
		assertEquals(VcpuTdState.UNINITIALIZED, vcpu(0).getState());
		TdVcpuState v = vcpu(1);
		assertEquals(VcpuTdState.INITIALIZED, v.getState());
		long hob = ((TdxInitVcpu) TdxPlans.step(plan, "init-vcpu-1").getParameters()).getRcx();
		assertEquals(hob, v.getRcx());
		assertEquals(0xFFFFFFF0L, v.getRip());
		assertEquals(1, v.getX2apicId());
		assertFalse(v.isRegistersReadable(), "not a DEBUG TD");
		VcpuState common = sim.vcpus().get(1);
		assertEquals(1, common.getIndex());
	}

	@Test
	void memRegionsAddPagesAndExtendOnlyMeasuredOnes() throws Exception {
		run("create-vm");
		run("init-vm");
		run("init-vcpu-0");
		long pages = 0;
		long chunks = 0;
		byte[] before = register("MRTD");
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof TdxInitMemRegion region) {
				StepResult r = run(s.getName());
				pages += region.getNrPages();
				chunks += region.isMeasure() ? region.getNrPages() * 16 : 0;
				assertEquals(1, r.getChangedPages().size());
				assertEquals(region.getGpa(), r.getChangedPages().get(0).getGpa());
				assertEquals(region.isMeasure() ? PageKind.NORMAL : PageKind.UNMEASURED, r.getChangedPages().get(0).getKind());
				assertFalse(Arrays.equals(before, register("MRTD")), s.getName() + " must change the running MRTD");
				before = register("MRTD");
			}
		}
		assertTrue(chunks > 0);
		assertEquals(pages, sim.tdState().getPagesAdded());
		assertEquals(chunks, sim.tdState().getChunksExtended());
		assertEquals(TdOpState.INITIALIZED, sim.tdState().getOpState());
	}

	@Test
	void finalizeMakesTdRunnableAndFixesMrtd() throws Exception {
		for (Step s : plan.getSteps()) {
			if (!s.getCommand().equals(TdxCommands.FINALIZE_VM)) {
				run(s.getName());
			}
		}
		byte[] running = register("MRTD");
		run("finalize-vm");
		assertEquals(TdOpState.RUNNABLE, sim.tdState().getOpState());
		assertArrayEquals(running, register("MRTD"), "FINALIZE fixes the running value");
		assertEquals(CaseRow.byId("mrtd-01").expected(), HexFormat.of().formatHex(register("MRTD")));
		assertNull(register("RTMR0"), "RTMR0 also gets firmware events the inputs do not determine");
		assertNull(register("RTMR2"), "without a kernel RTMR2 is not predicted");
		assertArrayEquals(new byte[48], register("RTMR3"));
		assertEquals(List.of("td_hob", "cfv"), sim.rtmrEvents().stream().map(e -> e.name()).toList());
	}

	@Test
	void closeTearsTheTdDown() throws Exception {
		run("create-vm");
		run("init-vm");
		sim.close();
		assertEquals(TdLifecycleState.TEARDOWN, sim.tdState().getLifecycleState());
		assertNotNull(sim.tdState().getTdParams());
	}

	@Test
	void debugTdVcpuIsReadable() throws Exception {
		LaunchPlan debug = TdxPlanBuilder.build(TdxPlans.defaultSpec().attributes(1L | 1L << 28));
		TdxModuleSimulator s = SimRun.simulator(debug, TestData.dir());
		for (String name : List.of("create-vm", "init-vm", "init-vcpu-0")) {
			assertEquals(StepStatus.SUCCESS, s.execute(TdxPlans.step(debug, name)).getStatus());
		}
		assertTrue(((TdVcpuState) s.vcpus().get(0).getState()).isRegistersReadable());
		assertEquals("[DEBUG, SEPT_VE_DISABLE]", s.tdState().getTdParams().getAttributeBits().toString());
	}
}
