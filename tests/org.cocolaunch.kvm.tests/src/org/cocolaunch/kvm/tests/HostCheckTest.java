/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliContext;
import org.cocolaunch.kvm.check.HostCheck;
import org.cocolaunch.kvm.check.HostReport;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host check in plain words: on this machine (no /dev/kvm) {@code ./cocolaunch host} says so in one line and
 * exits 1; on prepared trees (a /dev/kvm answered by the fake kernel, /sys/module parameters as files) it names what
 * is available and why the rest is not.
 */
class HostCheckTest {

	@TempDir
	Path root;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	/**
	 * {@code ./cocolaunch host} here: no confidential VM can be launched on this machine, so exit 1 with one line on
	 * stderr — "no /dev/kvm" where the device is missing; where it exists (it is answered by the fake kernel in this
	 * test, which offers no kvm_amd/kvm_intel module parameters) the findings go to stdout and the reasons to stderr.
	 */
	@Test
	void hostCommandOnThisMachineSaysWhyInOneLineAndExitsOne() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(List.of("host"), new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), root));
		assertEquals(1, exit);
		String[] lines = err.toString(StandardCharsets.UTF_8).split("\\R");
		assertEquals(1, lines.length, err.toString(StandardCharsets.UTF_8));
		if (Files.exists(Path.of("/dev/kvm"))) {
			assertTrue(lines[0].startsWith("cocolaunch host: KVM works but no confidential VM can be launched: SEV, SEV-ES, SEV-SNP: module kvm_amd"),
					lines[0]);
			assertTrue(out.toString(StandardCharsets.UTF_8).contains("summary: KVM API 12; SEV no, SEV-ES no, SEV-SNP no, TDX no"));
		} else {
			assertEquals("", out.toString(StandardCharsets.UTF_8));
			assertTrue(lines[0].startsWith("cocolaunch host: no /dev/kvm: KVM is not available on this host"), lines[0]);
		}
	}

	@Test
	void missingDeviceMakesEveryTechnologyUnavailable() {
		HostReport report = check().run();
		assertFalse(report.kvmUsable());
		assertTrue(report.summary().startsWith("no " + root.resolve("dev/kvm")), report.summary());
		assertFalse(report.technology("TDX").available());
		assertEquals(1, report.lines().size());
		assertEquals(report.summary(), report.whyNot());
	}

	@Test
	void intelHostWithTdxEnabled() throws IOException {
		device("dev/kvm");
		parameter("kvm_intel", "tdx", "Y\n");
		HostReport report = check().run();
		assertTrue(report.kvmUsable(), report.summary());
		assertEquals("KVM API 12; SEV no, SEV-ES no, SEV-SNP no, TDX yes", report.summary());
		assertTrue(report.canLaunch());
		assertEquals("TDX: available (kvm_intel tdx=Y, KVM_X86_TDX_VM offered)", report.technology("TDX").line());
		assertEquals("SEV: not available (module kvm_amd is not loaded (not an AMD host, or KVM for AMD is not loaded))",
				report.technology("SEV").line());
		assertEquals("VM types (KVM_CAP_VM_TYPES): KVM_X86_DEFAULT_VM, KVM_X86_SW_PROTECTED_VM, KVM_X86_SEV_VM, "
				+ "KVM_X86_SEV_ES_VM, KVM_X86_SNP_VM, KVM_X86_TDX_VM", report.lines().get(1));
	}

	@Test
	void intelHostWithTdxOffOrNotOffered() throws IOException {
		device("dev/kvm");
		parameter("kvm_intel", "tdx", "N\n");
		assertEquals("TDX: not available (kvm_intel parameter tdx is N (load kvm_intel with tdx=1; the BIOS must enable TDX"
				+ " and the TDX module))", check().run().technology("TDX").line());
		parameter("kvm_intel", "tdx", "Y\n");
		FakeKernel.control().fakekvm_set_vm_types(0x1);
		assertEquals("TDX: not available (kvm_intel tdx=Y but KVM does not offer KVM_X86_TDX_VM)",
				check().run().technology("TDX").line());
	}

	@Test
	void amdHostWithSevAndSevEsButNotSnp() throws IOException {
		device("dev/kvm");
		device("dev/sev");
		parameter("kvm_amd", "sev", "Y\n");
		parameter("kvm_amd", "sev_es", "1\n");
		parameter("kvm_amd", "sev_snp", "N\n");
		HostReport report = check().run();
		assertEquals("KVM API 12; SEV yes, SEV-ES yes, SEV-SNP no, TDX no", report.summary());
		assertEquals("SEV-SNP: not available (kvm_amd parameter sev_snp is N)", report.technology("SEV-SNP").line());
		assertEquals("SEV-ES: available (kvm_amd sev_es=1, KVM_X86_SEV_ES_VM offered)", report.technology("SEV-ES").line());
	}

	@Test
	void amdHostWithoutDevSev() throws IOException {
		device("dev/kvm");
		parameter("kvm_amd", "sev_snp", "Y\n");
		assertEquals("SEV-SNP: not available (" + root.resolve("dev/sev") + " is missing (the ccp driver is not loaded))",
				check().run().technology("SEV-SNP").line());
	}

	@Test
	void deviceThatRefusesTheOpenIsAPermissionProblem() throws IOException {
		device("dev/kvm");
		FakeKernel.inject("open:" + root.resolve("dev/kvm"), 1, 13, 0);
		HostReport report = check().run();
		assertFalse(report.kvmUsable());
		assertTrue(report.summary().startsWith("no permission to open " + root.resolve("dev/kvm")), report.summary());
	}

	/**
	 * An AMD EPYC running paravirtualized KVM (kvm_pvm, as on this build machine): the check names the module and
	 * the CPU vendor separately and does not call it "not an AMD host"; the reasons shared by SEV, SEV-ES and
	 * SEV-SNP are given once.
	 */
	@Test
	void paravirtualizedKvmOnAnAmdCpuIsNamedAsSuch() throws IOException {
		Files.createDirectories(root.resolve("sys/module/kvm_pvm"));
		Files.createDirectories(root.resolve("proc"));
		Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\n");
		HostReport missing = check().run();
		assertTrue(missing.summary().startsWith("no " + root.resolve("dev/kvm")), missing.summary());
		assertTrue(missing.summary().endsWith("; CPU vendor AMD, KVM module kvm_pvm (kvm_pvm is paravirtualized KVM: no SEV or TDX)"),
				missing.summary());

		device("dev/kvm");
		HostReport report = check().run();
		assertTrue(report.lines().contains("host: CPU vendor AMD, KVM module kvm_pvm (kvm_pvm is paravirtualized KVM: no SEV or TDX)"),
				report.lines().toString());
		String sev = report.technology("SEV").reason();
		assertFalse(sev.contains("not an AMD host"), sev);
		assertEquals("module kvm_amd is not loaded; KVM here is kvm_pvm (paravirtualized), which cannot launch SEV guests"
				+ " (CPU vendor AMD)", sev);
		String why = report.whyNot();
		assertEquals(1, why.split("kvm_amd is not loaded", -1).length - 1, "the shared reason once: " + why);
		assertTrue(why.contains("SEV, SEV-ES, SEV-SNP: module kvm_amd is not loaded"), why);
	}

	@Test
	void intelCpuWithoutKvmAmdSaysSoInsteadOfGuessing() throws IOException {
		device("dev/kvm");
		Files.createDirectories(root.resolve("sys/module/kvm_intel"));
		Files.createDirectories(root.resolve("proc"));
		Files.writeString(root.resolve("proc/cpuinfo"), "vendor_id\t: GenuineIntel\n");
		assertEquals("module kvm_amd is not loaded (the CPU vendor is Intel, not AMD)",
				check().run().technology("SEV-SNP").reason());
	}

	private HostCheck check() {
		return new HostCheck(root.resolve("dev/kvm"), root.resolve("dev/sev"), root.resolve("sys/module"), NativeSystem::get);
	}

	private void device(String relative) throws IOException {
		Files.createDirectories(root.resolve(relative).getParent());
		Files.writeString(root.resolve(relative), "");
	}

	private void parameter(String module, String name, String value) throws IOException {
		Path dir = root.resolve("sys/module").resolve(module).resolve("parameters");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(name), value);
	}
}
