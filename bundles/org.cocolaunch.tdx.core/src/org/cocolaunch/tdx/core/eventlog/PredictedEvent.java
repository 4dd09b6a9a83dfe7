/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.util.HexFormat;
import java.util.List;

/**
 * An event the workbench expects firmware (or the kernel's EFI stub) to log, derived from the launch inputs.
 *
 * @param rtmr         0..3
 * @param type         TCG event type
 * @param data         the event data firmware writes (what {@link EventKeys} and the description read)
 * @param alternatives the digests it may have, each with what it assumes (e.g. the QEMU version for the kernel);
 *                     empty when the inputs do not determine the digest
 * @param source       which input the digest comes from (for people)
 */
public record PredictedEvent(int rtmr, int type, byte[] data, List<Alternative> alternatives, String source) {

	/** One possible digest and the assumption behind it. */
	public record Alternative(String assumption, byte[] digest) {

		public String hex() {
			return HexFormat.of().formatHex(digest);
		}
	}

	public PredictedEvent {
		data = data.clone();
		alternatives = List.copyOf(alternatives);
	}

	@Override
	public byte[] data() {
		return data.clone();
	}

	public String key() {
		return EventKeys.key(type, data);
	}

	public String description() {
		return EventDataDecoder.describe(type, data);
	}

	/** Whether the inputs determine the digest. */
	public boolean determined() {
		return !alternatives.isEmpty();
	}

	/** The first (default) digest, or null when undetermined. */
	public byte[] digest() {
		return alternatives.isEmpty() ? null : alternatives.get(0).digest().clone();
	}
}
