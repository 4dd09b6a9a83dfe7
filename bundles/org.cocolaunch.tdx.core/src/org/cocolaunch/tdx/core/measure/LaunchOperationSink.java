/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

/**
 * Receives the operations of a {@link TdLaunchPlan} in launch order without materialising them, so that hashing
 * hundreds of MiB does not allocate per page.
 */
public interface LaunchOperationSink {

	default void initVcpu(int vcpu, long rcx) {
	}

	void pageAdd(long gpa, int section);

	/**
	 * @param content the 256 bytes measured are {@code content[offset .. offset+255]}; only valid during the call
	 */
	void mrExtend(long gpa, byte[] content, int offset);

	default void finalizeVm() {
	}
}
