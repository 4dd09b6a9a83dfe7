/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product version, taken from this bundle's OSGi version (all product bundles are versioned together). */
public final class Version {

	public static final String PRODUCT_NAME = "CoCo Launch Workbench";

	private Version() {
	}

	/** For example {@code 0.1.0.v20261125-0800}; {@code unknown} outside OSGi. */
	public static String full() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}

	/** major.minor.micro without the build qualifier. */
	public static String release() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		if (bundle == null) {
			return "unknown";
		}
		org.osgi.framework.Version v = bundle.getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}
}
