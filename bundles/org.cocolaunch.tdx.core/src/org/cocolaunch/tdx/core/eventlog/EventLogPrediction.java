/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.measure.DirectBootEventLog;
import org.cocolaunch.tdx.core.measure.KernelLoadOptions;
import org.cocolaunch.tdx.core.measure.PeAuthenticodeHash;
import org.cocolaunch.tdx.core.measure.QemuKernelHeader;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;

import static org.cocolaunch.tdx.core.eventlog.EventTypes.*;

/**
 * The CCEL events an edk2 TDVF (IntelTdx / OvmfPkgX64 with TDX) and a Linux EFI-stub kernel log for a QEMU direct
 * boot, predicted from the launch inputs, in the order they log them per RTMR (the order of the real direct-boot log
 * CCEL_data_ovmf of confidential-containers/trustee):
 * <ul>
 * <li>RTMR0: the TD HOB ("TdxTable" handoff table; SHA-384 of the HOB without its end header), the CFV (firmware blob
 * "Fv(XXXXXXXX-…)": SHA-384 of its RawDataSize bytes), the Secure Boot variables SecureBoot, PK, KEK, db, dbx
 * (SHA-384 of the UEFI_VARIABLE_DATA with the value in the CFV's variable store, or none), a separator; then ACPI
 * table-loader blobs and boot variables, which depend on QEMU's generated tables and the boot manager and are not
 * predicted; and the separator logged before the OS is called.</li>
 * <li>RTMR1: the kernel (Authenticode SHA-384 of the kernel QEMU hands over: patched setup header up to QEMU 10.1,
 * the file as given from 10.2, see {@link QemuKernelHeader}), "Calling EFI Application from Boot Option",
 * "Exit Boot Services Invocation", "Exit Boot Services Returned with Success".</li>
 * <li>RTMR2: the EFI stub's LoadOptions ({@link KernelLoadOptions}) and initrd tags.</li>
 * </ul>
 */
public final class EventLogPrediction {

	static final String TDX_TABLE_GUID = "93bb96af-b9f2-4eb8-9462-e0ba74564236";
	static final String KERNEL_LOADER_FS_GUID = "1428f772-b64a-441e-b8c3-9ebdd7f893c7";
	static final String CFV_DESCRIPTION = "Fv(XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX)";
	static final String CALLING_EFI_APPLICATION = "Calling EFI Application from Boot Option";
	static final String EXIT_BOOT_SERVICES = "Exit Boot Services Invocation";
	static final String EXIT_BOOT_SERVICES_OK = "Exit Boot Services Returned with Success";

	/** Event types whose digests the launch inputs cannot determine; their events are never a divergence. */
	public static final List<Integer> NOT_PREDICTED_TYPES = List.of(EV_PLATFORM_CONFIG_FLAGS, EV_EFI_VARIABLE_BOOT,
			EV_EFI_VARIABLE_BOOT2, EV_NO_ACTION);

	private EventLogPrediction() {
	}

	public static List<PredictedEvent> predict(TdxLaunchInputs config) throws TdxInputException {
		List<PredictedEvent> out = new ArrayList<>();
		TdHob hob = TdxLaunchMeasurer.hob(config);
		TdvfSection cfvSection = config.firmware().first(TdvfSectionType.CFV).orElse(null);
		byte[] cfv = cfvSection == null ? null
				: config.firmware().read(cfvSection.dataOffset(), (int) cfvSection.rawDataSize());
		// the digests of the SEC-phase events are DirectBootEventLog's (td_hob, then cfv)
		List<RtmrEvent> sec = DirectBootEventLog.firmwareEvents(hob, cfv);
		out.add(new PredictedEvent(0, EV_EFI_HANDOFF_TABLES2, handoff("TdxTable", TDX_TABLE_GUID, hob.gpa()),
				one("QEMU's TD HOB for --mem " + config.ramSize(), sec.get(0).digest()), "TD HOB"));
		VariableStore vars = VariableStore.read(new byte[0]);
		if (cfv != null) {
			out.add(new PredictedEvent(0, EV_EFI_PLATFORM_FIRMWARE_BLOB2,
					blob2(CFV_DESCRIPTION, cfvSection.memoryAddress(), cfvSection.rawDataSize()),
					one("CFV of the firmware", sec.get(1).digest()), "CFV"));
			vars = VariableStore.read(cfv);
		}
		boolean pk = vars.get(EfiGuids.EFI_GLOBAL_VARIABLE, "PK").isPresent();
		if (pk) {
			out.add(variable("SecureBoot", EfiGuids.EFI_GLOBAL_VARIABLE, List.of(new byte[] { 1 }),
					List.of("PK enrolled in the CFV: Secure Boot on")));
		} else {
			out.add(variable("SecureBoot", EfiGuids.EFI_GLOBAL_VARIABLE, Arrays.asList(new byte[0], new byte[] { 0 }),
					List.of("build without Secure Boot support (no variable)", "Secure Boot support, no PK: 0")));
		}
		for (String[] v : new String[][] { { "PK", EfiGuids.EFI_GLOBAL_VARIABLE }, { "KEK", EfiGuids.EFI_GLOBAL_VARIABLE },
				{ "db", EfiGuids.IMAGE_SECURITY_DATABASE }, { "dbx", EfiGuids.IMAGE_SECURITY_DATABASE } }) {
			byte[] value = vars.get(v[1], v[0]).orElse(new byte[0]);
			out.add(variable(v[0], v[1], List.of(value),
					List.of(value.length == 0 ? "not in the CFV" : "from the CFV's variable store")));
		}
		out.add(separator(0));
		out.add(separator(0));
		byte[] kernel = config.kernel();
		if (kernel != null) {
			long initrdSize = config.initrd() == null ? -1 : config.initrd().size();
			byte[] patched = QemuKernelHeader.patchedUpTo101(kernel, config.commandLine(), initrdSize, config.ramSize());
			List<PredictedEvent.Alternative> alt = new ArrayList<>();
			alt.add(new PredictedEvent.Alternative("QEMU 10.2 or later (setup header as in the file)",
					PeAuthenticodeHash.of(kernel, config.kernelName())));
			if (!Arrays.equals(patched, kernel)) {
				alt.add(new PredictedEvent.Alternative("QEMU up to 10.1 (setup header patched by QEMU's loader)",
						PeAuthenticodeHash.of(patched, config.kernelName())));
			}
			out.add(new PredictedEvent(1, EV_EFI_BOOT_SERVICES_APPLICATION, image(kernel.length), alt, "kernel"));
			out.add(action(1, CALLING_EFI_APPLICATION));
			out.add(action(1, EXIT_BOOT_SERVICES));
			out.add(action(1, EXIT_BOOT_SERVICES_OK));
			// the EFI stub's events: DirectBootEventLog's cmdline and initrd digests
			for (RtmrEvent e : DirectBootEventLog.kernelEvents(kernel, config.kernelName(), config.initrd(),
					config.commandLine())) {
				if (e.name().equals("cmdline")) {
					out.add(new PredictedEvent(2, EV_EVENT_TAG, tag(EventDataDecoder.TAG_LOAD_OPTIONS, "LOADED_IMAGE::LoadOptions"),
							one("-append as LoadOptions", e.digest()), "command line"));
				} else if (e.name().equals("initrd")) {
					out.add(new PredictedEvent(2, EV_EVENT_TAG, tag(EventDataDecoder.TAG_LINUX_INITRD, "Linux initrd"),
							one("the -initrd file", e.digest()), "initrd"));
				}
			}
		}
		return out;
	}

