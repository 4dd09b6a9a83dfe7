/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.testing.TestData;
import org.cocolaunch.tdx.core.eventlog.EfiGuids;
import org.cocolaunch.tdx.core.eventlog.VariableStore;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predicted side of {@code eventlog}: logs built from launch inputs. The real direct-boot log CCEL_data_ovmf is
 * the template (its record layout and event data); the digests the inputs determine are replaced with values computed
 * here independently (TD HOB and CFV by reference/tdx_reference.py, the kernel's Authenticode digest with and without
 * QEMU's header patching by reference/kernel_reference.py, the EFI stub's LoadOptions and the initrd with a plain
 * SHA-384), for Debian's OVMF.fd, the shared kernel and initrd and a command line.
 */
class EventLogPredictionTest {

	static final String KERNEL = "inputs/vmlinuz-6.1.0-56-cloud-amd64";
	static final String INITRD = "inputs/initrd-oracle.cpio.gz";
	static final String APPEND = "console=ttyS0 root=/dev/vda1 ro";
	static final long MEM = 2L << 30;

	static Map<String, String> python(String script, String... args) throws Exception {
		Path s = DebianOvmfBuildsTest.referenceScript().resolveSibling(script);
		List<String> cmd = new ArrayList<>(List.of("python3", s.toString()));
		cmd.addAll(List.of(args));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), out);
		Map<String, String> r = new HashMap<>();
		for (String line : out.split("\n")) {
			String[] f = line.split("\t");
			r.put(f[0].equals("td_hob") ? "td_hob/" + f[1] : f[0], f[f.length - 1]);
		}
		return r;
	}

	static byte[] sha384(byte[] b) throws Exception {
		return MessageDigest.getInstance("SHA-384").digest(b);
	}

	/** The EFI stub's LoadOptions as OVMF builds them: the command line and " initrd=initrd", as CHAR16, NUL-ended. */
	static byte[] loadOptions(String cmdline) {
		byte[] a = (cmdline + " initrd=initrd").getBytes(StandardCharsets.US_ASCII);
		byte[] u = new byte[a.length * 2 + 2];
		for (int i = 0; i < a.length; i++) {
			u[2 * i] = a[i];
		}
		return u;
	}

	/**
	 * The template log with new digests: {@code digests} maps a record index to its SHA-384. The records are walked
	 * here with the TCG_PCR_EVENT2 layout (one SHA-384 digest each, as in the template), not with the parser.
	 */
	static byte[] rewrite(byte[] template, Map<Integer, byte[]> digests) {
		byte[] log = template.clone();
		ByteBuffer le = ByteBuffer.wrap(log).order(ByteOrder.LITTLE_ENDIAN);
		int p = 32 + le.getInt(28);
		for (int index = 1; le.getInt(p) != -1; index++) {
			assertEquals(1, le.getInt(p + 8));
			assertEquals(0x0C, le.getShort(p + 12));
			if (digests.containsKey(index)) {
				System.arraycopy(digests.get(index), 0, log, p + 14, 48);
			}
			p += 14 + 48 + 4 + le.getInt(p + 14 + 48);
		}
		return log;
	}

	record Built(Path dir, byte[] unpatchedKernel, byte[] patchedKernel) {
	}

	/** The direct-boot log these inputs would give (kernel digest as QEMU ≤ 10.1 or ≥ 10.2 serves it). */
	static byte[] expectedLog(boolean patched, Map<Integer, byte[]> overrides) throws Exception {
		Path ovmf = DebianOvmfBuildsTest.debianDir().resolve("OVMF.fd");
		Map<String, String> fw = python("tdx_reference.py", ovmf.toString(), Long.toString(MEM));
		byte[] initrd = Files.readAllBytes(TestData.file(INITRD));
		Map<String, String> k = python("kernel_reference.py", TestData.file(KERNEL).toString(), APPEND,
				Long.toString(initrd.length), Long.toString(MEM));
		HexFormat h = HexFormat.of();
		Map<Integer, byte[]> d = new HashMap<>();
		d.put(1, h.parseHex(fw.get("td_hob/" + MEM))); // TdxTable
		d.put(2, h.parseHex(fw.get("cfv"))); // Fv(XXXXXXXX-…)
		d.put(12, h.parseHex(k.get(patched ? "patched" : "unpatched"))); // kernel
		d.put(17, sha384(loadOptions(APPEND))); // LOADED_IMAGE::LoadOptions
		d.put(18, sha384(initrd)); // Linux initrd
		d.putAll(overrides);
		return rewrite(Files.readAllBytes(TestData.file("eventlogs/CCEL_data_ovmf.bin")), d);
	}

	static EventLogTest.Run eventlog(Path dir, String log, String... more) {
		List<String> args = new ArrayList<>(List.of(log, "--ovmf", DebianOvmfBuildsTest.debianDir().resolve("OVMF.fd").toString(),
				"--kernel", KERNEL, "--initrd", INITRD, "--append", APPEND));
		args.addAll(List.of(more));
		if (!args.contains("--mem")) {
			args.addAll(List.of("--mem", Long.toString(MEM)));
		}
		return EventLogTest.run(TestData.dir(), args.toArray(String[]::new));
	}

	@Test
	void aLogBuiltFromTheInputsMatchesEventByEvent(@TempDir Path tmp) throws Exception {
		for (boolean patched : new boolean[] { true, false }) {
			Path log = tmp.resolve("built.bin");
			Files.write(log, expectedLog(patched, Map.of()));
			EventLogTest.Run r = eventlog(tmp, log.toString(), "--json");
			assertEquals(0, r.code(), r.out() + r.err());
			Object j = MiniJson.parse(r.out());
			assertNull(MiniJson.select(j, "prediction.first_divergence"));
			assertEquals(patched ? "QEMU up to 10.1 (setup header patched by QEMU's loader)"
					: "QEMU 10.2 or later (setup header as in the file)", MiniJson.select(j, "prediction.rows[index=12].matched"));
			assertEquals("match", MiniJson.select(j, "prediction.rows[index=1].status"));
			assertEquals("not_predicted", MiniJson.select(j, "prediction.rows[index=9].status")); // ACPI DATA
			for (int i = 0; i < 4; i++) {
				// every event matched or was taken from the log, so the predicted RTMRs are the replayed ones
				assertEquals(MiniJson.select(j, "rtmr" + i), MiniJson.select(j, "prediction.rtmr" + i));
			}
		}
	}

	@Test
	void theFirstDivergingEventIsNamedWithBothDigestsAndItsData(@TempDir Path tmp) throws Exception {
		byte[] wrong = sha384("console=ttyS0".getBytes(StandardCharsets.US_ASCII));
		Path log = tmp.resolve("built.bin");
		Files.write(log, expectedLog(true, Map.of(17, wrong)));
		EventLogTest.Run r = eventlog(tmp, log.toString());
		assertEquals(1, r.code(), r.err());
		String expect = "first divergence: event #17 (RTMR2 EV_EVENT_TAG: tag 0x8f3b22ed \"LOADED_IMAGE::LoadOptions\""
				+ " (Linux EFI stub: the kernel command line as LoadOptions)): logged " + HexFormat.of().formatHex(wrong)
				+ ", predicted " + HexFormat.of().formatHex(sha384(loadOptions(APPEND))) + " (-append as LoadOptions)";
		assertTrue(r.out().contains(expect + "\n"), r.out());
		// another memory size changes the TD HOB: the first event already diverges
		Files.write(log, expectedLog(true, Map.of()));
		r = eventlog(tmp, log.toString(), "--mem", "1073741824");
		assertEquals(1, r.code());
		assertTrue(r.out().contains("first divergence: event #1 (RTMR0 EV_EFI_HANDOFF_TABLES2: \"TdxTable\""), r.out());
		// a GRUB boot against a direct-boot prediction: shim/grub are not in the prediction
		r = eventlog(tmp, TestData.file("eventlogs/CCEL_data_grub.bin").toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains("first divergence: "), r.out());
	}

	/** The MS-enrolled sid IntelTdx CFV has PK, KEK, db and dbx in its authenticated variable store. */
	@Test
	void variableStoreOfAnEnrolledCfv() throws Exception {
		TdvfImage img = TdvfParser.parse(TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd"), "fw");
		var cfv = img.first(TdvfSectionType.CFV).orElseThrow();
		byte[] bytes = java.util.Arrays.copyOfRange(img.bytes(), (int) cfv.dataOffset(), (int) (cfv.dataOffset() + cfv.rawDataSize()));
		VariableStore vs = VariableStore.read(bytes);
		for (String[] v : new String[][] { { "PK", EfiGuids.EFI_GLOBAL_VARIABLE }, { "KEK", EfiGuids.EFI_GLOBAL_VARIABLE },
				{ "db", EfiGuids.IMAGE_SECURITY_DATABASE }, { "dbx", EfiGuids.IMAGE_SECURITY_DATABASE } }) {
			byte[] data = vs.get(v[1], v[0]).orElseThrow(() -> new AssertionError(v[0] + " missing"));
			// each value is an EFI_SIGNATURE_LIST: SignatureType GUID (x509 or sha256), then its sizes
			String type = EfiGuids.text(data, 0);
			assertTrue(type.equals("a5c059a1-94e4-4aa7-87b5-ab155c2bf072") || type.equals("c1c41626-504c-4092-aca9-41f936934328"),
					v[0] + " " + type);
			int listSize = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(16);
			assertTrue(listSize > 28 && listSize <= data.length, v[0] + " SignatureListSize " + listSize);
		}
		// Debian's generic OVMF.fd ships an empty store
		TdvfImage deb = TdvfParser.parse(DebianOvmfBuildsTest.debianDir().resolve("OVMF.fd"), "OVMF.fd");
		var c = deb.first(TdvfSectionType.CFV).orElseThrow();
		assertTrue(VariableStore.read(java.util.Arrays.copyOfRange(deb.bytes(), (int) c.dataOffset(),
				(int) (c.dataOffset() + c.rawDataSize()))).get(EfiGuids.EFI_GLOBAL_VARIABLE, "PK").isEmpty());
	}
}
