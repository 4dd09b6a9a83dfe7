/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.kvm.check.HostPaths;
import org.cocolaunch.testing.CliRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./cocolaunch run PLAN --backend kvm} in-process, on the fake kernel library (-Dcocolaunch.kvm.libc): the host
 * is a prepared tree under {@value HostPaths#ROOT_PROPERTY} whose {@code dev/kvm} and {@code dev/sev} the fake answers
 * for (it matches device paths by their ending) and whose {@code sys/module} holds the kvm_amd parameters. A host
 * that cannot launch the plan is refused with the host check's reason in one line, exit 1.
 */
class RunOnKvmCliTest extends FakeAmdHostTest {

	private CliRun run(String example) throws Exception {
		return CliRun.of(root, "run", SevExamples.path(example).toString(), "--backend", "kvm", "--input",
				"firmware=" + SevExamples.firmware());
	}

	@Test
	void snpExampleRunsOnKvm() throws Exception {
		amdHost("Y");
		CliRun run = run("snp-qemu.cclaunch");
		assertEquals(0, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertEquals(13, lines.length, run.out());
		assertEquals("0\tKVM_CREATE_VM\tsuccess", lines[0]);
		assertEquals("11\tKVM_SEV_SNP_LAUNCH_FINISH\tsuccess", lines[11]);
		assertEquals("MEASUREMENT\t-", lines[12], "the host cannot read SNP's MEASUREMENT");
		assertEquals(1, FakeKernel.ioctls("KVM_SEV_SNP_LAUNCH_FINISH").size());
		List<FakeKernel.Call> log = FakeKernel.log();
		List<Integer> opens = new ArrayList<>();
		for (int i = 0; i < log.size(); i++) {
			if (log.get(i).call().equals("open") && log.get(i).get("path").equals(root.resolve("dev/kvm").toString())) {
				opens.add(i);
			}
		}
		assertEquals(2, opens.size(), "the device under the host root is opened by the host check, then by the backend");
		assertEquals(0, FakeKernel.liveResources());
		ReleaseOrder.assertReleasedInReverse(log.subList(0, opens.get(1)));
		ReleaseOrder.assertReleasedInReverse(log.subList(opens.get(1), log.size()));
	}

	@Test
	void aFailingStepExitsOneWithTheFirmwareError() throws Exception {
		amdHost("Y");
		FakeKernel.inject("KVM_SEV_SNP_LAUNCH_START", 1, 5, 0x16);
		CliRun run = run("snp-qemu.cclaunch");
		assertEquals(1, run.exitCode());
		String[] lines = run.out().split("\n");
		assertEquals(4, lines.length, run.out());
		assertEquals("MEASUREMENT\t-", lines[3]);
		assertTrue(lines[2].startsWith("2\tKVM_SEV_SNP_LAUNCH_START\tfailed\tINVALID_PARAM (fw_error=22, errno=5)"), lines[2]);
		assertEquals(0, FakeKernel.liveResources());
	}

	@Test
	void noKvmDeviceIsRefusedInOneLine() throws Exception {
		CliRun run = run("snp-qemu.cclaunch");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("no " + root.resolve("dev/kvm") + ": KVM is not available on this host"), run.err());
		assertTrue(FakeKernel.log().isEmpty(), "nothing is opened");
	}

	@Test
	void technologyTheHostLacksIsRefusedWithItsReason() throws Exception {
		amdHost("N");
		CliRun run = run("snp-qemu.cclaunch");
		assertEquals(1, run.exitCode());
		assertTrue(run.oneLineError(), run.err());
		assertTrue(run.err().contains("this host cannot launch SEV-SNP: kvm_amd parameter sev_snp is N"), run.err());
		assertTrue(FakeKernel.ioctls("KVM_CREATE_VM").isEmpty(), "no VM is created");
		// the SEV-ES example runs on the same host
		CliRun es = run("sev-es-qemu.cclaunch");
		assertEquals(0, es.exitCode(), es.err());
	}
}
