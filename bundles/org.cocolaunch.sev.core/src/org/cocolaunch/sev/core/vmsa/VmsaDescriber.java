/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.vmsa;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.core.inspect.StateDescription;
import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.sev.model.SevFeature;
import org.cocolaunch.sev.model.Vmsa;

/**
 * Decodes a {@link Vmsa} for the VMSA view: its 4 KiB page ({@link VmsaModel#toBytes}) and every field grouped as
 * engineers read a save area — segments, control registers, GPRs, SEV_FEATURES bit by bit, x87/SSE state, and the
 * remaining MSRs and exit information — each field located in the page.
 */
public final class VmsaDescriber {

	static final String SEGMENTS = "Segments";
	static final String CONTROL = "Control registers";
	static final String GPRS = "General-purpose registers";
	static final String FEATURES = "SEV_FEATURES";
	static final String FPU = "x87 / SSE state";
	static final String OTHER = "MSRs and exit information";

	private static final String[] SEGMENT_NAMES = { "ES", "CS", "SS", "DS", "FS", "GS", "GDTR", "LDTR", "IDTR", "TR" };
	private static final Set<String> CONTROL_FIELDS = Set.of("EFER", "CR0", "CR2", "CR3", "CR4", "XCR0", "XSS",
			"RFLAGS", "RIP", "DR0", "DR1", "DR2", "DR3", "DR6", "DR7", "DR0_MASK", "DR1_MASK", "DR2_MASK", "DR3_MASK",
			"G_PAT", "CPL", "VMPL");
	private static final Set<String> GPR_FIELDS = Set.of("RAX", "RBX", "RCX", "RDX", "RSI", "RDI", "RBP", "RSP", "R8",
			"R9", "R10", "R11", "R12", "R13", "R14", "R15");
	private static final Set<String> FEATURE_FIELDS = Set.of("SEV_FEATURES", "VINTR_CTRL", "VIRTUAL_TOM");

	private VmsaDescriber() {
	}

	public static StateDescription describe(Vmsa vmsa, String title) {
		byte[] page = VmsaModel.toBytes(vmsa);
		ByteBuffer b = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
		Map<String, List<StateField>> groups = new LinkedHashMap<>();
		for (String g : List.of(SEGMENTS, CONTROL, GPRS, FEATURES, FPU, OTHER)) {
			groups.put(g, new ArrayList<>());
		}
		for (int i = 0; i < SEGMENT_NAMES.length; i++) {
			groups.get(SEGMENTS).add(segment(SEGMENT_NAMES[i], b, i * SegmentRegister.SIZE));
		}
		for (VmsaModel.Field f : VmsaModel.Field.values()) {
			String name = f.name();
			long value = read(b, f.offset, f.size);
			StateField field = StateField.at(name, hex(value), f.offset, f.size);
			String group = CONTROL_FIELDS.contains(name) ? CONTROL : GPR_FIELDS.contains(name) ? GPRS
					: FEATURE_FIELDS.contains(name) ? FEATURES : name.startsWith("X87") || name.equals("MXCSR") ? FPU : OTHER;
			groups.get(group).add(name.equals("SEV_FEATURES") ? field.withChildren(featureBits(value)) : field);
		}
		groups.get(FPU).add(bytes("X87 registers (ST0-ST7)", page, 0x420, 80));
		groups.get(FPU).add(bytes("XMM0-15", page, 0x470, 256));
		groups.get(FPU).add(bytes("YMM0-15 (upper halves)", page, 0x570, 256));
		List<StateField> list = new ArrayList<>();
		groups.forEach((name, fields) -> list.add(StateField.group(name, fields)));
		return new StateDescription(title, list, page);
	}

	private static StateField segment(String name, ByteBuffer b, int at) {
		int selector = b.getShort(at) & 0xFFFF;
		int attrib = b.getShort(at + 2) & 0xFFFF;
		long limit = b.getInt(at + 4) & 0xFFFF_FFFFL;
		long base = b.getLong(at + 8);
		String summary = String.format("sel 0x%x base 0x%x limit 0x%x attr 0x%x", selector, base, limit, attrib);
		return new StateField(name, summary, at, SegmentRegister.SIZE,
				List.of(StateField.at("selector", hex(selector), at, 2), StateField.at("attrib", hex(attrib), at + 2, 2),
						StateField.at("limit", hex(limit), at + 4, 4), StateField.at("base", hex(base), at + 8, 8)));
	}

	private static List<StateField> featureBits(long value) {
		List<StateField> bits = new ArrayList<>();
		long known = 0;
		for (SevFeature f : SevFeature.VALUES) {
			known |= 1L << f.getValue();
			bits.add(StateField.of("bit " + f.getValue() + " " + f.getLiteral(), (value >>> f.getValue() & 1) == 1 ? "1" : "0"));
		}
		long unknown = value & ~known;
		if (unknown != 0) {
			bits.add(StateField.of("other bits", hex(unknown)));
		}
		return bits;
	}

	private static StateField bytes(String name, byte[] page, int at, int size) {
		boolean zero = true;
		for (int i = at; i < at + size; i++) {
			zero &= page[i] == 0;
		}
		String text = zero ? "all zero" : HexFormat.of().formatHex(page, at, at + Math.min(size, 32)) + (size > 32 ? "\u2026" : "");
		return StateField.at(name, text, at, size);
	}

	private static long read(ByteBuffer b, int at, int size) {
		return switch (size) {
		case 8 -> b.getLong(at);
		case 4 -> b.getInt(at) & 0xFFFF_FFFFL;
		case 2 -> b.getShort(at) & 0xFFFF;
		default -> b.get(at) & 0xFF;
		};
	}

	private static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
