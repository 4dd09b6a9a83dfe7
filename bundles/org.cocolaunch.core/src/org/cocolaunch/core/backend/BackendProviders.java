/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cocolaunch.core.vendor.Contributions;
import org.cocolaunch.model.LaunchPlan;

/** The backend providers known to this runtime ({@code org.cocolaunch.core.backends}). */
public final class BackendProviders {

	public static final String EXTENSION_POINT = "org.cocolaunch.core.backends";
	/** The simulated firmware of the plan's vendor: the default. */
	public static final String SIM = "sim";
	/** Real KVM on this host. */
	public static final String KVM = "kvm";

	private final List<BackendProvider> providers;

	private BackendProviders(List<BackendProvider> providers) {
		this.providers = List.copyOf(providers);
	}

	public static BackendProviders of(BackendProvider... providers) {
		return new BackendProviders(List.of(providers));
	}

	/** Every contributed provider; broken contributions are skipped. */
	public static BackendProviders registered() {
		return new BackendProviders(Contributions.of(EXTENSION_POINT, "backend", BackendProvider.class));
	}

	/** The distinct ids, in contribution order (e.g. {@code sim}, {@code kvm}). */
	public List<String> ids() {
		return providers.stream().map(BackendProvider::id).distinct().toList();
	}

	/** The provider {@code id} that runs {@code plan}. */
	public Optional<BackendProvider> find(String id, LaunchPlan plan) {
		return stream(id).filter(p -> p.supports(plan)).findFirst();
	}

	/** Null when some provider {@code id} can run something on this host, else the first one's reason. */
	public String unavailableReason(String id) {
		List<BackendProvider> withId = stream(id).toList();
		if (withId.isEmpty()) {
			return "no " + id + " backend is installed";
		}
		String reason = null;
		for (BackendProvider p : withId) {
			String r = p.unavailableReason(null);
			if (r == null) {
				return null;
			}
			reason = reason == null ? r : reason;
		}
		return reason;
	}

	/**
	 * A backend {@code id} for {@code plan}: the provider's host check first, then its backend.
	 *
	 * @throws BackendException in one line when no such backend is installed, none runs this plan, or this host
	 *                          cannot (the provider's reason)
	 */
	public Backend create(String id, LaunchPlan plan, PlanInputs inputs) throws BackendException {
		if (stream(id).findAny().isEmpty()) {
			throw new BackendException("no " + id + " backend is installed (installed: " + String.join(", ", ids())
					+ ")");
		}
		BackendProvider provider = find(id, plan).orElseThrow(() -> new BackendException((SIM.equals(id) ? "no engine"
				: "no " + id + " backend") + " for vendor " + plan.getVendor() + ", VM type " + plan.getVmType()));
		String reason = provider.unavailableReason(plan);
		if (reason != null) {
			throw new BackendException(reason);
		}
		return provider.create(plan, inputs);
	}

	private Stream<BackendProvider> stream(String id) {
		return providers.stream().filter(p -> p.id().equals(id));
	}
}
