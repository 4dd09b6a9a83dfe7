/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.util.List;
import java.util.function.Consumer;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.tdx.core.engine.TdxVendorEngine;
import org.cocolaunch.tdx.core.sim.TdxModuleSimulator;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxHost;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.testing.TestData;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Launch commands in the wrong state or with bad parameters: each is refused with the TDX module status (as a
 * firmware error and its name) and the errno KVM returns, and leaves the TD as it was.
 */
class TdxMisuseTest {

	private static final int EIO = 5;
	private static final int EBADF = 9;
	private static final int EEXIST = 17;
	private static final int EINVAL = 22;

	private LaunchPlan plan;
	private TdxModuleSimulator sim;

	@BeforeEach
	void setUp() throws Exception {
		plan = TdxPlans.plan(1);
		sim = SimRun.simulator(plan, TestData.dir());
	}

	/** Issues the named steps, which must succeed. */
	private void ok(String... names) throws BackendException {
		for (String name : names) {
			StepResult r = sim.execute(TdxPlans.step(plan, name));
			assertEquals(StepStatus.SUCCESS, r.getStatus(), name + ": " + r.getMessage());
		}
	}

	private void okUpToFinalize() throws BackendException {
		for (Step s : plan.getSteps()) {
			if (!s.getName().equals("finalize-vm")) {
				ok(s.getName());
			}
		}
	}

	private StepResult issue(String name) throws BackendException {
		return sim.execute(TdxPlans.step(plan, name));
	}

	@SuppressWarnings("unchecked")
	private <T extends EObject> StepResult issueChanged(String name, Consumer<T> change) throws BackendException {
		Step step = TdxPlans.copy(TdxPlans.step(plan, name));
		change.accept((T) step.getParameters());
		return sim.execute(step);
	}

	private static void assertRefused(StepResult r, int errno, String status, long code) {
		assertEquals(StepStatus.FAILED, r.getStatus());
		assertEquals(errno, r.getErrno(), "errno; " + r.getMessage());
		assertEquals(-1, r.getReturnValue());
		assertEquals(status, r.getFirmwareErrorName(), r.getMessage());
		assertEquals(code, r.getFirmwareError(), "status 0x" + Long.toHexString(r.getFirmwareError()));
		assertFalse(r.getMessage().contains("\n"), "one-line message");
	}

	private byte[] mrtd() {
		for (MeasurementRegister r : sim.registers()) {
			if (r.getName().equals("MRTD")) {
				return r.getValue();
			}
		}
		throw new AssertionError("no MRTD");
	}

	@Test
	void commandBeforeCreateVmHasNoVm() throws Exception {
		assertRefused(issue("init-vm"), EBADF, null, 0);
	}

	@Test
	void secondCreateVmIsRefused() throws Exception {
		ok("create-vm");
		assertRefused(issue("create-vm"), EEXIST, null, 0);
	}

	@Test
	void nonTdxVmTypeIsRefused() throws Exception {
		assertRefused(this.<KvmCreateVm>issueChanged("create-vm", c -> c.setVmType(4)), EINVAL, null, 0);
	}

	/** canonical/tdx #342: a host whose KVM does not offer TDX (the plan's simulated host) refuses the TD's VM type. */
	@Test
	void hostWithoutTdxRefusesTheTdVmType() throws Exception {
		TdxHost host = TdxFactory.eINSTANCE.createTdxHost();
		assertTrue(host.isTdxEnabled());
		host.setTdxEnabled(false);
		plan.setHost(host);
		sim = SimRun.simulator(plan, TestData.dir());
		StepResult r = issue("create-vm");
		assertRefused(r, EINVAL, null, 0);
		assertTrue(r.getMessage().contains("KVM_CAP_VM_TYPES"), r.getMessage());
	}

