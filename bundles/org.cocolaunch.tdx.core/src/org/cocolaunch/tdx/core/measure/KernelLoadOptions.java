/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The LoadOptions OVMF gives a directly booted kernel, which is what ends up measured as the "cmdline" event
 * (edk2 OvmfPkg/Library/X86QemuLoadImageLib {@code QemuLoadKernelImage}): the QEMU command line without its NUL,
 * plus {@code " initrd=initrd"} when an initrd was given, each byte widened to a CHAR16 ({@code %a} of
 * UnicodeSPrintAsciiFormat), NUL-terminated in UTF-16. With neither a command line nor an initrd there are no
 * LoadOptions and nothing is measured.
 */
public final class KernelLoadOptions {

	/** Suffix OVMF appends so the kernel's EFI stub loads the initrd through LoadFile2. */
	static final String INITRD_SUFFIX = " initrd=initrd";

	private KernelLoadOptions() {
	}

	/**
	 * @param commandLine the {@code -append} text (null or empty for none); QEMU passes argv bytes, taken here as
	 *                    UTF-8, and stops at a NUL like any C string
	 * @return the LoadOptions bytes, or null when OVMF sets none
	 */
	public static byte[] of(String commandLine, boolean initrdPresent) {
		byte[] cmd = commandLine == null ? new byte[0] : commandLine.getBytes(StandardCharsets.UTF_8);
		int len = 0;
		while (len < cmd.length && cmd[len] != 0) {
			len++;
		}
		ByteArrayOutputStream ascii = new ByteArrayOutputStream();
		ascii.write(cmd, 0, len);
		if (initrdPresent) {
			ascii.writeBytes(INITRD_SUFFIX.getBytes(StandardCharsets.US_ASCII));
		}
		byte[] a = ascii.toByteArray();
		if (a.length == 0) {
			return null;
		}
		byte[] out = new byte[a.length * 2 + 2];
		for (int i = 0; i < a.length; i++) {
			out[2 * i] = a[i]; // CHAR8 -> CHAR16, little endian, high byte zero
		}
		return out;
	}
}
