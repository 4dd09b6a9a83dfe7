/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.List;

/**
 * The measurement registers a TD launch yields.
 *
 * @param mrtd   48-byte MRTD
 * @param rtmrs  four entries, each a 48-byte value or null where the launch inputs do not determine the register
 * @param events the RTMR events the firmware and kernel stub produce from the launch inputs, in extend order
 */
public record TdxMeasurement(byte[] mrtd, List<byte[]> rtmrs, List<RtmrEvent> events) {
}