	@Test
	void initVmTwiceIsOpStateIncorrect() throws Exception {
		ok("create-vm", "init-vm");
		assertRefused(issue("init-vm"), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
		assertEquals(TdOpState.INITIALIZED, sim.tdState().getOpState());
	}

	@Test
	void reservedAttributeBitIsOperandInvalid() throws Exception {
		ok("create-vm");
		assertRefused(this.<TdxInitVm>issueChanged("init-vm", i -> i.setAttributes(1L << 28 | 1L << 5)), EINVAL,
				"TDX_OPERAND_INVALID", 0xC000010000000040L);
		assertEquals(TdOpState.UNINITIALIZED, sim.tdState().getOpState());
	}

	@Test
	void xfamWithoutX87IsOperandInvalid() throws Exception {
		ok("create-vm");
		assertRefused(this.<TdxInitVm>issueChanged("init-vm", i -> i.setXfam(0x6)), EINVAL, "TDX_OPERAND_INVALID",
				0xC000010000000041L);
	}

	@ParameterizedTest(name = "xfam 0x{0}")
	@ValueSource(strings = { "1f", "67", "803", "1003" })
	void xfamTheModuleDisallowsIsOperandInvalid(String xfam) throws Exception {
		ok("create-vm"); // MPX; AVX-512 without ZMM_HI256; CET_U alone; CET_S alone
		StepResult r = this.<TdxInitVm>issueChanged("init-vm", i -> i.setXfam(Long.parseLong(xfam, 16)));
		assertRefused(r, EINVAL, "TDX_OPERAND_INVALID", 0xC000010000000041L);
	}

	@Test
	void initVcpuBeforeInitVmIsOpStateIncorrect() throws Exception {
		ok("create-vm");
		assertRefused(issue("init-vcpu-0"), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
	}

	@Test
	void initVcpuTwiceIsVcpuStateIncorrect() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		assertRefused(issue("init-vcpu-0"), EINVAL, "TDX_VCPU_STATE_INCORRECT", 0xC000070000000000L);
	}

	@Test
	void vcpuBeyondMaxVcpusIsRefused() throws Exception {
		ok("create-vm", "init-vm");
		assertRefused(this.<TdxInitVcpu>issueChanged("init-vcpu-0", v -> v.setVcpuIndex(1)), EINVAL,
				"TDX_MAX_VCPUS_EXCEEDED", 0xC000070500000000L);
	}

	@Test
	void initVcpuWithFlagsIsRefusedByKvm() throws Exception {
		ok("create-vm", "init-vm");
		assertRefused(this.<TdxInitVcpu>issueChanged("init-vcpu-0", v -> v.setFlags(1)), EINVAL, null, 0);
	}

	@Test
	void memRegionBeforeInitVmIsOpStateIncorrect() throws Exception {
		ok("create-vm");
		assertRefused(sim.execute(TdxPlans.stepStarting(plan, "init-mem-region-0")), EINVAL, "TDX_OP_STATE_INCORRECT",
				0xC000060800000000L);
	}

	@Test
	void memRegionBeforeInitVcpuIsRefusedByKvm() throws Exception {
		ok("create-vm", "init-vm");
		assertRefused(sim.execute(TdxPlans.stepStarting(plan, "init-mem-region-0")), EINVAL, null, 0);
		assertEquals(0, sim.tdState().getPagesAdded());
	}

	@Test
	void pageAddedTwiceIsEptEntryStateIncorrect() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step bfv = TdxPlans.stepStarting(plan, "init-mem-region-0");
		ok(bfv.getName());
		byte[] before = mrtd();
		long pages = sim.tdState().getPagesAdded();
		assertRefused(sim.execute(bfv), EIO, "TDX_EPT_ENTRY_STATE_INCORRECT", 0xC0000B0D00000001L);
		assertArrayEquals(before, mrtd(), "a refused PAGE.ADD does not measure");
		assertEquals(pages, sim.tdState().getPagesAdded());
	}

