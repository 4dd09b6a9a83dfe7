/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.file.Path;

import org.cocolaunch.core.diagnose.FailureReproduction.Attempt;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.model.SnpCpuidMismatch;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.trace.LogDiagnosis;
import org.cocolaunch.trace.LogDiagnosis.Diagnosis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine-level reproduction of every posted failure log (tests/org.cocolaunch.trace.tests/data/failures, sources
 * in the README there): where a cause reproduces, the simulator's result fails at the logged command with the logged
 * errno and status; where none does, every cause's attempt says why, and the table says which check the simulator
 * does not model.
 */
class PostedFailureReproductionTest {

	private static Diagnosis diagnose(String file) throws Exception {
		Path log = PublicLogs.file("failures/" + file);
		return LogDiagnosis.diagnose(log, ImportInputs.none(), null, log.getParent(), VendorEngines.registered());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			amdsev-216-snp-start-enotty.log              | snp-start-not-snp-vm
			amdsev-223-libvirt-snp-start-einval.log      | snp-start-policy-bits
			kata-5795-snp-start-policy-failure.log       | snp-start-policy-abi
			nvtrust-91-snp-cpuid.log                     | snp-update-cpuid-rejected
			qemu-devel-2024-05-fn8000001e-cpuid.log      | snp-update-cpuid-rejected
			qemu-devel-fn80000021-cpuid-oneline.log      | snp-update-cpuid-rejected
			kata-9092-journald-snp-update-einval.log     | snp-update-bad-range
			amdsev-215-snp-init-einval.log               | init-vm-type
			amdsev-36-sev-init-enotty.log                | init-sev-disabled
			canonical-tdx-319-init-mem-region-eio.log    | tdx-mem-region-page-add
			canonical-tdx-286-init-vm-einval.log         | tdx-init-params
			canonical-tdx-342-vm-type.log                | tdx-vm-type-missing
			""")
	void reproducedAtTheSameCommandWithTheSameStatus(String file, String cause) throws Exception {
		Diagnosis d = diagnose(file);
		assertTrue(d.reproduced(), file + ": " + d.attempts());
		Attempt first = d.firstReproduced();
		assertEquals(cause, first.cause().id());
		StepResult r = first.result();
		assertEquals(StepStatus.FAILED, r.getStatus());
		assertEquals(first.plan().getSteps().size() - 1, r.getStepIndex(), r.getMessage());
		assertEquals(d.plan().getSteps().get(d.plan().getSteps().size() - 1).getCommand(),
				first.plan().getSteps().get(r.getStepIndex()).getCommand());
		if (d.facts().errno() != 0) {
			assertEquals(d.facts().errno(), r.getErrno(), r.getMessage());
		}
		if (d.facts().status() != 0) { // a TDX log without hw_errors gives no module status; the simulator's is finer
			assertEquals(d.facts().status(), r.getFirmwareError(), r.getMessage());
		}
	}

	/**
	 * The posted CPUID rejections: the simulated firmware rejects the same function and index, reports them typed on
	 * the step result, and writes back what the real firmware wrote back (QEMU's "expected" line).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			nvtrust-91-snp-cpuid.log                     | 8000001d | 3 | 000bc163 | 03c0003f | 00007fff | 00000002
			qemu-devel-2024-05-fn8000001e-cpuid.log      | 8000001e | 0 | 00000000 | 00000100 | 00000300 | 00000000
			qemu-devel-fn80000021-cpuid-oneline.log      | 80000021 | 0 | 18000045 | 00000000 | 00000000 | 00000000
			""")
	void cpuidRejectionsCarryFunctionIndexAndTheFirmwaresValues(String file, String function, long index, String eax,
			String ebx, String ecx, String edx) throws Exception {
		Attempt a = diagnose(file).firstReproduced();
		assertNotNull(a, file);
		assertEquals(1, a.result().getDetails().size(), a.result().getMessage());
		SnpCpuidMismatch m = (SnpCpuidMismatch) a.result().getDetails().get(0);
		assertEquals(Long.parseLong(function, 16), m.getFunction());
		assertEquals(index, m.getIndex());
		assertEquals(Long.parseLong(eax, 16), m.getExpected().getEax());
		assertEquals(Long.parseLong(ebx, 16), m.getExpected().getEbx());
		assertEquals(Long.parseLong(ecx, 16), m.getExpected().getEcx());
		assertEquals(Long.parseLong(edx, 16), m.getExpected().getEdx());
		assertTrue(a.note().endsWith("written back as the log's expected values"), a.note());
		assertEquals("KVM_SEV_SNP_LAUNCH_UPDATE", a.result().getCommand());
	}

