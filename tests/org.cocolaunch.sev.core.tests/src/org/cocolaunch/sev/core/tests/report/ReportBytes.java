/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds report binaries field by field at the offsets of domain reference §5.1 (independently of the parser). */
final class ReportBytes {

	private ReportBytes() {
	}

	/** A well-formed report of {@code version} with a distinct pattern in every field. */
	static byte[] sample(int version) {
		ByteBuffer b = ByteBuffer.allocate(0x4A0).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x000, version);
		b.putInt(0x004, 9); // GUEST_SVN
		b.putLong(0x008, 0x30000L); // POLICY
		fill(b, 0x010, 16, 0x10); // FAMILY_ID
		fill(b, 0x020, 16, 0x20); // IMAGE_ID
		b.putInt(0x030, 1); // VMPL
		b.putInt(0x034, 1); // SIGNATURE_ALGO
		b.putLong(0x038, 0x1800000000000304L); // CURRENT_TCB: ucode 0x18, SNP 0, TEE 3, bootloader 4
		b.putLong(0x040, 0x3L); // PLATFORM_INFO: SMT_EN, TSME_EN
		b.putInt(0x048, 0x1); // SIGNER_INFO: AUTHOR_KEY_EN, VCEK
		fill(b, 0x050, 64, 0x50); // REPORT_DATA
		fill(b, 0x090, 48, 0x90); // MEASUREMENT
		fill(b, 0x0C0, 32, 0xC0); // HOST_DATA
		fill(b, 0x0E0, 48, 0xE0); // ID_KEY_DIGEST
		fill(b, 0x110, 48, 0x11); // AUTHOR_KEY_DIGEST
		fill(b, 0x140, 32, 0x40); // REPORT_ID
		fill(b, 0x160, 32, 0x60); // REPORT_ID_MA
		b.putLong(0x180, 0x1700000000000203L); // REPORTED_TCB
		if (version >= 3) {
			b.put(0x188, (byte) 0x19).put(0x189, (byte) 0x11).put(0x18A, (byte) 0x01); // CPUID fam/mod/step
		}
		fill(b, 0x1A0, 64, 0xA0); // CHIP_ID
		b.putLong(0x1E0, 0x1600000000000102L); // COMMITTED_TCB
		b.put(0x1E8, (byte) 21).put(0x1E9, (byte) 55).put(0x1EA, (byte) 1); // CURRENT build/minor/major
		b.put(0x1EC, (byte) 20).put(0x1ED, (byte) 54).put(0x1EE, (byte) 1); // COMMITTED build/minor/major
		b.putLong(0x1F0, 0x1500000000000001L); // LAUNCH_TCB
		if (version >= 5) {
			b.putLong(0x1F8, 0x5L); // LAUNCH_MIT_VECTOR
			b.putLong(0x200, 0x7L); // CURRENT_MIT_VECTOR
		}
		fill(b, 0x2A0, 48, 0x2A); // SIGNATURE R (48 significant bytes of 72)
		fill(b, 0x2E8, 48, 0x2E); // SIGNATURE S
		return b.array();
	}

	private static void fill(ByteBuffer b, int at, int n, int first) {
		for (int i = 0; i < n; i++) {
			b.put(at + i, (byte) (first + i));
		}
	}
}
