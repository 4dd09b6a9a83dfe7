/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.breakpoints;

import java.util.HexFormat;
import java.util.Map;

import org.cocolaunch.core.session.RegisterComparison;
import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.core.session.StopConditions;
import org.cocolaunch.debug.core.CocoDebug;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/**
 * Watches a measurement register (MEASUREMENT, MRTD, RTMR2, the SEV launch digest): stops after a step that changes
 * it, or after a step that leaves it different from an expected value (from an attestation report, an ID block).
 */
public class MeasurementWatchpoint extends LaunchBreakpoint {

	public static final String ATTR_REGISTER = "org.cocolaunch.register";
	/** Hex of the expected value; empty means "stop when it changes". */
	public static final String ATTR_EXPECTED = "org.cocolaunch.expected";

	public MeasurementWatchpoint() {
	}

	public static MeasurementWatchpoint onChange(String register) throws CoreException {
		MeasurementWatchpoint w = new MeasurementWatchpoint();
		w.install(CocoDebug.WATCHPOINT_MARKER, register + " changes", Map.of(ATTR_REGISTER, register, ATTR_EXPECTED, ""));
		return w;
	}

	public static MeasurementWatchpoint onDiffers(String register, String expectedHex) throws CoreException {
		byte[] expected = parse(expectedHex);
		MeasurementWatchpoint w = new MeasurementWatchpoint();
		w.install(CocoDebug.WATCHPOINT_MARKER, register + " differs from " + HexFormat.of().formatHex(expected),
				Map.of(ATTR_REGISTER, register, ATTR_EXPECTED, HexFormat.of().formatHex(expected)));
		return w;
	}

	/** Hex (with or without 0x, spaces, colons) or base64, as values are pasted from reports and logs. */
	private static byte[] parse(String text) throws CoreException {
		try {
			return RegisterComparison.parseExpected(text);
		} catch (IllegalArgumentException e) {
			throw new CoreException(Status.error(e.getMessage()));
		}
	}

	@Override
	public StopCondition condition() throws CoreException {
		var marker = ensureMarker();
		String register = marker.getAttribute(ATTR_REGISTER, "");
		String expected = marker.getAttribute(ATTR_EXPECTED, "");
		return expected.isEmpty() ? StopConditions.onRegisterChange(register)
				: StopConditions.onRegisterDiffers(register, parse(expected));
	}
}