	private static List<PredictedEvent.Alternative> one(String assumption, byte[] digest) {
		return List.of(new PredictedEvent.Alternative(assumption, digest));
	}

	private static PredictedEvent separator(int rtmr) {
		return new PredictedEvent(rtmr, EV_SEPARATOR, new byte[4], one("separator 00000000", Sha384.of(new byte[4])),
				"separator");
	}

	private static PredictedEvent action(int rtmr, String text) {
		byte[] b = text.getBytes(StandardCharsets.US_ASCII);
		return new PredictedEvent(rtmr, EV_EFI_ACTION, b, one("fixed text", Sha384.of(b)), "action");
	}

	/** UEFI_VARIABLE_DATA: VariableName GUID, UnicodeNameLength u64, VariableDataLength u64, name (no NUL), data. */
	public static byte[] variableData(String guid, String name, byte[] value) {
		ByteBuffer b = ByteBuffer.allocate(32 + name.length() * 2 + value.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put(EfiGuids.bytes(guid)).putLong(name.length()).putLong(value.length);
		for (char c : name.toCharArray()) {
			b.putChar(c);
		}
		b.put(value);
		return b.array();
	}

	private static PredictedEvent variable(String name, String guid, List<byte[]> values, List<String> why) {
		List<PredictedEvent.Alternative> alt = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			alt.add(new PredictedEvent.Alternative(why.get(i), Sha384.of(variableData(guid, name, values.get(i)))));
		}
		return new PredictedEvent(0, EV_EFI_VARIABLE_DRIVER_CONFIG, variableData(guid, name, values.get(0)), alt,
				"variable " + name);
	}

	static byte[] handoff(String description, String guid, long address) {
		byte[] desc = (description + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer b = ByteBuffer.allocate(1 + desc.length + 8 + 24).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) desc.length).put(desc).putLong(1).put(EfiGuids.bytes(guid)).putLong(address);
		return b.array();
	}

	static byte[] blob2(String description, long base, long length) {
		byte[] desc = (description + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer b = ByteBuffer.allocate(1 + desc.length + 16).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) desc.length).put(desc).putLong(base).putLong(length);
		return b.array();
	}

	static byte[] tag(int id, String text) {
		byte[] t = (text + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer b = ByteBuffer.allocate(8 + t.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(id).putInt(t.length).put(t);
		return b.array();
	}

	/** UEFI_IMAGE_LOAD_EVENT of the kernel (addresses are chosen at run time, so 0) with its loader device path. */
	static byte[] image(long length) {
		ByteArrayOutputStream path = new ByteArrayOutputStream();
		ByteBuffer ven = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
		ven.put((byte) 4).put((byte) 3).putShort((short) 20).put(EfiGuids.bytes(KERNEL_LOADER_FS_GUID));
		path.writeBytes(ven.array());
		String file = "kernel";
		ByteBuffer fp = ByteBuffer.allocate(4 + (file.length() + 1) * 2).order(ByteOrder.LITTLE_ENDIAN);
		fp.put((byte) 4).put((byte) 4).putShort((short) fp.capacity());
		for (char c : file.toCharArray()) {
			fp.putChar(c);
		}
		path.writeBytes(fp.array());
		path.writeBytes(new byte[] { 0x7F, (byte) 0xFF, 4, 0 });
		byte[] p = path.toByteArray();
		ByteBuffer b = ByteBuffer.allocate(32 + p.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putLong(0).putLong(length).putLong(0).putLong(p.length).put(p);
		return b.array();
	}
}
