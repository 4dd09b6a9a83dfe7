/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.check;

import java.util.List;

/**
 * What a host can run, in plain words: whether KVM is usable at all, one line per finding (KVM API, VM types, each
 * technology with why or why not), and a one-line summary fit for a status bar or a disabled choice's tooltip.
 */
public record HostReport(boolean kvmUsable, List<Technology> technologies, List<String> lines, String summary) {

	/** One confidential-computing technology: available or not, and why. */
	public record Technology(String name, boolean available, String reason) {
		public String line() {
			return name + ": " + (available ? "available" : "not available") + " (" + reason + ")";
		}
	}

	/** Whether KVM works and at least one technology is available: the KVM backend can run some plan here. */
	public boolean canLaunch() {
		return kvmUsable && technologies.stream().anyMatch(Technology::available);
	}

	/**
	 * One line saying why no plan can run here (null when one can): the missing KVM, or each technology's reason.
	 */
	public String whyNot() {
		if (canLaunch()) {
			return null;
		}
		if (!kvmUsable) {
			return summary;
		}
		// Technologies that share a reason (SEV, SEV-ES and SEV-SNP without kvm_amd) are named together, once.
		java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
		for (Technology t : technologies) {
			byReason.computeIfAbsent(t.reason(), r -> new java.util.ArrayList<>()).add(t.name());
		}
		StringBuilder b = new StringBuilder("KVM works but no confidential VM can be launched: ");
		String separator = "";
		for (java.util.Map.Entry<String, List<String>> e : byReason.entrySet()) {
			b.append(separator).append(String.join(", ", e.getValue())).append(": ").append(e.getKey());
			separator = "; ";
		}
		return b.toString();
	}

	/** The technology by name (SEV, SEV-ES, SEV-SNP, TDX), or null. */
	public Technology technology(String name) {
		return technologies.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}
}
