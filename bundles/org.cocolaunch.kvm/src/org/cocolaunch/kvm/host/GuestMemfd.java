/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.host;

/** A guest_memfd made by {@code KVM_CREATE_GUEST_MEMFD}: the VM's private memory; never mapped by the host. */
public record GuestMemfd(int fd, long size) {
}
