/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.backend.KvmTdxBackend;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostReport;
import org.cocolaunch.kvm.host.HostMemory;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.launch.SevLaunch;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On a real host (run with -Dgroups=hardware, as root): the host check against the real libc and /dev/kvm, and the
 * TDX example plan on a TDX host. Off by default.
 */
@Tag("hardware")
class RealHostTest {

	private String fake;

	@BeforeEach
	void useRealLibc() {
		fake = System.getProperty(NativeSystem.LIBRARY_PROPERTY);
		System.setProperty(NativeSystem.LIBRARY_PROPERTY, "c");
	}

	@AfterEach
	void restore() {
		if (fake == null) {
			System.clearProperty(NativeSystem.LIBRARY_PROPERTY);
		} else {
			System.setProperty(NativeSystem.LIBRARY_PROPERTY, fake);
		}
	}

	@Test
	void hostCheckOnThisHost() {
		HostReport report = HostCheck.forThisHost().run();
		assertTrue(report.kvmUsable(), report.summary());
		assertTrue(report.summary().startsWith("KVM API 12; "), report.summary());
	}

	/**
	 * Any KVM host: the real kernel accepts our kvm_userspace_memory_region2 (a 2 MiB slot of memfd memory on a
	 * default VM with one vCPU), refuses an SEV command on a VM that is not an SEV guest, and everything is given back.
	 */
	@Test
	void kvmObjectsOnTheRealKernel() throws Exception {
		NativeSystem sys = NativeSystem.get();
		try (ResourceStack stack = new ResourceStack()) {
			KvmDevice kvm = KvmDevice.open(sys, stack, KvmDevice.DEFAULT_PATH);
			assertEquals(12, kvm.apiVersion());
			assumeTrue(kvm.checkExtension(KvmConstants.KVM_CAP_USER_MEMORY2) > 0, "no KVM_CAP_USER_MEMORY2");
			KvmVm vm = kvm.createVm(KvmConstants.KVM_X86_DEFAULT_VM);
			vm.setUserMemoryRegion2(0, 0, HostMemory.allocate(sys, stack, "real-ram", 2L << 20), null);
			vm.createVcpu(0);
			int sevFd = -1;
			CommandResult refused = new SevLaunch(vm, sevFd).launchFinish();
			assertEquals(-1, refused.returnValue());
			assertTrue(refused.errno() == 25 || refused.errno() == 22, "ENOTTY or EINVAL, got " + refused.message());
			assertEquals(6, stack.size(), String.join(", ", stack.held()));
		}
	}

	@Test
	void tdxExamplePlanOnARealTdxHost() throws Exception {
		HostReport report = HostCheck.forThisHost().run();
		assumeTrue(report.technology("TDX").available(), report.technology("TDX").line());
		LaunchPlan plan = TdxPlans.example(1);
		try (Session session = new Session(plan, new KvmTdxBackend(plan, TdxPlans.inputs(plan), NativeSystem.get(),
				KvmDevice.DEFAULT_PATH))) {
			for (StepResult r : session.runToEnd(null)) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
			}
		}
	}
}
