/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.cocolaunch.tdx.core.hob.GuestRamLayout;

/**
 * The bzImage QEMU hands to the firmware for {@code -kernel}, whose Authenticode digest OVMF measures into RTMR1.
 *
 * <p>QEMU's x86 Linux loader ({@code x86_load_linux}, hw/i386/x86.c, later hw/i386/x86-common.c) fills in the setup
 * header as a boot loader would, then serves setup and kernel over fw_cfg, and OVMF's QemuKernelLoaderFsDxe joins
 * them again. Up to QEMU 10.1 it skipped the patching only for SEV; QEMU commit a7542a38f399 ("x86/loader: Don't
 * update kernel header for CoCo VMs", first released in 10.2.0) skips it for every confidential guest, TDX included,
 * so from 10.2 on the firmware measures the file as given. Fields written up to 10.1 (boot protocol offsets):
 * <ul>
 * <li>0x210 type_of_loader := 0xB0 (protocol ≥ 2.00);</li>
 * <li>0x211 loadflags |= CAN_USE_HEAP (0x80) and 0x224 heap_end_ptr := cmdline_addr − real_addr − 0x200 (≥ 2.01);</li>
 * <li>0x228 cmd_line_ptr := cmdline_addr (≥ 2.02; older: 0x20 := 0xA33F, 0x22 := cmdline_addr − real_addr);</li>
 * <li>0x1FA vid_mode when the command line has {@code vga=} (normal 0xFFFF, ext 0xFFFE, ask 0xFFFD, or the number);</li>
 * <li>0x218 ramdisk_image := initrd_addr, 0x21C ramdisk_size := the initrd's size, with an initrd: initrd_addr =
 * (initrd_max − size) &amp; ~4095, initrd_max = UINT32_MAX when protocol ≥ 2.12 and xloadflags has
 * XLF_CAN_BE_LOADED_ABOVE_4G, else initrd_addr_max (0x22C, ≥ 2.03) or 0x37FFFFFF, capped to below-4G RAM −
 * acpi_data_size (0x28000 on pc/q35) − 1.</li>
 * </ul>
 * Addresses for a "high and recent" kernel (protocol ≥ 2.02, LOADED_HIGH): real_addr 0x10000, cmdline_addr 0x20000;
 * otherwise real_addr 0x90000, cmdline_addr 0x9A000 − the command line rounded up to 16 bytes. Source versions read:
 * {@code x86_load_linux} in hw/i386/x86-common.c of current QEMU master (skip for every confidential guest) and of a
 * pre-TDX 10.0-era tree (skip for SEV only, same field writes, same XLF_CAN_BE_LOADED_ABOVE_4G rule); the switch is
 * commit a7542a38f399 (released in 10.2.0 per the analysis in Dstack-TEE/dstack PR 1183); QEMU 8.2's hw/i386/x86.c
 * has the same skip condition (seen in its stable backport of the {@code protocol > 0} fix). Releases before the
 * XLF_CAN_BE_LOADED_ABOVE_4G rule capped the initrd at initrd_addr_max, which differs only with more than 2 GiB of low
 * RAM and is not modelled.
 */
public final class QemuKernelHeader {

	/** pc/q35 {@code acpi_data_size}: 128 KiB of ACPI tables + 32 KiB of other BIOS data (hw/i386/pc.c). */
	static final long ACPI_DATA_SIZE = 0x20000 + 0x8000;
	private static final int XLF_CAN_BE_LOADED_ABOVE_4G = 1 << 1;

	private QemuKernelHeader() {
	}

	/** The boot protocol version of a bzImage (0 when it has no "HdrS" header). */
	public static int protocol(byte[] kernel) {
		if (kernel.length < 0x260 || kernel[0x202] != 'H' || kernel[0x203] != 'd' || kernel[0x204] != 'r'
				|| kernel[0x205] != 'S') {
			return 0;
		}
		return Short.toUnsignedInt(ByteBuffer.wrap(kernel).order(ByteOrder.LITTLE_ENDIAN).getShort(0x206));
	}

