/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.diagnose.CpuidRejection;
import org.cocolaunch.sev.core.sim.SnpCpuidPolicy.RegisterRule;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpCpuidMismatch;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The SNP firmware's validation of a CPUID page in {@code SNP_LAUNCH_UPDATE} (page type CPUID): every entry is checked
 * against the platform's {@link SnpCpuidPolicy}; when an entry fails, the firmware corrects it, returns INVALID_PARAM
 * and KVM copies the corrected page back to the VMM's source page (Linux {@code sev_gmem_post_populate}), where QEMU
 * compares it with what it provided and prints each differing entry ({@code sev_snp_cpuid_report_mismatches}). More
 * than {@link SnpCpuidPolicy#MAX_ENTRIES} entries are refused as a whole.
 *
 * @param tooMany    whether the page has more entries than the firmware takes
 * @param count      the number of entries
 * @param mismatches the rejected entries with their corrected values, in page order
 */
public record CpuidPageCheck(boolean tooMany, int count, List<SnpCpuidMismatch> mismatches) {

	/** Checks {@code entries} against {@code policy}. */
	public static CpuidPageCheck check(SnpCpuidPolicy policy, List<SnpCpuidFunction> entries) {
		if (entries.size() > SnpCpuidPolicy.MAX_ENTRIES) {
			return new CpuidPageCheck(true, entries.size(), List.of());
		}
		List<SnpCpuidMismatch> mismatches = new ArrayList<>();
		for (SnpCpuidFunction provided : entries) {
			SnpCpuidFunction expected = corrected(policy, provided);
			if (!EcoreUtil.equals(provided, expected)) {
				SnpCpuidMismatch m = SevFactory.eINSTANCE.createSnpCpuidMismatch();
				m.setFunction(provided.getEaxIn());
				m.setIndex(provided.getEcxIn());
				m.setProvided(EcoreUtil.copy(provided));
				m.setExpected(expected);
				mismatches.add(m);
			}
		}
		return new CpuidPageCheck(false, entries.size(), List.copyOf(mismatches));
	}

	/** The entry as the firmware leaves it: unchanged when it conforms. */
	public static SnpCpuidFunction corrected(SnpCpuidPolicy policy, SnpCpuidFunction provided) {
		SnpCpuidFunction e = EcoreUtil.copy(provided);
		RegisterRule[] rules = policy.rules(provided.getEaxIn(), provided.getEcxIn());
		if (rules == null) {
			return e; // outside the standard and extended ranges: not checked
		}
		e.setEax(rules[0].correct(provided.getEax()));
		e.setEbx(rules[1].correct(provided.getEbx()));
		e.setEcx(rules[2].correct(provided.getEcx()));
		e.setEdx(rules[3].correct(provided.getEdx()));
		e.setReserved(0); // must be zero; the firmware fails the entry otherwise
		return e;
	}

	/** Whether the page passes. */
	public boolean passed() {
		return !tooMany && mismatches.isEmpty();
	}

	/** One line per failure, in QEMU's words (function, index, provided and expected registers). */
	public String describe() {
		if (tooMany) {
			return "the CPUID page has " + count + " entries, the firmware takes at most " + SnpCpuidPolicy.MAX_ENTRIES;
		}
		StringBuilder b = new StringBuilder();
		for (SnpCpuidMismatch m : mismatches) {
			if (b.length() > 0) {
				b.append("; ");
			}
			b.append("CPUID validation failed for function 0x").append(Long.toHexString(m.getFunction()))
					.append(", index: 0x").append(Long.toHexString(m.getIndex())).append(", provided: ")
					.append(registers(m.getProvided())).append(", expected: ").append(registers(m.getExpected()));
		}
		return b.toString();
	}

	/** In the words a logged rejection uses ({@link CpuidRejection.Registers}), so both read alike. */
	private static String registers(SnpCpuidFunction f) {
		return new CpuidRejection.Registers(f.getEax(), f.getEbx(), f.getEcx(), f.getEdx()).toString();
	}
}
