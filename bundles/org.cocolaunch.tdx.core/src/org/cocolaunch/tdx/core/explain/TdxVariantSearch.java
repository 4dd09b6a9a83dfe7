/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.engine.TdxLaunchConfigs;
import org.cocolaunch.tdx.core.measure.TdLaunchPlan;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdxLaunchConfig;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Finds the TDX configurations whose MRTD equals a target. MRTD covers the TDVF sections added with MR.EXTEND and
 * the page order, but not the TD HOB (OVMF measures the HOB into RTMR0), so memory size cannot change it: MRTD is
 * computed once per (firmware, page order), and a match is then recomputed with the plain measurer for every memory
 * size, which the variant lists as not determined by MRTD.
 */
public final class TdxVariantSearch {

	private static final int MRTD_SIZE = 48;

	private TdxVariantSearch() {
	}

	/**
	 * @param monitor progress and cancel; may be {@code null}
	 */
	public static SearchResult search(TdxSearchSpace space, byte[] target, IProgressMonitor monitor)
			throws TdxInputException {
		if (target.length != MRTD_SIZE) {
			throw new TdxInputException("MRTD has 48 bytes, the expected value has " + target.length);
		}
		long start = System.nanoTime();
		// Plain IProgressMonitor calls only: SubMonitor needs OSGi services, and the search also runs outside OSGi.
		IProgressMonitor sub = monitor == null ? new NullProgressMonitor() : monitor;
		sub.beginTask("Searching TDX configurations", space.firmware().size() * space.orders().size());
		List<Variant> matches = new ArrayList<>();
		long variants = 0;
		boolean cancelled = false;
		outer: for (Path p : space.firmware()) {
			TdvfImage image = TdvfParser.parse(p, p.toString());
			for (MeasureOrder order : space.orders()) {
				if (sub.isCanceled()) {
					cancelled = true;
					break outer;
				}
				byte[] mrtd = TdLaunchPlan.of(image, null, order, 1).mrtd();
				variants += space.memory().size();
				if (Arrays.equals(mrtd, target)) {
					verified(p, image, order, space.memory(), target).ifPresent(matches::add);
				}
				sub.worked(1);
			}
		}
		sub.done();
		Map<String, List<String>> dims = new LinkedHashMap<>();
		dims.put("firmware", space.firmware().stream().map(Path::toString).toList());
		dims.put("page-order", space.orders().stream().map(TdxPageOrders::cliName).toList());
		dims.put("memory", space.memory().stream().map(TdxVariantSearch::size).toList());
		return new SearchResult(target, "MRTD", matches, dims, variants, cancelled, System.nanoTime() - start,
				List.of());
	}

	/** The variant, with the memory sizes for which the plain measurer really gives the target. */
	private static Optional<Variant> verified(Path p, TdvfImage image, MeasureOrder order, List<Long> memory,
			byte[] target) {
		List<String> sizes = new ArrayList<>();
		for (long m : memory) {
			try {
				byte[] mrtd = TdxLaunchMeasurer.measure(new TdxLaunchInputs(image, order, m, 1, null, null, null, null))
						.mrtd();
				if (Arrays.equals(mrtd, target)) {
					sizes.add(size(m));
				}
			} catch (TdxInputException e) {
				// a size this firmware cannot describe in its HOB: not a configuration that reproduces the target
			}
		}
		if (sizes.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("firmware", p.toString());
		settings.put("page-order", TdxPageOrders.cliName(order));
		settings.put("memory", "not determined by MRTD (verified: " + String.join(", ", sizes) + ")");
		TdxLaunchConfig config = TdxLaunchConfigs.of(p.toString());
		config.setPageOrder(order);
		return Optional.of(new Variant(config, settings, TdxLaunchConfigs.measureArguments(config),
				List.of("MRTD"),
				List.of("MRTD does not cover the TD HOB, so memory size and vCPU count are not determined; the HOB is"
						+ " measured into RTMR0, which also holds firmware events the inputs do not determine")));
	}

	private static String size(long bytes) {
		long mib = bytes >> 20;
		return mib % 1024 == 0 ? (mib / 1024) + " GiB" : mib + " MiB";
	}
}
