/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVm;
import org.cocolaunch.kvm.host.ResourceStack;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;

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

	/**
	 * Opens the KVM device, checks the API version and that the host offers VM {@code type}, and creates the VM.
	 *
	 * @return why KVM refuses, or null when {@link #vm} now holds the new VM
	 */
	protected String createVmOrRefusal(NativeSystem sys, String devicePath, long type) throws SysCallException {
		if (vm != null) {
			return "the VM was already created";
		}
		KvmDevice kvm = KvmDevice.open(sys, stack, devicePath);
		int api = kvm.apiVersion();
		if (api != KvmConstants.KVM_API_VERSION) {
			return "KVM_GET_API_VERSION is " + api + ", expected " + KvmConstants.KVM_API_VERSION;
		}
		VmTypes types = kvm.vmTypes();
		if (!types.supports(type)) {
			return "the host does not offer " + VmTypes.name(type) + " (KVM_CAP_VM_TYPES has " + String.join(", ", types.names())
					+ ")";
		}
		vm = kvm.createVm(type);
		return null;
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