	@Test
	void overlappingRegionIsEptEntryStateIncorrect() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step bfv = TdxPlans.stepStarting(plan, "init-mem-region-0");
		ok(bfv.getName());
		Step overlap = TdxPlans.copy(bfv);
		TdxInitMemRegion region = (TdxInitMemRegion) overlap.getParameters();
		region.setGpa(region.getGpa() - 4096);
		overlap.getPages().clear();
		StepResult r = sim.execute(overlap);
		assertRefused(r, EIO, "TDX_EPT_ENTRY_STATE_INCORRECT", 0xC0000B0D00000001L);
		assertTrue(r.getMessage().contains(Long.toHexString(region.getGpa() + 4096)), r.getMessage());
	}

	@Test
	void misalignedRegionIsRefusedByKvm() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step bfv = TdxPlans.copy(TdxPlans.stepStarting(plan, "init-mem-region-0"));
		((TdxInitMemRegion) bfv.getParameters()).setGpa(0x1000800);
		bfv.getPages().clear();
		assertRefused(sim.execute(bfv), EINVAL, null, 0);
	}

	@Test
	void unknownRegionFlagIsRefusedByKvm() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step bfv = TdxPlans.copy(TdxPlans.stepStarting(plan, "init-mem-region-0"));
		((TdxInitMemRegion) bfv.getParameters()).setFlags(3);
		assertRefused(sim.execute(bfv), EINVAL, null, 0);
	}

	@Test
	void extendAfterFinalizeIsOpStateIncorrect() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step bfv = TdxPlans.stepStarting(plan, "init-mem-region-0");
		assertTrue(((TdxInitMemRegion) bfv.getParameters()).isMeasure());
		ok("finalize-vm");
		byte[] fixed = mrtd();
		Step moved = TdxPlans.copy(bfv);
		((TdxInitMemRegion) moved.getParameters()).setGpa(0x100000);
		moved.getPages().clear();
		assertRefused(sim.execute(moved), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
		assertArrayEquals(fixed, mrtd());
	}

	@Test
	void initVcpuAfterFinalizeIsOpStateIncorrect() throws Exception {
		plan = TdxPlans.plan(2);
		sim = SimRun.simulator(plan, TestData.dir());
		ok("create-vm", "init-vm", "init-vcpu-0", "finalize-vm");
		assertRefused(issue("init-vcpu-1"), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
	}

	@Test
	void finalizeBeforeInitVmIsOpStateIncorrect() throws Exception {
		ok("create-vm");
		assertRefused(issue("finalize-vm"), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
	}

	@Test
	void finalizeWithoutVcpusIsNoVcpus() throws Exception {
		ok("create-vm", "init-vm");
		assertRefused(issue("finalize-vm"), EIO, "TDX_NO_VCPUS", 0xC000060900000000L);
		assertEquals(TdOpState.INITIALIZED, sim.tdState().getOpState());
	}

	@Test
	void finalizeTwiceIsOpStateIncorrect() throws Exception {
		okUpToFinalize();
		ok("finalize-vm");
		assertRefused(issue("finalize-vm"), EINVAL, "TDX_OP_STATE_INCORRECT", 0xC000060800000000L);
		assertEquals(TdOpState.RUNNABLE, sim.tdState().getOpState());
	}

	@Test
	void pageAugSectionIsMappedButNotMeasured() throws Exception {
		ok("create-vm", "init-vm", "init-vcpu-0");
		Step aug = TdxPlans.copy(TdxPlans.stepStarting(plan, "init-mem-region-0"));
		TdxInitMemRegion region = (TdxInitMemRegion) aug.getParameters();
		region.setGpa(0x40000000L);
		region.setSectionAttributes(2);
		aug.getPages().clear();
		byte[] before = mrtd();
		StepResult r = sim.execute(aug);
		assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
		assertArrayEquals(before, mrtd(), "PAGE.AUG sections are not measured");
		assertEquals(region.getNrPages(), sim.tdState().getPagesAugmented());
		assertEquals(0, sim.tdState().getPagesAdded());
		assertEquals(PageKind.AUG, r.getChangedPages().get(0).getKind());
	}

	@Test
	void stepWithForeignParametersIsABrokenPlan() {
		Step bad = TdxPlans.copy(TdxPlans.step(plan, "init-vm"));
		bad.setCommand("KVM_TDX_FINALIZE_VM");
		BackendException e = assertThrows(BackendException.class, () -> sim.execute(bad));
		assertTrue(e.getMessage().contains("does not match"), e.getMessage());
	}

	@Test
	void sessionStopsAtTheFirstRefusal() throws Exception {
		plan.getSteps().move(1, plan.getSteps().indexOf(TdxPlans.step(plan, "init-vcpu-0")));
		try (Session session = new Session(plan, sim)) {
			List<StepResult> results = session.runToEnd(null);
			assertTrue(session.hasFailed());
			StepResult last = results.get(results.size() - 1);
			assertEquals("KVM_TDX_INIT_VCPU", last.getCommand());
			assertEquals("TDX_OP_STATE_INCORRECT", last.getFirmwareErrorName());
			assertNull(last.getRegisters().stream().filter(r -> r.getName().equals("MRTD")).findFirst().orElseThrow()
					.getValue());
		}
	}

	@Test
	void engineNamesTheStatusCodes() {
		TdxVendorEngine engine = new TdxVendorEngine();
		assertEquals("TDX_EPT_ENTRY_STATE_INCORRECT", engine.firmwareErrorName(0xC0000B0D00000001L));
		assertEquals("TDX_OP_STATE_INCORRECT", engine.firmwareErrorName(0xC000060800000000L));
		assertEquals("TDX_SUCCESS", engine.firmwareErrorName(0));
		assertNull(engine.firmwareErrorName(0xC0000FFF00000000L));
	}
}
