/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.ResourceStack;

/**
 * What every real-KVM backend shares: the stack of file descriptors, mappings and memory it holds (released in
 * reverse order on failure and on close), the VM, and that hardware launch state cannot be rewound.
 */
abstract class KvmBackendBase implements Backend {

	protected final ResourceStack stack = new ResourceStack();
	protected KvmVm vm;
	private boolean closed;

	@Override
	public String kind() {
		return "kvm";
	}

	/** Refuses work after {@link #close()}. */
	protected void checkOpen() throws BackendException {
		if (closed) {
			throw new BackendException("the KVM backend was closed; start a new session");
		}
	}

	/** "an SEV guest", "a TD": for the message that hardware cannot rewind it. */
	protected abstract String guestName();

	@Override
	public final boolean supportsSnapshots() {
		return false;
	}

	@Override
	public final BackendSnapshot snapshot() {
		throw new UnsupportedOperationException("real hardware cannot rewind " + guestName());
	}

	@Override
	public final void restore(BackendSnapshot snapshot) {
		throw new UnsupportedOperationException("real hardware cannot rewind " + guestName());
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			stack.releaseAll();
			vm = null;
		}
	}
}
