/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The UEFI variables stored in a CFV (OVMF's NV variable firmware volume), as the variable driver finds them at boot:
 * a firmware-volume header ("_FVH" at 0x28, header length u16 at 0x30), a VARIABLE_STORE_HEADER (GUID, size, format,
 * state; 28 bytes), then 4-byte-aligned variables, each starting with 0x55AA (edk2 MdeModulePkg VariableFormat.h:
 * AUTHENTICATED_VARIABLE_HEADER, 60 bytes, when the store GUID is gEfiAuthenticatedVariableGuid, else VARIABLE_HEADER,
 * 32 bytes). Only variables in state VAR_ADDED (0x3F) count.
 */
public final class VariableStore {

	static final String AUTHENTICATED_VARIABLE_GUID = "aaf32c78-947b-439a-a180-2e144ec37792";
	private static final int VAR_ADDED = 0x3F;

	private final Map<String, byte[]> variables;

	private VariableStore(Map<String, byte[]> variables) {
		this.variables = variables;
	}

	/** The store in {@code cfv}; empty when the bytes do not hold one. */
	public static VariableStore read(byte[] cfv) {
		Map<String, byte[]> vars = new LinkedHashMap<>();
		try {
			ByteBuffer le = ByteBuffer.wrap(cfv).order(ByteOrder.LITTLE_ENDIAN);
			if (cfv.length < 0x48 || le.getInt(0x28) != 0x4856465F) { // "_FVH"
				return new VariableStore(vars);
			}
			int store = Short.toUnsignedInt(le.getShort(0x30));
			boolean auth = EfiGuids.text(cfv, store).equals(AUTHENTICATED_VARIABLE_GUID);
			long storeSize = Integer.toUnsignedLong(le.getInt(store + 16));
			long end = Math.min(cfv.length, store + storeSize);
			int header = auth ? 60 : 32;
			int p = store + 28;
			p = (p + 3) & ~3;
			while (p + header <= end && Short.toUnsignedInt(le.getShort(p)) == 0x55AA) {
				int state = cfv[p + 2] & 0xFF;
				long nameSize = Integer.toUnsignedLong(le.getInt(p + (auth ? 36 : 8)));
				long dataSize = Integer.toUnsignedLong(le.getInt(p + (auth ? 40 : 12)));
				int guidAt = p + (auth ? 44 : 16);
				long next = p + header + nameSize + dataSize;
				if (next > end) {
					break;
				}
				if (state == VAR_ADDED) {
					String name = EventDataDecoder.utf16z(cfv, p + header, (int) nameSize);
					int dataAt = (int) (p + header + nameSize);
					vars.put(key(EfiGuids.text(cfv, guidAt), name), Arrays.copyOfRange(cfv, dataAt, (int) (dataAt + dataSize)));
				}
				p = (int) ((next + 3) & ~3L);
			}
		} catch (RuntimeException e) {
			// a damaged store: what was read so far
		}
		return new VariableStore(vars);
	}

	private static String key(String guid, String name) {
		return guid + "/" + name;
	}

	public Optional<byte[]> get(String guid, String name) {
		byte[] v = variables.get(key(guid, name));
		return v == null ? Optional.empty() : Optional.of(v.clone());
	}

	public int size() {
		return variables.size();
	}
}
