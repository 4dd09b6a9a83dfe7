/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.inspect;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.inspect.StateField;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.XfamComponent;

/** TD ATTRIBUTES and XFAM decoded bit by bit (the named bits of the TDX model, then any other set bits). */
public final class TdxBits {

	private TdxBits() {
	}

	public static StateField attributes(String name, long value) {
		List<StateField> bits = new ArrayList<>();
		long known = 0;
		for (TdAttribute a : TdAttribute.VALUES) {
			known |= 1L << a.getValue();
			bits.add(bit(a.getValue(), a.getLiteral(), value));
		}
		return StateField.of(name, hex(value)).withChildren(withOthers(bits, value & ~known));
	}

	public static StateField xfam(String name, long value) {
		List<StateField> bits = new ArrayList<>();
		long known = 0;
		for (XfamComponent x : XfamComponent.VALUES) {
			known |= 1L << x.getValue();
			bits.add(bit(x.getValue(), x.getLiteral(), value));
		}
		return StateField.of(name, hex(value)).withChildren(withOthers(bits, value & ~known));
	}

	private static StateField bit(int index, String literal, long value) {
		return StateField.of("bit " + index + " " + literal, (value >>> index & 1) == 1 ? "1" : "0");
	}

	private static List<StateField> withOthers(List<StateField> bits, long others) {
		if (others != 0) {
			bits.add(StateField.of("other bits", hex(others)));
		}
		return bits;
	}

	static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