	/**
	 * Posted failures the simulator does not reproduce yet, each with the check it does not model: every cause's
	 * attempt must say so (none may claim a reproduction, none may fail silently).
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sev-guest-13-snp-finish-invalid-param.log    | the ID block/auth parameter checks of SNP_LAUNCH_FINISH behind INVALID_PARAM (the post does not say which field)
			linux-svsm-7-init-eopnotsupp.log             | the EOPNOTSUPP of the 2023 SVSM host kernel's SNP init (which check returns it is not established)
			amdsev-41-seves-vmsa-invalid-config.log      | the firmware's platform configuration check of LAUNCH_UPDATE_VMSA (INVALID_CONFIG)
			amdsev-202-dmesg-init-wbinvd.log             | platform INIT at boot (WBINVD_REQUIRED): the simulated platform is always initialised
			amdsev-189-dmesg-snp-init.log                | SNP platform INIT at boot (INVALID_CONFIG): the simulated platform is always initialised
			canonical-tdx-21-init-mem-region-eagain.log  | S-EPT contention (EAGAIN): the simulated TDX module runs one operation at a time
			canonical-tdx-114-capabilities-enotty.log    | KVM_TDX_CAPABILITIES is not a step of the simulated TDX sequence
			""")
	void notReproducedSaysWhy(String file, String unmodelled) throws Exception {
		Diagnosis d = diagnose(file);
		assertFalse(d.reproduced(), file + " now reproduces: move it to the table above (" + unmodelled + ")");
		assertFalse(d.causes().isEmpty(), file);
		for (Attempt a : d.attempts()) {
			assertNotNull(a.note(), a.cause().id() + " gives no reason");
			assertFalse(a.note().isBlank(), a.cause().id());
		}
	}

	/** The count the README states: of the 19 posted logs, 12 reproduce. */
	@Test
	void twelveOfNineteenReproduce() throws Exception {
		String[] all = { "amdsev-216-snp-start-enotty.log", "amdsev-223-libvirt-snp-start-einval.log",
				"kata-5795-snp-start-policy-failure.log", "nvtrust-91-snp-cpuid.log",
				"qemu-devel-2024-05-fn8000001e-cpuid.log", "qemu-devel-fn80000021-cpuid-oneline.log",
				"kata-9092-journald-snp-update-einval.log", "amdsev-215-snp-init-einval.log",
				"amdsev-36-sev-init-enotty.log", "canonical-tdx-319-init-mem-region-eio.log",
				"canonical-tdx-286-init-vm-einval.log", "canonical-tdx-342-vm-type.log",
				"sev-guest-13-snp-finish-invalid-param.log", "linux-svsm-7-init-eopnotsupp.log",
				"amdsev-41-seves-vmsa-invalid-config.log", "amdsev-202-dmesg-init-wbinvd.log",
				"amdsev-189-dmesg-snp-init.log", "canonical-tdx-21-init-mem-region-eagain.log",
				"canonical-tdx-114-capabilities-enotty.log" };
		int reproduced = 0;
		for (String f : all) {
			reproduced += diagnose(f).reproduced() ? 1 : 0;
		}
		assertEquals(19, all.length);
		assertEquals(12, reproduced);
	}
}
