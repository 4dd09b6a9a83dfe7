/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

/**
 * Finds out what this host can launch: /dev/kvm present and openable, KVM_GET_API_VERSION, the VM types of
 * KVM_CAP_VM_TYPES, and for SEV, SEV-ES, SEV-SNP and TDX the module parameters behind them ({@code sev},
 * {@code sev_es}, {@code sev_snp} of kvm_amd, {@code tdx} of kvm_intel under /sys/module) and /dev/sev. Paths are
 * parameters so tests can point it at a prepared tree.
 */
public final class HostCheck {

	private final Path kvmDevice;
	private final Path sevDevice;
	private final Path sysModule;
	private final Supplier<NativeSystem> nativeSystem;

	public HostCheck(Path kvmDevice, Path sevDevice, Path sysModule, Supplier<NativeSystem> nativeSystem) {
		this.kvmDevice = kvmDevice;
		this.sevDevice = sevDevice;
		this.sysModule = sysModule;
		this.nativeSystem = nativeSystem;
	}

	/** This machine: /dev/kvm, /dev/sev, /sys/module ({@link HostPaths#fromSystem()}), the configured native library. */
	public static HostCheck forThisHost() {
		HostPaths paths = HostPaths.fromSystem();
		return new HostCheck(paths.kvmDevice(), paths.sevDevice(), paths.sysModule(), NativeSystem::get);
	}

