/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;

import org.cocolaunch.sev.core.vmsa.SaveArea;
import org.cocolaunch.sev.core.vmsa.SegmentRegister;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.core.vmsa.VmsaBuilder;
import org.cocolaunch.sev.model.VmmType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** VMSA contents (expected values: domain reference §3.2.6 and the example of §4.1). */
class VmsaTest {

	private static Map<Integer, Long> nonZeroWords(byte[] page) {
		ByteBuffer b = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
		Map<Integer, Long> words = new TreeMap<>();
		for (int off = 0; off < page.length; off += 8) {
			long v = b.getLong(off);
			if (v != 0) {
				words.put(off, v);
			}
		}
		return words;
	}

	private static Map<Integer, Long> qemuBspExample() {
		Map<Integer, Long> m = new TreeMap<>();
		m.put(0x000, 0xffff00930000L);
		m.put(0x010, 0xffff009bf000L);
		m.put(0x018, 0xffff0000L);
		for (int seg : new int[] { 0x020, 0x030, 0x040, 0x050 }) {
			m.put(seg, 0xffff00930000L);
		}
		m.put(0x060, 0xffff00000000L);
		m.put(0x070, 0xffff00820000L);
		m.put(0x080, 0xffff00000000L);
		m.put(0x090, 0xffff008b0000L);
		m.put(0x0d0, 0x1000L);
		m.put(0x148, 0x40L);
		m.put(0x158, 0x10L);
		m.put(0x160, 0x400L);
		m.put(0x168, 0xffff0ff0L);
		m.put(0x170, 0x2L);
		m.put(0x178, 0xfff0L);
		m.put(0x268, 0x7040600070406L);
		m.put(0x310, 0x800f12L);
		m.put(0x3b0, 0x1L);
		m.put(0x3e8, 0x1L);
		m.put(0x408, 0x1f80L);
		m.put(0x410, 0x37fL);
		return m;
	}

	@Test
	void qemuBspMatchesReferenceExample() {
		byte[] page = VmsaBuilder.resetState(VmmType.QEMU, VmsaBuilder.BSP_RESET_EIP, 0x1, VcpuTypes.byName("EPYC-v4"))
				.toBytes();
		assertEquals(4096, page.length);
		assertEquals(qemuBspExample(), nonZeroWords(page));
	}

	@Test
	void qemuApStartsAtResetBlock() {
		Map<Integer, Long> expected = qemuBspExample();
		expected.put(0x018, 0x800000L);
		expected.put(0x178, 0xb004L);
		byte[] page = VmsaBuilder.resetState(VmmType.QEMU, 0x80B004, 0x1, VcpuTypes.byName("EPYC-v4")).toBytes();
		assertEquals(expected, nonZeroWords(page));
	}

	@Test
	void ec2Differences() {
		SaveArea bsp = VmsaBuilder.resetState(VmmType.EC2, VmsaBuilder.BSP_RESET_EIP, 0x1, 0x800f12);
		assertEquals(0x9A, bsp.segment(SaveArea.CS).attrib());
		assertEquals(0x92, bsp.segment(SaveArea.SS).attrib());
		assertEquals(0x83, bsp.segment(SaveArea.TR).attrib());
		assertEquals(0x600, bsp.u64(SaveArea.RDX));
		assertEquals(0, bsp.u32(SaveArea.MXCSR));
		assertEquals(0, bsp.u16(SaveArea.X87_FCW));
		SaveArea ap = VmsaBuilder.resetState(VmmType.EC2, 0x80B004, 0x1, 0x800f12);
		assertEquals(0x9B, ap.segment(SaveArea.CS).attrib());
	}

	@Test
	void gceDifferences() {
		SaveArea bsp = VmsaBuilder.resetState(VmmType.GCE, VmsaBuilder.BSP_RESET_EIP, 0x1, 0x800f12);
		assertEquals(new SegmentRegister(0xF000, 0x9B, 0xFFFF, 0xFFFF0000L), bsp.segment(SaveArea.CS));
		assertEquals(0x00070106L, bsp.u64(SaveArea.G_PAT));
		assertEquals(0x600, bsp.u64(SaveArea.RDX));
		assertEquals(0, bsp.u32(SaveArea.MXCSR));
	}

	@Test
	void guestFeaturesLandAtSevFeatures() {
		SaveArea a = VmsaBuilder.resetState(VmmType.QEMU, VmsaBuilder.BSP_RESET_EIP, 0x21, 0);
		assertEquals(0x21, a.u64(0x3B0));
	}

	@Test
	void vcpuSignatures() {
		// domain reference §3.2.6
		assertEquals(0x00800F12L, VcpuTypes.byName("EPYC"));
		assertEquals(0x00800F12L, VcpuTypes.byName("EPYC-IBPB"));
		assertEquals(0x00830F10L, VcpuTypes.byName("EPYC-Rome-v3"));
		assertEquals(0x00A00F11L, VcpuTypes.byName("EPYC-Milan-v2"));
		assertEquals(0x00A10F10L, VcpuTypes.byName("EPYC-Genoa"));
		assertEquals(0x00B00F00L, VcpuTypes.byName("EPYC-Turin"));
		assertEquals(0x00A00F11L, VcpuTypes.signature(25, 1, 1));
		assertEquals(16, VcpuTypes.all().size());
	}
}