	/**
	 * The kernel as QEMU up to 10.1 serves it to a TD: a patched copy (the input is not modified).
	 *
	 * @param commandLine the -append text (null = empty)
	 * @param initrdSize  size of the -initrd file, or -1 without one
	 * @param ramSize     -m in bytes (for the initrd address)
	 */
	public static byte[] patchedUpTo101(byte[] kernel, String commandLine, long initrdSize, long ramSize) {
		byte[] k = kernel.clone();
		int protocol = protocol(k);
		if (protocol == 0) {
			return k; // not a bzImage: QEMU would not treat it as Linux; nothing to patch
		}
		ByteBuffer le = ByteBuffer.wrap(k).order(ByteOrder.LITTLE_ENDIAN);
		String cmd = commandLine == null ? "" : commandLine;
		int nul = cmd.indexOf('\0');
		if (nul >= 0) {
			cmd = cmd.substring(0, nul);
		}
		long cmdlineSize = (cmd.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16) & ~15L;
		long realAddr;
		long cmdlineAddr;
		if (protocol < 0x202 || (k[0x211] & 0x01) == 0) {
			realAddr = 0x90000;
			cmdlineAddr = 0x9a000 - cmdlineSize;
		} else {
			realAddr = 0x10000;
			cmdlineAddr = 0x20000;
		}
		long initrdMax;
		if (protocol >= 0x20c && (le.getShort(0x236) & XLF_CAN_BE_LOADED_ABOVE_4G) != 0) {
			initrdMax = 0xFFFF_FFFFL;
		} else if (protocol >= 0x203) {
			initrdMax = Integer.toUnsignedLong(le.getInt(0x22c));
		} else {
			initrdMax = 0x37ffffff;
		}
		long below4g = new GuestRamLayout(ramSize).below4g();
		if (initrdMax >= below4g - ACPI_DATA_SIZE) {
			initrdMax = below4g - ACPI_DATA_SIZE - 1;
		}
		if (protocol >= 0x202) {
			le.putInt(0x228, (int) cmdlineAddr);
		} else {
			le.putShort(0x20, (short) 0xA33F);
			le.putShort(0x22, (short) (cmdlineAddr - realAddr));
		}
		Integer vga = vgaMode(cmd);
		if (vga != null) {
			le.putShort(0x1fa, (short) (int) vga);
		}
		if (protocol >= 0x200) {
			k[0x210] = (byte) 0xB0;
		}
		if (protocol >= 0x201) {
			k[0x211] |= (byte) 0x80;
			le.putShort(0x224, (short) (cmdlineAddr - realAddr - 0x200));
		}
		if (initrdSize >= 0 && protocol >= 0x200) {
			long addr = (initrdMax - initrdSize) & ~4095L;
			le.putInt(0x218, (int) addr);
			le.putInt(0x21c, (int) initrdSize);
		}
		return k;
	}

	/** QEMU's reading of {@code vga=}: normal/ext/ask or a number (C strtoul base 0); null without one. */
	static Integer vgaMode(String cmd) {
		int at = cmd.indexOf("vga=");
		if (at < 0) {
			return null;
		}
		String v = cmd.substring(at + 4);
		if (v.startsWith("normal")) {
			return 0xffff;
		}
		if (v.startsWith("ext")) {
			return 0xfffe;
		}
		if (v.startsWith("ask")) {
			return 0xfffd;
		}
		int end = v.indexOf(' ');
		String num = end < 0 ? v : v.substring(0, end);
		try {
			return num.startsWith("0x") || num.startsWith("0X") ? Integer.parseInt(num.substring(2), 16)
					: num.startsWith("0") && num.length() > 1 ? Integer.parseInt(num.substring(1), 8) : Integer.parseInt(num);
		} catch (NumberFormatException e) {
			return null; // QEMU refuses to start; nothing to model
		}
	}
}
