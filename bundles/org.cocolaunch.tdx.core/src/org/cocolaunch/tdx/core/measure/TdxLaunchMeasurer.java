/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.hob.TdHobBuilder;

/** Computes MRTD and the RTMR events/values of a QEMU/KVM TD launch described by a {@link TdxLaunchInputs}. */
public final class TdxLaunchMeasurer {

	private TdxLaunchMeasurer() {
	}

	/** The TD HOB QEMU would build for {@code config}. */
	public static TdHob hob(TdxLaunchInputs config) throws TdxInputException {
		return TdHobBuilder.build(config.firmware(), new GuestRamLayout(config.ramSize()));
	}

	/** The launch plan (operation order and initial memory) for {@code config}. */
	public static TdLaunchPlan plan(TdxLaunchInputs config) throws TdxInputException {
		return TdLaunchPlan.of(config.firmware(), hob(config), config.order(), config.vcpus());
	}

	public static TdxMeasurement measure(TdxLaunchInputs config) throws TdxInputException {
		TdHob hob = hob(config);
		byte[] mrtd;
		try {
			mrtd = TdLaunchPlan.of(config.firmware(), hob, config.order(), config.vcpus()).mrtd();
		} catch (ImageReadException e) { // an image read in place changed or vanished while it was hashed
			throw new TdxInputException("cannot read firmware " + e.getMessage());
		}
		List<RtmrEvent> events = DirectBootEventLog.events(config.firmware(), hob, config);
		List<byte[]> rtmrs = rtmrs(events, config.kernel() != null);
		return new TdxMeasurement(mrtd, rtmrs, List.copyOf(events));
	}

	/**
	 * The RTMR values the launch inputs determine once the guest has booted: RTMR0/1 also receive firmware events
	 * (variables, ACPI, boot options) not derivable from the inputs, so they are null; with direct boot only the EFI
	 * stub's cmdline/initrd events reach RTMR2 before the OS runs; RTMR3 stays zero.
	 *
	 * @return four entries, null where undetermined
	 */
	public static List<byte[]> rtmrs(List<RtmrEvent> events, boolean directBoot) {
		RtmrBank bank = new RtmrBank();
		events.forEach(bank::extend);
		byte[][] rtmrs = new byte[RtmrBank.COUNT][];
		if (directBoot) {
			rtmrs[2] = bank.value(2);
		}
		rtmrs[3] = new byte[Sha384.LENGTH]; // neither TDVF nor the kernel stub extend RTMR3
		return Arrays.asList(rtmrs);
	}
}
