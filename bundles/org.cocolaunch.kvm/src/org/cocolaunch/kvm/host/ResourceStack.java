/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.cocolaunch.kvm.sys.SysCallException;

/**
 * What a launch holds on the host (file descriptors, mappings, memory slots, registered regions), released in the
 * reverse order of acquisition. A failing release does not stop the others; its message is kept.
 */
public final class ResourceStack implements AutoCloseable {

	/** How one resource is given back. */
	@FunctionalInterface
	public interface Release {
		void release() throws SysCallException;
	}

	private record Entry(String description, Release release) {
	}

	private final Deque<Entry> entries = new ArrayDeque<>();
	private final List<String> failures = new ArrayList<>();

	/** Records a resource that was just acquired. */
	public void push(String description, Release release) {
		entries.push(new Entry(description, release));
	}

	/** How many resources are held. */
	public int size() {
		return entries.size();
	}

	/** Descriptions of the held resources, most recent first (the release order). */
	public List<String> held() {
		return entries.stream().map(Entry::description).toList();
	}

	/** Releases everything, most recent first; returns the failures of this round (also kept in {@link #failures()}). */
	public List<String> releaseAll() {
		List<String> round = new ArrayList<>();
		while (!entries.isEmpty()) {
			Entry e = entries.pop();
			try {
				e.release().release();
			} catch (SysCallException | RuntimeException ex) {
				round.add("releasing " + e.description() + ": " + ex.getMessage());
			}
		}
		failures.addAll(round);
		return round;
	}

	/** Every release failure so far. */
	public List<String> failures() {
		return List.copyOf(failures);
	}

	@Override
	public void close() {
		releaseAll();
	}
}
