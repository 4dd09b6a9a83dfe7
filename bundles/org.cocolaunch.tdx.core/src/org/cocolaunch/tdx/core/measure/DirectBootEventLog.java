/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;

/**
 * The RTMR events that follow from the launch inputs of a QEMU direct boot with TDVF, in extend order:
 * <ol>
 * <li>RTMR0 {@code td_hob}: SHA-384 of the TD HOB up to its end header (SEC, edk2 SecTdxHelper.c
 * {@code TdxHelperMeasureTdHob}).</li>
 * <li>RTMR0 {@code cfv}: SHA-384 of the CFV's RawDataSize image bytes (SEC, {@code TdxHelperMeasureCfvImage}).</li>
 * <li>RTMR1 {@code kernel}: Authenticode SHA-384 of the kernel file when OVMF loads it as an EFI application (PCR 4
 * maps to RTMR1): what the firmware measures with QEMU 10.2 or later. Up to QEMU 10.1 QEMU patched the setup header
 * before handing the kernel over; {@link QemuKernelHeader} models that, and the event-log prediction
 * ({@code org.cocolaunch.tdx.core.eventlog.EventLogPrediction}) offers both digests.</li>
 * <li>RTMR2 {@code cmdline}: SHA-384 of the kernel's LoadOptions ({@link KernelLoadOptions}), measured by the
 * kernel's EFI stub (PCR 9/12 map to RTMR2).</li>
 * <li>RTMR2 {@code initrd}: SHA-384 of the initrd file, measured by the EFI stub when it loads it.</li>
 * </ol>
 * These are the events {@code measure --mode tdx} reports. The full predicted log with the firmware events in between
 * (Secure Boot variables from the CFV, separators, EFI actions; ACPI tables and boot variables, which the inputs do not
 * determine) is {@code EventLogPrediction}'s, which takes these digests from here.
 */
public final class DirectBootEventLog {

	private DirectBootEventLog() {
	}

	public static List<RtmrEvent> events(TdvfImage firmware, TdHob hob, TdxLaunchInputs config)
			throws TdxInputException {
		byte[] cfv = null;
		for (TdvfSection s : firmware.sections()) {
			if (s.type() == TdvfSectionType.CFV) {
				cfv = firmware.read(s.dataOffset(), (int) s.rawDataSize());
				break; // OVMF measures the one CFV it knows (PcdOvmfFlashNvStorageVariableBase / PcdCfvRawDataSize)
			}
		}
		List<RtmrEvent> events = new ArrayList<>(firmwareEvents(hob, cfv));
		events.addAll(kernelEvents(config.kernel(), config.kernelName(), config.initrd(), config.commandLine()));
		return events;
	}

	/**
	 * The events TDVF's SEC phase extends into RTMR0: {@code td_hob}, then {@code cfv} when the image has a CFV.
	 *
	 * @param cfv the CFV's RawDataSize bytes as loaded, or null when there is none
	 */
	public static List<RtmrEvent> firmwareEvents(TdHob hob, byte[] cfv) {
		List<RtmrEvent> events = new ArrayList<>();
		events.add(new RtmrEvent(0, "td_hob", Sha384.of(hob.measuredBytes())));
		if (cfv != null) {
			events.add(new RtmrEvent(0, "cfv", Sha384.of(cfv)));
		}
		return events;
	}

	/**
	 * The events of a direct kernel boot: {@code kernel} into RTMR1, then {@code cmdline} and {@code initrd} into
	 * RTMR2; none without a kernel.
	 */
	public static List<RtmrEvent> kernelEvents(byte[] kernel, String kernelName, byte[] initrd, String commandLine)
			throws TdxInputException {
		return kernelEvents(kernel, kernelName, initrd == null ? null : InitrdDigest.of(initrd), commandLine);
	}

	/** As {@link #kernelEvents(byte[], String, byte[], String)} with the initrd's size and digest only. */
	public static List<RtmrEvent> kernelEvents(byte[] kernel, String kernelName, InitrdDigest initrd,
			String commandLine) throws TdxInputException {
		List<RtmrEvent> events = new ArrayList<>();
		if (kernel != null) {
			events.add(new RtmrEvent(1, "kernel", PeAuthenticodeHash.of(kernel, kernelName)));
			boolean hasInitrd = initrd != null && initrd.size() > 0; // OVMF checks InitrdSize > 0
			byte[] loadOptions = KernelLoadOptions.of(commandLine, hasInitrd);
			if (loadOptions != null) {
				events.add(new RtmrEvent(2, "cmdline", Sha384.of(loadOptions)));
			}
			if (hasInitrd) {
				events.add(new RtmrEvent(2, "initrd", initrd.sha384().clone()));
			}
		}
		return events;
	}
}
