/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What this process holds, from /proc/self: open fds and mappings. */
final class ProcSelf {

	private ProcSelf() {
	}

	static long openFds() throws IOException {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		}
	}

	/** Mappings of /dev/kvm-backed objects and memfds (what a launch maps), from /proc/self/maps. */
	static long launchMappings() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/maps")).stream()
				.filter(l -> l.contains("kvm-vcpu") || l.contains("memfd:slot")).count();
	}
}
