/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.vendor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.inspect.EvidenceFormatException;
import org.cocolaunch.core.verify.EvidenceVerification;
import org.cocolaunch.core.verify.VerifyRequest;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchPlan;

/** The vendor engines known to this runtime. */
public final class VendorEngines {

	public static final String EXTENSION_POINT = "org.cocolaunch.core.vendorEngines";

	private final List<VendorEngine> engines;

	private VendorEngines(List<VendorEngine> engines) {
		// By id, so front ends list modes in the same order whatever order the registry gives (amd-sev, intel-tdx).
		this.engines = engines.stream().sorted(Comparator.comparing(VendorEngine::id)).toList();
	}

	/** A fixed set, for tests and tools outside OSGi. */
	public static VendorEngines of(VendorEngine... engines) {
		return new VendorEngines(List.of(engines));
	}

	/** Every engine contributed to the extension point (see {@link Contributions}); broken contributions are skipped. */
	public static VendorEngines registered() {
		return new VendorEngines(Contributions.of(EXTENSION_POINT, "engine", VendorEngine.class));
	}

	public List<VendorEngine> all() {
		return engines;
	}

	public Optional<VendorEngine> forPlan(LaunchPlan plan) {
		return engines.stream().filter(e -> e.supports(plan)).findFirst();
	}

	/**
	 * The offline verification of the first engine that knows the evidence's format, or null when none does.
	 *
	 * @throws EvidenceFormatException when the evidence (or a given certificate) is malformed
	 */
	public EvidenceVerification verify(VerifyRequest request) throws EvidenceFormatException {
		for (VendorEngine engine : engines) {
			EvidenceVerification v = engine.verifyEvidence(request);
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	/** The engine whose {@link VendorEngine#modes()} include {@code mode}. */
	public Optional<VendorEngine> forMode(String mode) {
		return engines.stream().filter(e -> e.modes().contains(mode)).findFirst();
	}

	/** The engine that takes {@code config}. */
	public Optional<VendorEngine> forConfig(LaunchConfig config) {
		return engines.stream().filter(e -> e.handles(config)).findFirst();
	}

	/** Every engine's searchable modes, in engine order: what explain front ends offer. */
	public List<String> explainModes() {
		return engines.stream().flatMap(e -> e.explainModes().stream()).toList();
	}

	/** Every engine's modes, in engine order: what front ends offer for {@code --mode}. */
	public List<String> modes() {
		return engines.stream().flatMap(e -> e.modes().stream()).toList();
	}
}
