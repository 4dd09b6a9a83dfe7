/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.Map;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.debug.core.launch.SessionFactory;
import org.cocolaunch.kvm.check.HostPaths;
import org.cocolaunch.model.StepStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A launch configuration with backend "kvm" (what the debugger's launch delegate hands to {@link SessionFactory}) on
 * the fake kernel and a prepared host tree ({@value HostPaths#ROOT_PROPERTY}): the session runs on the KVM backend
 * after the host check, and a host that cannot launch the plan is refused with the check's reason in one line.
 */
class KvmLaunchConfigurationTest extends FakeAmdHostTest {

	private Session create(String example) throws Exception {
		return SessionFactory.create(SevExamples.path(example).toString(), Map.of("firmware", SevExamples.firmware().toString()), CocoDebug.BACKEND_KVM);
	}

	@Test
	void kvmConfigurationRunsTheSessionOnKvm() throws Exception {
		amdHost("Y");
		try (Session session = create("snp-qemu.cclaunch")) {
			assertEquals("kvm", session.trace().getBackend());
			assertTrue(session.canRestart(), "Drop to Frame replays on a new VM");
			while (!session.isFinished()) {
				assertEquals(StepStatus.SUCCESS, session.step().getStatus());
			}
		}
		assertEquals(1, FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_FINISH").size());
		assertEquals(0, FakeKernel.liveResources(), "terminate released everything");
	}

	@Test
	void hostWithoutKvmIsRefusedInOneLine() {
		SessionFactory.SetupException e = assertThrows(SessionFactory.SetupException.class, () -> create("snp-qemu.cclaunch"));
		assertTrue(e.getMessage().contains("no " + root.resolve("dev/kvm") + ": KVM is not available on this host"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
		assertTrue(FakeKernel.log().isEmpty(), "nothing is opened");
	}

	@Test
	void technologyTheHostLacksIsRefusedWithItsReason() throws Exception {
		amdHost("N");
		SessionFactory.SetupException e = assertThrows(SessionFactory.SetupException.class, () -> create("snp-qemu.cclaunch"));
		assertEquals("this host cannot launch SEV-SNP: kvm_amd parameter sev_snp is N", e.getMessage());
		assertTrue(FakeKernel.ioctls("KVM_CREATE_VM").isEmpty());
	}

	@Test
	void unknownBackendIsRefused() {
		SessionFactory.SetupException e = assertThrows(SessionFactory.SetupException.class,
				() -> SessionFactory.create("x.cclaunch", Map.of(), "qemu"));
		assertTrue(e.getMessage().startsWith("unknown backend 'qemu'"), e.getMessage());
	}
}