	public HostReport run() {
		if (!Files.exists(kvmDevice)) {
			return unusable("no " + kvmDevice + ": KVM is not available on this host (no hardware virtualization, the kvm"
					+ " modules are not loaded, or this is a container or VM without the device); " + hostLine());
		}
		if (!Files.isReadable(kvmDevice) || !Files.isWritable(kvmDevice)) {
			return unusable("no permission to open " + kvmDevice + " read-write (run as root or join the group that owns it)");
		}
		List<String> lines = new ArrayList<>();
		VmTypes types;
		int api;
		try (ResourceStack stack = new ResourceStack()) {
			KvmDevice kvm = KvmDevice.open(nativeSystem.get(), stack, kvmDevice.toString());
			api = kvm.apiVersion();
			types = kvm.vmTypes();
		} catch (SysCallException e) {
			if (e.errno() == Errno.EACCES || e.errno() == Errno.EPERM) {
				return unusable("no permission to open " + kvmDevice + " (" + e.getMessage() + ")");
			}
			return unusable(kvmDevice + " is there but KVM does not answer: " + e.getMessage());
		} catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
			return unusable("the native library for KVM calls cannot be loaded: " + e.getMessage());
		}
		lines.add("KVM: " + kvmDevice + " opens, KVM_GET_API_VERSION " + api
				+ (api == KvmConstants.KVM_API_VERSION ? "" : " (expected " + KvmConstants.KVM_API_VERSION + ")"));
		lines.add("VM types (KVM_CAP_VM_TYPES): " + String.join(", ", types.names()));
		lines.add("host: " + hostLine());
		String amd = moduleState("kvm_amd", "AMD");
		String intel = moduleState("kvm_intel", "Intel");
		List<HostReport.Technology> tech = List.of(
				amd("SEV", "sev", amd, types, KvmConstants.KVM_X86_SEV_VM, true),
				amd("SEV-ES", "sev_es", amd, types, KvmConstants.KVM_X86_SEV_ES_VM, true),
				amd("SEV-SNP", "sev_snp", amd, types, KvmConstants.KVM_X86_SNP_VM, false),
				tdx(intel, types));
		for (HostReport.Technology t : tech) {
			lines.add(t.line());
		}
		StringBuilder summary = new StringBuilder("KVM API ").append(api).append("; ");
		List<String> parts = new ArrayList<>();
		for (HostReport.Technology t : tech) {
			parts.add(t.name() + (t.available() ? " yes" : " no"));
		}
		summary.append(String.join(", ", parts));
		return new HostReport(api == KvmConstants.KVM_API_VERSION, tech, lines, summary.toString());
	}

	private HostReport unusable(String why) {
		List<HostReport.Technology> tech = new ArrayList<>();
		for (String name : List.of("SEV", "SEV-ES", "SEV-SNP", "TDX")) {
			tech.add(new HostReport.Technology(name, false, "KVM is not usable"));
		}
		return new HostReport(false, tech, List.of(why), why);
	}

	/** KVM vendor modules, in the order they are reported. */
	private static final List<String> KVM_MODULES = List.of("kvm_amd", "kvm_intel", "kvm_pvm");

	/** The KVM vendor modules loaded here ({@code kvm_pvm} is the paravirtualized KVM some cloud guests run). */
	public List<String> kvmModules() {
		List<String> found = new ArrayList<>();
		for (String module : KVM_MODULES) {
			if (Files.isDirectory(sysModule.resolve(module))) {
				found.add(module);
			}
		}
		return found;
	}

	/**
	 * The CPU vendor from {@code /proc/cpuinfo} (under the same root as /sys/module): {@code AMD}, {@code Intel},
	 * {@code Hygon}, the raw vendor_id for others, or null when unknown.
	 */
	public String cpuVendor() {
		Path cpuinfo = sysModule.toAbsolutePath().normalize().getParent();
		cpuinfo = cpuinfo == null || cpuinfo.getParent() == null ? null : cpuinfo.getParent().resolve("proc/cpuinfo");
		if (cpuinfo == null || !Files.isRegularFile(cpuinfo)) {
			return null;
		}
		try (java.io.BufferedReader in = Files.newBufferedReader(cpuinfo, StandardCharsets.ISO_8859_1)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("vendor_id")) {
					String id = line.substring(line.indexOf(':') + 1).trim();
					return switch (id) {
					case "AuthenticAMD" -> "AMD";
					case "GenuineIntel" -> "Intel";
					case "HygonGenuine" -> "Hygon";
					default -> id.isEmpty() ? null : id;
					};
				}
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
		return null;
	}

	/** The CPU vendor and the KVM module found, in one phrase: {@code CPU vendor AMD, KVM module kvm_pvm}. */
	public String hostLine() {
		String vendor = cpuVendor();
		List<String> modules = kvmModules();
		return "CPU vendor " + (vendor == null ? "unknown" : vendor) + ", KVM module "
				+ (modules.isEmpty() ? "none loaded (kvm_amd, kvm_intel, kvm_pvm)" : String.join(" and ", modules))
				+ (modules.contains("kvm_pvm") ? " (kvm_pvm is paravirtualized KVM: no SEV or TDX)" : "");
	}

	/** null when the module is loaded, else why not, naming what this host has instead when it is known. */
	private String moduleState(String module, String vendor) {
		if (Files.isDirectory(sysModule.resolve(module))) {
			return null;
		}
		String cpu = cpuVendor();
		if (kvmModules().contains("kvm_pvm")) {
			return "module " + module + " is not loaded; KVM here is kvm_pvm (paravirtualized), which cannot launch "
					+ ("AMD".equals(vendor) ? "SEV guests" : "TDX guests") + (cpu == null ? "" : " (CPU vendor " + cpu + ")");
		}
		if (cpu != null) {
			return "module " + module + " is not loaded" + (cpu.equals(vendor) || ("AMD".equals(vendor) && cpu.equals("Hygon"))
					? " (the CPU is " + cpu + "; load " + module + ")" : " (the CPU vendor is " + cpu + ", not " + vendor + ")");
		}
		return "module " + module + " is not loaded";
	}

	private HostReport.Technology amd(String name, String parameter, String moduleProblem, VmTypes types, long vmType,
			boolean legacyTypeWorks) {
		if (moduleProblem != null) {
			return new HostReport.Technology(name, false, moduleProblem.endsWith("not loaded")
					? moduleProblem + " (not an AMD host, or KVM for AMD is not loaded)" : moduleProblem);
		}
		String value = parameter("kvm_amd", parameter);
		if (value == null) {
			return new HostReport.Technology(name, false, "kvm_amd has no parameter " + parameter + " (kernel too old)");
		}
		if (!enabled(value)) {
			return new HostReport.Technology(name, false, "kvm_amd parameter " + parameter + " is " + value);
		}
		if (!Files.exists(sevDevice)) {
			return new HostReport.Technology(name, false, sevDevice + " is missing (the ccp driver is not loaded)");
		}
		if (types.supports(vmType)) {
			return new HostReport.Technology(name, true, "kvm_amd " + parameter + "=" + value + ", " + VmTypes.name(vmType) + " offered");
		}
		if (legacyTypeWorks) {
			return new HostReport.Technology(name, true, "kvm_amd " + parameter + "=" + value + ", legacy init on KVM_X86_DEFAULT_VM only");
		}
		return new HostReport.Technology(name, false, "kvm_amd " + parameter + "=" + value + " but KVM does not offer "
				+ VmTypes.name(vmType) + " (kernel older than 6.11?)");
	}

	private HostReport.Technology tdx(String moduleProblem, VmTypes types) {
		if (moduleProblem != null) {
			return new HostReport.Technology("TDX", false, moduleProblem.endsWith("not loaded")
					? moduleProblem + " (not an Intel host, or KVM for Intel is not loaded)" : moduleProblem);
		}
		String value = parameter("kvm_intel", "tdx");
		if (value == null) {
			return new HostReport.Technology("TDX", false, "kvm_intel has no parameter tdx (kernel older than 6.16)");
		}
		if (!enabled(value)) {
			return new HostReport.Technology("TDX", false, "kvm_intel parameter tdx is " + value
					+ " (load kvm_intel with tdx=1; the BIOS must enable TDX and the TDX module)");
		}
		if (!types.supports(KvmConstants.KVM_X86_TDX_VM)) {
			return new HostReport.Technology("TDX", false, "kvm_intel tdx=" + value + " but KVM does not offer KVM_X86_TDX_VM");
		}
		return new HostReport.Technology("TDX", true, "kvm_intel tdx=" + value + ", KVM_X86_TDX_VM offered");
	}

	private String parameter(String module, String name) {
		Path p = sysModule.resolve(module).resolve("parameters").resolve(name);
		try {
			return Files.readString(p, StandardCharsets.US_ASCII).trim();
		} catch (IOException e) {
			return null; // no such parameter in this kernel (or module not loaded): the caller says so
		}
	}

	/** Boolean module parameters read Y/N; older kernels show integers. */
	private static boolean enabled(String value) {
		return value.equalsIgnoreCase("Y") || value.equals("1");
	}
}
