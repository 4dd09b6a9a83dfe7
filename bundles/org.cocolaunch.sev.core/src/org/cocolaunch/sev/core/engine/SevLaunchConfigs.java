/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;

/**
 * The AMD engine's reading of its typed launch configuration ({@link SevLaunchConfig}): the measurer's and the plan
 * builder's requests, and the {@code measure} arguments that reproduce it. Paths in the configuration are as the
 * user gave them; they resolve against the caller's working directory here, once.
 */
public final class SevLaunchConfigs {

	private SevLaunchConfigs() {
	}

	/** A configuration with sev-snp-measure's defaults (QEMU, guest features 0x1, no kernel). */
	public static SevLaunchConfig of(SevMode mode, String firmware) {
		SevLaunchConfig c = SevFactory.eINSTANCE.createSevLaunchConfig();
		c.setMode(mode);
		c.setFirmware(firmware);
		return c;
	}

	/** The measurer's request; the page trace off, content hashing on 2 threads. */
	public static MeasurementRequest measurementRequest(SevLaunchConfig c, Path cwd) {
		return new MeasurementRequest(c.getMode(), cwd.resolve(c.getFirmware()), resolve(cwd, c.getKernel()),
				resolve(cwd, c.getInitrd()), c.getAppend(), c.getGuestFeatures(), c.getVcpus(), c.getVcpuSig(),
				c.getVmm(), c.getSnpOvmfHash(), resolve(cwd, c.getSvsm()), c.getVarsSize(), false, 2);
	}

	/** The plan builder's request, paths made absolute. */
	public static SevPlanRequest planRequest(SevLaunchConfig c, Path cwd) {
		return new SevPlanRequest(c.getMode(), cwd.resolve(c.getFirmware()).toAbsolutePath().normalize(),
				absolute(cwd, c.getKernel()), absolute(cwd, c.getInitrd()), c.getAppend(), c.getVcpus(),
				c.getVcpuType(), c.getVcpuSig(), c.getGuestFeatures(), c.isSetPolicy() ? c.getPolicy() : null,
				c.getVmm(), c.isLegacyInit(), null);
	}

	/** Why the plan builder cannot build this launch, or null. */
	public static String planUnavailable(SevLaunchConfig c) {
		if (c.getMode() == SevMode.SEV_SNP_SVSM) {
			return "the plan builder does not support snp:svsm launches (COCONUT-SVSM) yet";
		}
		if (c.getSnpOvmfHash() != null) {
			return "a precomputed OVMF hash (--snp-ovmf-hash) stands in for the firmware pages, which a plan must issue";
		}
		return null;
	}

	/**
	 * The {@code measure} arguments (sev-snp-measure's syntax) that reproduce {@code c}: the vCPU model by name when
	 * the configuration names one, else by signature; options at their defaults are left out.
	 */
	public static List<String> measureArguments(SevLaunchConfig c) {
		List<String> a = new ArrayList<>(List.of("--mode", c.getMode().cliName(), "--ovmf", c.getFirmware()));
		if (c.getMode() != SevMode.SEV) {
			a.addAll(List.of("--vcpus", Integer.toString(c.getVcpus())));
			if (c.getVcpuType() != null) {
				a.addAll(List.of("--vcpu-type", c.getVcpuType()));
			} else if (c.getVcpuSig() != 0) {
				a.addAll(List.of("--vcpu-sig", "0x" + Long.toHexString(c.getVcpuSig())));
			}
			if (c.getVmm() != VmmType.QEMU) {
				a.addAll(List.of("--vmm-type", c.getVmm().cliName()));
			}
		}
		if (c.getMode() == SevMode.SEV_SNP
				|| c.getMode() == SevMode.SEV_SNP_SVSM && c.getGuestFeatures() != MeasurementRequest.DEFAULT_GUEST_FEATURES) {
			a.addAll(List.of("--guest-features", "0x" + Long.toHexString(c.getGuestFeatures())));
		}
		if (c.getKernel() != null) {
			a.addAll(List.of("--kernel", c.getKernel()));
			if (c.getInitrd() != null) {
				a.addAll(List.of("--initrd", c.getInitrd()));
			}
			if (c.getAppend() != null) {
				a.addAll(List.of("--append", c.getAppend()));
			}
		}
		if (c.getSnpOvmfHash() != null) {
			a.addAll(List.of("--snp-ovmf-hash", HexFormat.of().formatHex(c.getSnpOvmfHash())));
		}
		if (c.getSvsm() != null) {
			a.addAll(List.of("--svsm", c.getSvsm(), "--vars-size", Long.toString(c.getVarsSize())));
		}
		return a;
	}

	private static Path resolve(Path cwd, String file) {
		return file == null ? null : cwd.resolve(file);
	}

	private static Path absolute(Path cwd, String file) {
		return file == null ? null : cwd.resolve(file).toAbsolutePath().normalize();
	}
}
