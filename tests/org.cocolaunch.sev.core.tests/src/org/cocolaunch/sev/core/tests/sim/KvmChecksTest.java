/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** KVM's own refusals (errno without a firmware call) and parameter checks (domain reference §1.4, §1.5, §1.9). */
class KvmChecksTest {

	private static SevFirmwareSimulator sim(VmType type) {
		LaunchPlan plan = TestSteps.emptyPlan(type);
		return new SevFirmwareSimulator(plan, new PlanInputs(plan, Path.of("."), Map.of()), SimulatedPlatform.DEFAULT,
				new Random(7));
	}

	private static void assertErrno(int errno, StepResult r) {
		assertEquals(StepStatus.FAILED, r.getStatus(), r.getMessage());
		assertEquals(errno, r.getErrno(), r.getMessage());
		assertEquals(-errno, r.getReturnValue());
		assertEquals(0, r.getFirmwareError());
		assertNull(r.getFirmwareErrorName());
	}

	private static void ok(StepResult r) {
		assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
	}

	@Test
	void commandsBeforeCreateVmHaveNoVmFd() throws Exception {
		assertErrno(9, sim(VmType.SNP).execute(TestSteps.init2(0)));
	}

	@Test
	void launchCommandsBeforeInitAreNotSevGuests() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV);
		ok(s.execute(TestSteps.createVm(2)));
		assertErrno(25, s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
	}

	@Test
	void init2NeedsANewVmTypeAndLegacyInitTheDefaultType() throws Exception {
		SevFirmwareSimulator legacy = sim(VmType.DEFAULT);
		ok(legacy.execute(TestSteps.createVm(0)));
		assertErrno(22, legacy.execute(TestSteps.init2(0)));
		SevFirmwareSimulator modern = sim(VmType.SEV);
		ok(modern.execute(TestSteps.createVm(2)));
		assertErrno(22, modern.execute(TestSteps.command(SevCommandId.KVM_SEV_INIT, null)));
	}

	@Test
	void secondInitIsRefused() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV_ES);
		ok(s.execute(TestSteps.createVm(3)));
		ok(s.execute(TestSteps.init2(0)));
		assertErrno(22, s.execute(TestSteps.init2(0)));
	}

	@Test
	void plainSevTakesNoVmsaFeaturesAndFlagsMustBeZero() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV);
		ok(s.execute(TestSteps.createVm(2)));
		assertErrno(22, s.execute(TestSteps.init2(0x20)));
		SevInit p = TestSteps.S.createSevInit();
		p.setFlags(1);
		assertErrno(22, s.execute(TestSteps.command(SevCommandId.KVM_SEV_INIT2, p)));
	}

	@Test
	void vmsaUpdateNeedsAnSevEsGuest() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV);
		ok(s.execute(TestSteps.createVm(2)));
		ok(s.execute(TestSteps.init2(0)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
		assertErrno(25, s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, s)));
	}

	@Test
	void vmsasAreEncryptedOnce() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV_ES);
		ok(s.execute(TestSteps.createVm(3)));
		ok(s.execute(TestSteps.init2(0)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, s)));
		assertErrno(22, s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, s)));
	}

	@Test
	void measureLengthQueryAnswersInvalidLengthAndKeepsTheState() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV_ES);
		ok(s.execute(TestSteps.createVm(3)));
		ok(s.execute(TestSteps.init2(0)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
		SevLaunchMeasure query = TestSteps.S.createSevLaunchMeasure();
		query.setLen(0);
		StepResult r = s.execute(TestSteps.command(SevCommandId.KVM_SEV_LAUNCH_MEASURE, query));
		assertEquals(5, r.getErrno());
		assertEquals(0x04, r.getFirmwareError());
		assertEquals("INVALID_LENGTH", r.getFirmwareErrorName());
		assertEquals(SevGuestState.LUPDATE, s.sevGuestState());
	}

	@Test
	void secretWithWrongMacIsABadMeasurement() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV_ES);
		ok(s.execute(TestSteps.createVm(3)));
		ok(s.execute(TestSteps.init2(0)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
		ok(s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_MEASURE, s)));
		StepResult r = s.execute(TestSteps.command(SevCommandId.KVM_SEV_LAUNCH_SECRET,
				SevStateMachineTest.secret(s, new byte[16], true)));
		assertEquals("BAD_MEASUREMENT", r.getFirmwareErrorName());
		ok(s.execute(TestSteps.command(SevCommandId.KVM_SEV_LAUNCH_SECRET,
				SevStateMachineTest.secret(s, new byte[16], false))));
	}

	@Test
	void snpVmAcceptsOnlySnpCommands() throws Exception {
		SevFirmwareSimulator s = SnpStateMachineTest.snpVm();
		assertErrno(1, s.execute(SevStateMachineTest.step(SevCommandId.KVM_SEV_LAUNCH_START, s)));
		assertErrno(1, s.execute(TestSteps.init2(0)));
	}

	@Test
	void snpStartOnASevVmIsNotSupported() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SEV_ES);
		ok(s.execute(TestSteps.createVm(3)));
		ok(s.execute(TestSteps.init2(0)));
		assertErrno(25, s.execute(TestSteps.snpStart(0x30000)));
	}

	@Test
	void snpPolicyRulesOfKvm() throws Exception {
		SevFirmwareSimulator s = SnpStateMachineTest.snpVm();
		assertErrno(22, s.execute(TestSteps.snpStart(0x10000))); // reserved bit 17 must be one
		assertErrno(22, s.execute(TestSteps.snpStart(0x20000))); // SMT must be allowed
		assertErrno(22, s.execute(TestSteps.snpStart(0x130000))); // SINGLE_SOCKET
		assertErrno(22, s.execute(TestSteps.snpStart(0x430000))); // MEM_AES_256_XTS: not in KVM's valid set
		ok(s.execute(TestSteps.snpStart(0xB0000))); // DEBUG is allowed
	}

	@Test
	void snpUpdateParameterChecks() throws Exception {
		SevFirmwareSimulator s = SnpStateMachineTest.snpVm();
		ok(s.execute(TestSteps.snpStart(0x30000)));
		assertErrno(22, s.execute(TestSteps.snpUpdate(0x1000, 0x800, SnpPageType.ZERO)));
		assertErrno(22, s.execute(TestSteps.snpUpdate(0x1000, 0x1000, SnpPageType.VMSA)));
		assertErrno(22, s.execute(TestSteps.snpUpdate(0x1000, 0x1000, SnpPageType.INVALID)));
		ok(s.execute(TestSteps.snpUpdate(0x1000, 0x2000, SnpPageType.ZERO)));
		assertErrno(17, s.execute(TestSteps.snpUpdate(0x2000, 0x1000, SnpPageType.NORMAL)));
		ok(s.execute(TestSteps.snpUpdate(0x3000, 0x1000, SnpPageType.NORMAL)));
	}

	@Test
	void otherKvmIoctlsPassWithoutAFirmwareCall() throws Exception {
		SevFirmwareSimulator s = sim(VmType.SNP);
		Step attrs = TestSteps.F.createStep();
		attrs.setName("attrs");
		attrs.setCommand("KVM_SET_MEMORY_ATTRIBUTES");
		assertErrno(9, s.execute(attrs));
		ok(s.execute(TestSteps.createVm(4)));
		ok(s.execute(attrs));
		Step unknown = TestSteps.F.createStep();
		unknown.setName("tdx");
		unknown.setCommand("KVM_TDX_INIT_VM");
		assertThrows(BackendException.class, () -> s.execute(unknown));
	}

	@Test
	void engineNamesTheFirmwareStatusCodes() {
		SevVendorEngine engine = new SevVendorEngine();
		assertEquals("BAD_MEASUREMENT", engine.firmwareErrorName(0x0B));
		assertEquals("BAD_SIGNATURE", engine.firmwareErrorName(0x0A));
		assertEquals("INVALID_GUEST_STATE", engine.firmwareErrorName(0x02));
		assertEquals("INVALID_PARAM", engine.firmwareErrorName(0x16));
		assertEquals("INVALID_KEY", engine.firmwareErrorName(0x27));
		assertNull(engine.firmwareErrorName(0x1E));
		assertNull(engine.firmwareErrorName(0x1000));
	}
}
