/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

/** KVM_SEV_LAUNCH_MEASURE: the command's outcome and, when it succeeded, the blob (MEASURE ‖ MNONCE). */
public record MeasureResult(CommandResult result, byte[] blob) {
}
