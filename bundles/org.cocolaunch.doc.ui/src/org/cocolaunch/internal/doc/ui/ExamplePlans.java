/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.doc.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The example plans shipped in {@code org.cocolaunch.doc/examples}, as files. The Launch Steps view's Debug Plan
 * and the cheat sheets' Debug Example both key the launch configuration on this path, so they share one.
 */
public final class ExamplePlans {

	public static final String DOC_BUNDLE = "org.cocolaunch.doc";

	/** A plain file name: no folders, so a command parameter cannot reach outside the examples folder. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.cclaunch");

	private ExamplePlans() {
	}

	/**
	 * The example's file.
	 *
	 * @throws IOException when the name is not an example of the installed doc bundle
	 */
	public static Path file(String name) throws IOException {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IOException("Not an example plan name: " + name);
		}
		Bundle doc = Platform.getBundle(DOC_BUNDLE);
		URL entry = doc == null ? null : doc.getEntry("examples/" + name);
		if (entry == null) {
			throw new IOException("No example plan " + name + " in " + DOC_BUNDLE);
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException("Cannot locate example plan " + name, e);
		}
	}
}
