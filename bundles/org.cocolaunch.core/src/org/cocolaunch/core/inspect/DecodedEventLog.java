/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.inspect;

import java.util.List;

/**
 * A measured-boot event log decoded by its vendor engine, for views: every event with its decoded data, the registers
 * the log replays to, and — when evidence or launch inputs were given — the comparison with them.
 *
 * @param format          e.g. "TDX CCEL (TCG2, SHA-384)"
 * @param registers       the registers the log extends, in order
 * @param events          logged events (and predicted events missing from the log), in log order
 * @param firstDivergence index into {@code events} of the first event that differs from the prediction, or -1
 * @param verdict         one line summing up the comparisons (or what the log is, when there is none)
 * @param agrees          false when a register or an event differs from the evidence or the prediction
 */
public record DecodedEventLog(String format, List<Register> registers, List<Event> events, int firstDivergence,
		String verdict, boolean agrees) {

	public DecodedEventLog {
		registers = List.copyOf(registers);
		events = List.copyOf(events);
	}

	/**
	 * One register.
	 *
	 * @param name      e.g. RTMR0
	 * @param replayed  hex value the log replays to
	 * @param evidence  hex value in the evidence, or null
	 * @param predicted hex value predicted from the launch inputs, or null
	 */
	public record Register(String name, String replayed, String evidence, String predicted) {
	}

	/**
	 * One event.
	 *
	 * @param index     position in the log, or -1 for a predicted event the log lacks
	 * @param register  the register it extends (e.g. RTMR1), or "" when none
	 * @param type      event type name
	 * @param description decoded data in one line
	 * @param digest    logged digest (hex), or "" for a missing event
	 * @param predicted predicted digest(s) (hex, with what each assumes), or "" when not predicted
	 * @param status    "", or match / differs / not predicted / unexpected / missing
	 * @param data      the raw event data (for hex and text display)
	 */
	public record Event(int index, String register, String type, String description, String digest, String predicted,
			String status, byte[] data) {

		public Event {
			data = data.clone();
		}

		@Override
		public byte[] data() {
			return data.clone();
		}
	}
}
