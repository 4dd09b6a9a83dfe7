/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * What the host decides for a TD launch with QEMU/KVM direct boot.
 *
 * @param firmware    the TDVF image ({@code -bios})
 * @param order       page order of the KVM/QEMU generation modelled
 * @param ramSize     guest RAM ({@code -m}) in bytes
 * @param vcpus       number of vCPUs ({@code -smp})
 * @param kernel      kernel bytes ({@code -kernel}) or null
 * @param kernelName  name used in messages for the kernel
 * @param initrd      size and SHA-384 of the initrd ({@code -initrd}), or null
 * @param commandLine kernel command line ({@code -append}) or null
 */
public record TdxLaunchInputs(TdvfImage firmware, MeasureOrder order, long ramSize, int vcpus, byte[] kernel,
		String kernelName, InitrdDigest initrd, String commandLine) {
}
