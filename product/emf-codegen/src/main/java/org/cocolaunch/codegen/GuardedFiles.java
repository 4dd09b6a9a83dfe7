// SPDX-License-Identifier: EPL-2.0
package org.cocolaunch.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-maintained bundle files. EMF's generator would rewrite some of them: {@code plugin.xml} is always
 * regenerated and merged, {@code plugin.properties} gets missing keys merged in, and {@code MANIFEST.MF} /
 * {@code build.properties} are rewritten when {@code updateClasspath} is true. We snapshot them before generating and
 * restore them byte for byte afterwards. If the generator would have changed one, its version is kept as a
 * <em>proposal</em> (outside the bundles) and reported, so that a developer can merge what is needed, for example
 * a new {@code _UI_Foo_type} key or a new {@code generated_package} entry. Files that did not exist before (a
 * brand new vendor bundle) are left as generated: that is their bootstrap version, maintained by hand from then on.
 */
final class GuardedFiles {

	static final List<String> NAMES = List.of("META-INF/MANIFEST.MF", "plugin.xml", "plugin.properties",
			"build.properties");

	private final Path bundlesDir;
	private final Map<Path, byte[]> snapshot = new LinkedHashMap<>();

	GuardedFiles(Path bundlesDir, List<Path> bundles) throws IOException {
		this.bundlesDir = bundlesDir;
		for (Path bundle : bundles) {
			for (String name : NAMES) {
				Path f = bundle.resolve(name);
				snapshot.put(f, Files.isRegularFile(f) ? Files.readAllBytes(f) : null);
			}
		}
	}

	record Outcome(List<Path> proposals, List<Path> created) {
	}

	/**
	 * Restores every guarded file. Generator versions that differ are written under {@code proposalsDir}.
	 */
	Outcome restore(Path proposalsDir) throws IOException {
		List<Path> proposals = new ArrayList<>();
		List<Path> created = new ArrayList<>();
		for (Map.Entry<Path, byte[]> e : snapshot.entrySet()) {
			Path f = e.getKey();
			byte[] before = e.getValue();
			boolean exists = Files.isRegularFile(f);
			if (before == null) {
				if (exists) {
					created.add(f);
				}
				continue;
			}
			byte[] after = exists ? Files.readAllBytes(f) : null;
			if (!Arrays.equals(before, after)) {
				if (after != null) {
					Path proposal = proposalsDir.resolve(bundlesDir.relativize(f));
					Files.createDirectories(proposal.getParent());
					Files.write(proposal, after);
					proposals.add(proposal);
				}
				Files.createDirectories(f.getParent());
				Files.write(f, before);
			}
		}
		return new Outcome(proposals, created);
	}
}
