/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.util.Optional;

import org.cocolaunch.core.diagnose.CpuidRejection.Registers;
import org.cocolaunch.trace.FailureLine;
import org.cocolaunch.trace.LaunchFailureLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The failure-line forms of QEMU's SEV/SNP (target/i386/sev.c) and TDX (target/i386/kvm/tdx.c) code, each as QEMU's
 * format string prints it, with the prefixes logs add.
 */
class LaunchFailureLogTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			qemu-system-x86_64: sev_snp_launch_update: SNP_LAUNCH_UPDATE ret=-5 fw_error=22 'Invalid parameter'                    | KVM_SEV_SNP_LAUNCH_UPDATE | 5  | 22
			2024-12-06T09:14:26.679347Z qemu-system-x86_64: -accel kvm: sev_snp_launch_start: SNP_LAUNCH_START ret=-22 fw_error=0 '' | KVM_SEV_SNP_LAUNCH_START  | 22 | 0
			qemu-system-x86_64: sev_launch_start: LAUNCH_START ret=1 fw_error=1 'Platform state is invalid'                       | KVM_SEV_LAUNCH_START      | 1  | 1
			qemu-system-x86_64: sev_common_kvm_init: failed to initialize ret=-16 fw_error=0 ''                                   | KVM_SEV_INIT              | 16 | 0
			qemu-system-x86_64: sev_launch_update_vmsa: LAUNCH_UPDATE_VMSA ret = -5 fw_error=3 'Platform configuration invalid'   | KVM_SEV_LAUNCH_UPDATE_VMSA | 5 | 3
			qemu-system-x86_64: KVM_TDX_INIT_VM failed: Invalid argument                                                          | KVM_TDX_INIT_VM           | 22 | 0
			qemu-system-x86_64: KVM_TDX_INIT_MEM_REGION failed Input/output error                                                 | KVM_TDX_INIT_MEM_REGION   | 5  | 0
			qemu-system-x86_64: -accel kvm: TDX ioctl KVM_TDX_INIT_VM failed, hw_errors: 0xc000010000000045: Invalid argument   | KVM_TDX_INIT_VM           | 22 | -4611684918915760059
			""")
	void failureForms(String line, String command, int errno, long status) {
		FailureLine f = FailureLine.find(1, line).orElseThrow();
		assertEquals(command, f.kernelCommand());
		assertEquals(errno, f.errno());
		assertEquals(status, f.fwError());
	}

	@Test
	void absurdNumbersAreNoFailure() {
		assertEquals(Optional.empty(), FailureLine.find(1, "SNP_LAUNCH_START ret=-99999999999 fw_error=0 ''"));
		assertEquals(Optional.empty(), FailureLine.find(1, "SNP_LAUNCH_START ret=-5 fw_error=123456789012345678901 ''"));
	}

	@Test
	void cpuidReportOnThreeLinesAndOnOne() {
		LaunchFailureLog three = LaunchFailureLog.read("""
				qemu-system-x86_64: SEV-SNP: CPUID validation failed for function 0x8000001e, index: 0x0.
				provided: eax:0x00000000, ebx: 0x00000100, ecx: 0x00000b00, edx: 0x00000000
				expected: eax:0x00000000, ebx: 0x00000100, ecx: 0x00000300, edx: 0x00000000
				""");
		assertEquals(1, three.cpuid().size());
		assertEquals(0x8000001eL, three.cpuid().get(0).function());
		assertEquals(new Registers(0, 0x100, 0xb00, 0), three.cpuid().get(0).provided());
		assertEquals(new Registers(0, 0x100, 0x300, 0), three.cpuid().get(0).expected());
		// implied: QEMU prints the report only after the CPUID page's update failed with INVALID_PARAM (0x16)
		assertEquals("SNP_LAUNCH_UPDATE", three.failure().command());
		assertEquals(0x16, three.failure().fwError());
		LaunchFailureLog one = LaunchFailureLog.read("SEV-SNP: CPUID validation failed for function 0x80000021, index: 0x0,"
				+ " provided: eax:0x18000245, ebx: 0x00000000, ecx: 0x00000000, edx: 0x00000000, expected: eax:0x18000045,"
				+ " ebx: 0x00000000, ecx: 0x00000000, edx: 0x00000000");
		assertEquals(0x18000245L, one.cpuid().get(0).provided().eax());
		assertEquals(0x18000045L, one.cpuid().get(0).expected().eax());
	}

	@Test
	void kernelInitFailureStandsForTheInitCommand() {
		LaunchFailureLog log = LaunchFailureLog.read("[   11.702131] ccp 0000:42:00.1: SEV-SNP: failed to INIT rc -5, error 0x3\n");
		assertEquals("KVM_SEV_INIT", log.failure().kernelCommand());
		assertEquals(3, log.failure().fwError());
		assertEquals("ccp", log.kernelLines().get(0).tag());
	}

	@Test
	void traceLinesAreCountedAndGiveThePolicy() {
		LaunchFailureLog log = LaunchFailureLog.read("kvm_sev_snp_launch_start policy 0x30000 gosvw (null)\nnothing failed\n");
		assertEquals(1, log.traceEvents());
		assertEquals(0x30000L, log.policy());
		assertNull(log.failure());
	}
}
