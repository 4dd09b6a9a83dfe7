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
		String v = bundleVersion();
		return v == null ? "unknown" : v;
	}

	/** major.minor.micro without the build qualifier. */
	public static String release() {
		String v = bundleVersion();
		if (v == null) {
			return "unknown";
		}
		String[] parts = v.split("\\.", 4);
		return parts.length < 3 ? v : parts[0] + "." + parts[1] + "." + parts[2];
	}

	/**
	 * On the plain class path (loaded by the application class loader) the manifest is read directly, without
	 * touching the OSGi classes: asking FrameworkUtil would scan every jar for framework helpers first.
	 */
	private static String bundleVersion() {
		if (Version.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
			Bundle bundle = FrameworkUtil.getBundle(Version.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		}
		String header = manifestVersion();
		return header == null || header.isBlank() ? null : header.strip();
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
