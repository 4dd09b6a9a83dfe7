/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

/**
 * A command that hands a firmware blob back to the host after a length query (KVM_SEV_LAUNCH_MEASURE: MEASURE ‖
 * MNONCE; KVM_SEV_GET_ATTESTATION_REPORT: the SEV attestation report): the outcome of both ioctls and, when they
 * succeeded, the blob.
 */
public record BlobResult(CommandResult result, byte[] blob) {
}
