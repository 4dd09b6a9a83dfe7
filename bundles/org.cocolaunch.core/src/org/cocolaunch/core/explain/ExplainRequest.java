/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.explain;

import java.nio.file.Path;
import java.util.List;

/**
 * A vendor-neutral configuration search request, as a UI or another front end collects it; each vendor engine maps
 * it onto its own default search space ({@link org.cocolaunch.core.vendor.VendorEngine#explain}).
 *
 * @param mode      {@code snp}, {@code seves}, {@code sev} or {@code tdx}
 * @param target    the measurement to reproduce
 * @param firmware  firmware candidates (at least one)
 * @param kernel    kernel for measured direct boot, or {@code null}
 * @param initrd    initrd, or {@code null}
 * @param append    kernel command line, or {@code null}
 * @param maxVcpus  largest vCPU count tried (where vCPUs matter)
 */
public record ExplainRequest(String mode, byte[] target, List<Path> firmware, Path kernel, Path initrd, String append,
		int maxVcpus) {

	/** vCPU counts tried unless a front end says otherwise (1..64). */
	public static final int DEFAULT_MAX_VCPUS = 64;

	public ExplainRequest {
		target = target.clone();
		firmware = List.copyOf(firmware);
	}
}
