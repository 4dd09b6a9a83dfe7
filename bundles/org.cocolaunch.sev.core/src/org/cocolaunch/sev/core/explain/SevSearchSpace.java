/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.core.explain.ExplainRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;

/**
 * The SEV/SEV-ES/SNP configurations a search tries: the fixed inputs (firmware candidates, kernel, initrd, cmdline)
 * and the values of each varied dimension. Dimensions that do not apply to a mode are ignored (vCPUs and VMM presets
 * for SEV, guest features for SEV and SEV-ES).
 *
 * @param mode          SEV, SEV_ES or SEV_SNP
 * @param firmware      OVMF candidates (at least one)
 * @param kernel        kernel for measured direct boot, or {@code null} (then hashes are only tried off)
 * @param initrd        initrd or {@code null}
 * @param append        command line or {@code null}
 * @param maxVcpus      vCPU counts 1..maxVcpus are tried
 * @param vcpuTypes     vCPU model names of {@link VcpuTypes}
 * @param guestFeatures SEV_FEATURES values (SNP)
 * @param presets       VMM presets
 * @param tryHashesOff  with a kernel: also try the launch without the kernel-hashes table
 * @param cmdlines      command-line spellings tried with kernel hashes on
 */
public record SevSearchSpace(SevMode mode, List<Path> firmware, Path kernel, Path initrd, String append, int maxVcpus,
		List<String> vcpuTypes, List<Long> guestFeatures, List<VmmType> presets, boolean tryHashesOff,
		List<CmdlineVariant> cmdlines) {

	/** Default largest vCPU count. */
	public static final int DEFAULT_MAX_VCPUS = ExplainRequest.DEFAULT_MAX_VCPUS;

	public SevSearchSpace {
		if (firmware.isEmpty()) {
			throw new IllegalArgumentException("at least one firmware candidate is needed");
		}
		if (maxVcpus < 1) {
			throw new IllegalArgumentException("the largest vCPU count must be at least 1");
		}
		for (String t : vcpuTypes) {
			if (VcpuTypes.byName(t) == null) {
				throw new IllegalArgumentException("unknown vCPU type " + t);
			}
		}
		firmware = List.copyOf(firmware);
		vcpuTypes = List.copyOf(vcpuTypes);
		guestFeatures = List.copyOf(guestFeatures);
		presets = List.copyOf(presets);
		cmdlines = List.copyOf(cmdlines);
	}

	/**
	 * The default space: vCPUs 1..64, every vCPU type, SNPActive with every combination of the other documented
	 * guest-feature bits, all three VMM presets, kernel hashes on and off, every cmdline spelling.
	 */
	public static SevSearchSpace defaults(SevMode mode, List<Path> firmware, Path kernel, Path initrd, String append) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, DEFAULT_MAX_VCPUS,
				List.copyOf(VcpuTypes.all().keySet()), GuestFeatureBits.combinations(GuestFeatureBits.knownMask()),
				List.of(VmmType.values()), true, List.of(CmdlineVariant.values()));
	}

	public SevSearchSpace withMaxVcpus(int max) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, max, vcpuTypes, guestFeatures, presets,
				tryHashesOff, cmdlines);
	}

	public SevSearchSpace withGuestFeatures(List<Long> features) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, maxVcpus, vcpuTypes, features, presets,
				tryHashesOff, cmdlines);
	}

	public SevSearchSpace withCmdlines(List<CmdlineVariant> variants) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, maxVcpus, vcpuTypes, guestFeatures, presets,
				tryHashesOff, variants);
	}

	public SevSearchSpace withPresets(List<VmmType> vmms) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, maxVcpus, vcpuTypes, guestFeatures, vmms,
				tryHashesOff, cmdlines);
	}

	public SevSearchSpace withVcpuTypes(List<String> types) {
		return new SevSearchSpace(mode, firmware, kernel, initrd, append, maxVcpus, types, guestFeatures, presets,
				tryHashesOff, cmdlines);
	}
}
