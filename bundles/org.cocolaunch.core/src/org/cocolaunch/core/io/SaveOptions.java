/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How {@link AtomicFileWriter} may treat the target: whether a symbolic link's target may be replaced
 * ({@code --force}), and which files the same command reads, so an output never overwrites one of its inputs.
 *
 * @param force  replace the target of a symbolic link instead of refusing
 * @param inputs files the command reads; the output must not be any of them
 */
public record SaveOptions(boolean force, List<Path> inputs) {

	public SaveOptions {
		inputs = List.copyOf(inputs);
	}

	/** Refuse symbolic links, no inputs to protect. */
	public static SaveOptions defaults() {
		return new SaveOptions(false, List.of());
	}

	public SaveOptions withForce(boolean replaceLinkTarget) {
		return new SaveOptions(replaceLinkTarget, inputs);
	}

	/** These options plus the given inputs (nulls are skipped). */
	public SaveOptions protecting(Path... files) {
		List<Path> all = new ArrayList<>(inputs);
		for (Path f : files) {
			if (f != null) {
				all.add(f);
			}
		}
		return new SaveOptions(force, all);
	}

	/** These options plus the given inputs (a collection: a {@code Path} is itself an {@code Iterable<Path>}). */
	public SaveOptions protectingAll(Collection<Path> files) {
		List<Path> all = new ArrayList<>(inputs);
		for (Path f : files) {
			all.add(Objects.requireNonNull(f));
		}
		return new SaveOptions(force, all);
	}
}
