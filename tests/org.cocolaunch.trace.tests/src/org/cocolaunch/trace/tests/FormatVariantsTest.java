/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.trace.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.cocolaunch.trace.tests.RealLogImportTest.pages;
import static org.cocolaunch.trace.tests.TraceLogs.logged;
import static org.cocolaunch.trace.tests.TraceLogs.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic logs in every format QEMU versions and log channels have used (domain reference §6): each trace format
 * of the launch events, and each prefix a log line can carry on its way to the user.
 */
class FormatVariantsTest {

	private static final List<String> SNP = List.of( //
			"kvm_sev_snp_launch_start policy 0x30000 gosvw (null)",
			"kvm_sev_snp_launch_update src 0x7f5c00000000 gpa 0x800000 len 0x9000 (Zero page)",
			"kvm_sev_snp_launch_finish id_block (null) id_auth (null) host_data (null)");

	static Stream<Arguments> prefixes() {
		return Stream.of( //
				Arguments.of("no prefix", (UnaryOperator<String>) l -> l),
				Arguments.of("log backend <tid>@<sec>.<usec>:", (UnaryOperator<String>) l -> "4711@1718000000.123456:" + l),
				Arguments.of("libvirt domain log", (UnaryOperator<String>) l -> "2024-01-01 12:00:00.000+0000: 1234: " + l),
				Arguments.of("syslog", (UnaryOperator<String>) l -> "Jan  1 12:00:00 host qemu-system-x86_64[1234]: " + l),
				Arguments.of("journal short-iso",
						(UnaryOperator<String>) l -> "2024-01-01T12:00:00+0000 host qemu-system-x86_64[1234]: " + l),
				Arguments.of("-msg timestamp=on", (UnaryOperator<String>) l -> "2024-12-06T09:14:26.679347Z " + l),
				Arguments.of("ftrace marker",
						(UnaryOperator<String>) l -> "qemu-system-x86-1234 [003] ..... 1234.567890: tracing_mark_write: " + l),
				Arguments.of("kernel-style time", (UnaryOperator<String>) l -> "[   12.345678] " + l),
				Arguments.of("CRLF line ends", (UnaryOperator<String>) l -> l + "\r"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("prefixes")
	void everyPrefixStyleImportsTheSameSteps(String style, UnaryOperator<String> prefix) throws Exception {
		StringBuilder log = new StringBuilder(prefix.apply("unrelated: QEMU 9.2.0 monitor - type 'help'") + "\n");
		for (String line : SNP) {
			log.append(prefix.apply(line)).append('\n').append(prefix.apply("qemu-system-x86_64: warning: noise")).append('\n');
		}
		ImportResult result = TraceLogs.importText(log.toString());
		List<Step> steps = logged(result.plan());
		assertEquals(List.of("KVM_SEV_SNP_LAUNCH_START", "KVM_SEV_SNP_LAUNCH_UPDATE", "KVM_SEV_SNP_LAUNCH_FINISH"),
				steps.stream().map(Step::getCommand).toList(), style);
		assertEquals(List.of(2, 4, 6), result.stepLines().subList(1, 4), style);
		assertEquals("0x800000+0x9000 ZERO", pages(steps.get(1)), style);
		assertEquals("0x30000", parameter(steps.get(0), "policy"), style);
		assertEquals(List.of(), result.warnings(), style);
	}

	@Test
	void amdSnpTreeFormatWithAddrAndTypedInit() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_init type SEV-SNP flags 0x0
				kvm_sev_snp_launch_start policy 0x30000 gosvw (null)
				kvm_sev_snp_launch_update addr 0x7f1b9c60e000 gpa 0x80e000 len 0x1000 (Cpuid page)
				kvm_sev_snp_launch_update addr 0x7f1b9c60e000 gpa 0x80f000 len 0x1000 (Unmeasured page)
				""");
		List<Step> steps = logged(result.plan());
		assertEquals("KVM_SEV_INIT2", steps.get(0).getCommand(), "the AMD branch's KVM_SEV_SNP_INIT, replayed as INIT2");
		assertEquals("0x80e000+0x1000 CPUID", pages(steps.get(2)));
		assertEquals("0x80f000+0x1000 UNMEASURED", pages(steps.get(3)));
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void firstSnpTreesLoggedNumericTypesAndNoGpa() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_snp_launch_start policy 0x30000
				kvm_sev_snp_launch_update addr 0x7f2a00000000 len 0x1000 type 5
				kvm_sev_snp_launch_finish\s
				""");
		List<Step> steps = logged(result.plan());
		assertEquals(3, steps.size());
		assertEquals("SECRETS", parameter(steps.get(1), "type"));
		assertEquals("0x1000", parameter(steps.get(1), "len"));
		assertTrue(steps.get(1).getPages().isEmpty(), "no GPA in this format");
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void legacySevWithDecimalLengthsAndNilPointers() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_init\s
				kvm_sev_launch_start policy 0x1 session (nil) pdh (nil)
				kvm_sev_change_state uninit -> launch-update
				kvm_memcrypt_register_region addr 0x7f1234000000 len 0x1073741824
				kvm_sev_launch_update_data addr 0x7f5678000000 len 0x4194304
				kvm_sev_launch_measurement data ZGF0YQ==
				kvm_sev_change_state launch-update -> launch-secret
				kvm_sev_launch_finish\s
				kvm_sev_change_state launch-secret -> running
				""");
		assertEquals(VmType.SEV, result.plan().getVmType());
		List<Step> steps = logged(result.plan());
		assertEquals(List.of("KVM_SEV_INIT", "KVM_SEV_LAUNCH_START", "KVM_MEMORY_ENCRYPT_REG_REGION",
				"KVM_SEV_LAUNCH_UPDATE_DATA", "KVM_SEV_LAUNCH_MEASURE", "KVM_SEV_LAUNCH_FINISH"),
				steps.stream().map(Step::getCommand).toList());
		assertNull(steps.get(2).getParameters(), "region registration has no vendor struct; its line is the description");
		assertEquals("0x400000", parameter(steps.get(3), "len"), "4194304 bytes = 4 MiB");
		assertNull(steps.get(4).getExpectedOutcome(), "4 bytes are no MEASURE || MNONCE blob: nothing recorded");
		assertEquals("0 (KVM_X86_DEFAULT_VM)", parameter(result.plan().getSteps().get(0), "type"));
		assertEquals(1, result.warnings().size());
		assertEquals(4, result.warnings().get(0).line());
	}

	@Test
	void currentSevLengthsStayHex() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_launch_start policy 0x1 session (nil) pdh (nil)
				kvm_sev_launch_update_data addr 0x7f5678000000 len 0x1000
				kvm_sev_launch_update_data addr 0x7f5678001000 len 0xb0
				""");
		List<Step> steps = logged(result.plan());
		assertEquals("0x1000", parameter(steps.get(1), "len"));
		assertEquals("0xb0", parameter(steps.get(2), "len"));
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void sevEsPolicyPicksEsInitAndSecretsHaveTheirGpa() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_init\s
				kvm_sev_launch_start policy 0x5 session (nil) pdh (nil)
				kvm_sev_launch_update_data addr 0x7f5678000000 len 0x400000
				kvm_sev_launch_measurement data ZGF0YQ==
				kvm_sev_launch_secret hpa 0x80e000 hva 0x7f00deadb000 data 0x7f00beef0000 len 48
				kvm_sev_attestation_report mnonce bm9uY2U= data cmVwb3J0
				kvm_sev_launch_finish\s
				""");
		assertEquals(VmType.SEV_ES, result.plan().getVmType());
		List<Step> steps = logged(result.plan());
		assertEquals("KVM_SEV_ES_INIT", steps.get(0).getCommand());
		assertEquals("KVM_SEV_LAUNCH_MEASURE", steps.get(3).getCommand());
		assertEquals("KVM_SEV_LAUNCH_SECRET", steps.get(4).getCommand());
		assertEquals("0x80e000+0x30 NORMAL", pages(steps.get(4)));
		assertEquals("KVM_SEV_GET_ATTESTATION_REPORT", steps.get(5).getCommand());
		assertTrue(steps.get(5).getDescription().contains("mnonce bm9uY2U="), steps.get(5).getDescription());
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void explicitEsInitEvent() throws Exception {
		List<Step> steps = logged(TraceLogs.importText("kvm_sev_es_init \nkvm_sev_launch_finish \n").plan());
		assertEquals(List.of("KVM_SEV_ES_INIT", "KVM_SEV_LAUNCH_FINISH"), steps.stream().map(Step::getCommand).toList());
	}

	@Test
	void tdxEventsAreReadAsNameValuePairs() throws Exception {
		// Upstream QEMU has no TDX launch events (domain reference §6); trees that add them log name/value pairs.
		ImportResult result = TraceLogs.importText("""
				kvm_tdx_init_vm attributes 0x10000000 xfam 0xe7
				kvm_tdx_init_vcpu vcpu 0
				kvm_tdx_init_mem_region source 0x7f0000000000 gpa 0xffc84000 nr_pages 0x20 flags 0x1
				tdx_handle_reset\s
				kvm_tdx_finalize_vm\s
				""");
		assertEquals(Vendor.INTEL, result.plan().getVendor());
		assertEquals(VmType.TDX, result.plan().getVmType());
		List<Step> steps = logged(result.plan());
		assertEquals(List.of("KVM_TDX_INIT_VM", "KVM_TDX_INIT_VCPU", "KVM_TDX_INIT_MEM_REGION", "KVM_TDX_FINALIZE_VM"),
				steps.stream().map(Step::getCommand).toList());
		assertEquals("0xffc84000+0x20000 NORMAL", pages(steps.get(2)));
		assertEquals("5 (KVM_X86_TDX_VM)", parameter(result.plan().getSteps().get(0), "type"));
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void updatesKvmProcessedInPartsAddEachPageOnce() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_snp_launch_update src 0x7f0000000000 gpa 0xffc00000 len 0x400000 (Normal page)
				kvm_sev_snp_launch_update src 0x7f0000100000 gpa 0xffd00000 len 0x300000 (Normal page)
				kvm_sev_snp_launch_update src 0x7f1000000000 gpa 0x800000 len 0x9000 (Zero page)
				""");
		List<Step> steps = logged(result.plan());
		assertEquals("0xffc00000+0x100000 NORMAL", pages(steps.get(0)));
		assertEquals("0x100000", parameter(steps.get(0), "len"), "the struct issues what this call added");
		assertEquals("0xffd00000+0x300000 NORMAL", pages(steps.get(1)));
		assertEquals("0x800000+0x9000 ZERO", pages(steps.get(2)));
	}

	@Test
	void runtimeEventsAreNotSteps() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_snp_launch_finish id_block (null) id_auth (null) host_data (null)
				kvm_sev_change_state launch-update -> running
				kvm_hc_map_gpa_range gpa 0x100000 size 0x1000 attributes 0x8 flags 0x0
				sev_handle_reset\s
				""");
		assertEquals(1, logged(result.plan()).size());
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void failuresQemuPrintsBecomeExpectedOutcomes() throws Exception {
		ImportResult result = TraceLogs.importText("""
				kvm_sev_snp_launch_start policy 0x30000 gosvw (null)
				kvm_sev_snp_launch_update src 0x7f00 gpa 0x80e000 len 0x1000 (Cpuid page)
				qemu-system-x86_64: sev_snp_launch_update: SNP_LAUNCH_UPDATE ret=-5 fw_error=22 'Invalid parameter'
				""");
		Step update = logged(result.plan()).get(1);
		assertEquals(StepStatus.FAILED, update.getExpectedOutcome().getStatus());
		assertEquals("INVALID_PARAM", update.getExpectedOutcome().getFirmwareError());
		assertNull(logged(result.plan()).get(0).getExpectedOutcome());

		ImportResult start = TraceLogs.importText("""
				kvm_sev_init\s
				kvm_sev_snp_launch_start policy 0x70000 gosvw (null)
				2024-12-06T09:14:26.679347Z qemu-system-x86_64: -accel kvm: sev_snp_launch_start: SNP_LAUNCH_START ret=-22 fw_error=0 ''
				""");
		Step launchStart = logged(start.plan()).get(1);
		assertEquals(StepStatus.FAILED, launchStart.getExpectedOutcome().getStatus());
		assertEquals(22, launchStart.getExpectedOutcome().getErrno());
		assertNull(launchStart.getExpectedOutcome().getFirmwareError(), "fw_error=0: the kernel refused");

		ImportResult init = TraceLogs.importText("""
				kvm_sev_init\s
				qemu-system-x86_64: sev_guest_init: failed to initialize ret=-25 fw_error=0 ''
				""");
		assertEquals(25, logged(init.plan()).get(0).getExpectedOutcome().getErrno());
	}
}
