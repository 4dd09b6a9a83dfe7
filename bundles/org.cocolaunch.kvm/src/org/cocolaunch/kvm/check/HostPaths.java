/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.check;

import java.nio.file.Path;

/**
 * Where this host's KVM lives: /dev/kvm, /dev/sev and /sys/module, all under the root named by the system property
 * {@value #ROOT_PROPERTY} (default: the file system root). Tests point the root at a prepared tree; with the fake
 * kernel library, opening {@code ROOT/dev/kvm} reaches the fake device because it matches paths by their ending.
 */
public record HostPaths(Path kvmDevice, Path sevDevice, Path sysModule) {

	/** System property naming the root the device and module paths are resolved against. */
	public static final String ROOT_PROPERTY = "cocolaunch.kvm.root";

	/** The paths under {@code root}. */
	public static HostPaths under(Path root) {
		return new HostPaths(root.resolve("dev/kvm"), root.resolve("dev/sev"), root.resolve("sys/module"));
	}

	/** This machine's paths, under {@value #ROOT_PROPERTY} when it is set. */
	public static HostPaths fromSystem() {
		String root = System.getProperty(ROOT_PROPERTY);
		return under(Path.of(root == null || root.isBlank() ? "/" : root));
	}
}
