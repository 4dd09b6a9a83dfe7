/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product version, taken from this bundle's OSGi version (all product bundles are versioned together). On a plain
 * class path (the fast headless launch, no framework) the same version is read from this bundle's manifest.
 */
public final class Version {

	public static final String PRODUCT_NAME = "CoCo Launch Workbench";

	private Version() {
	}

	/** For example {@code 0.1.0.v20261125-0800}; {@code unknown} when neither the framework nor a manifest says. */
	public static String full() {
		org.osgi.framework.Version v = bundleVersion();
		return v == null ? "unknown" : v.toString();
	}

	/** major.minor.micro without the build qualifier. */
	public static String release() {
		org.osgi.framework.Version v = bundleVersion();
		return v == null ? "unknown" : v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}

	private static org.osgi.framework.Version bundleVersion() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		if (bundle != null) {
			return bundle.getVersion();
		}
		String header = manifestVersion();
		try {
			return header == null ? null : org.osgi.framework.Version.parseVersion(header);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Bundle-Version from the manifest of the jar (or folder) this class was loaded from. */
	private static String manifestVersion() {
		URL self = Version.class.getResource(Version.class.getSimpleName() + ".class");
		if (self == null) {
			return null;
		}
		String s = self.toString();
		String classEntry = Version.class.getName().replace('.', '/') + ".class";
		if (!s.endsWith(classEntry)) {
			return null;
		}
		try (InputStream in = URI.create(s.substring(0, s.length() - classEntry.length()) + "META-INF/MANIFEST.MF").toURL()
				.openStream()) {
			return new Manifest(in).getMainAttributes().getValue(new Attributes.Name("Bundle-Version"));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
