/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.sev.core.vmsa.ResetStatePreset;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.VmmType;

/**
 * vCPU type names that give byte-identical VMSAs under one VMM preset: names sharing a signature, or all names when
 * the VMM puts a fixed value in RDX (EC2, GCE). Searching one member covers the class.
 *
 * @param signature CPUID(1).EAX put in RDX (0 when the VMM fixes RDX)
 * @param names     member names, in {@link VcpuTypes} order
 * @param fixedRdx  whether the VMM ignores the vCPU type
 */
record VcpuClass(long signature, List<String> names, boolean fixedRdx) {

	static List<VcpuClass> of(VmmType vmm, List<String> typeNames) {
		if (ResetStatePreset.of(vmm).fixedRdx() != null) {
			return List.of(new VcpuClass(0, List.copyOf(typeNames), true));
		}
		Map<Long, List<String>> bySig = new LinkedHashMap<>();
		for (String n : typeNames) {
			bySig.computeIfAbsent(VcpuTypes.byName(n), k -> new ArrayList<>()).add(n);
		}
		List<VcpuClass> classes = new ArrayList<>();
		bySig.forEach((sig, names) -> classes.add(new VcpuClass(sig, List.copyOf(names), false)));
		return classes;
	}

	String label(VmmType vmm) {
		if (fixedRdx) {
			return "any (" + vmm.cliName() + " puts a fixed value in RDX)";
		}
		return names.size() == 1 ? names.get(0)
				: names.get(0) + " (same signature: " + String.join(", ", names.subList(1, names.size())) + ")";
	}
}
