/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.cocolaunch.trace.tests.TraceLogs.logged;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the firmware (and kernel) given, page contents bind to them: firmware slices by the flash mapping that ends
 * at 4 GiB, the kernel-hash page generated as QEMU builds it (domain reference §3.2.5), everything else NONE.
 * Expected bytes are derived here from the files and the documented table layout, not from the importer.
 */
class ContentBindingTest {

	private static final Path OVMF = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd");
	private static final Path KERNEL = TestData.file("inputs/vmlinuz-6.1.0-56-cloud-amd64");
	/** Table GUID 9438d606-4f22-4cc9-b479-a793d411fd21 in its on-disk (mixed-endian) form. */
	private static final byte[] TABLE_GUID = HexFormat.of().parseHex("06d63894" + "224f" + "c94c" + "b479a793d411fd21");

	@TempDir
	Path dir;

	@Test
	void snpFirmwareSliceAndKernelHashPage() throws Exception {
		ImportResult result = QemuTraceImporter.importLog(TraceLogs.data(TraceLogs.SEV_UTILS_17),
				ImportInputs.none().withFirmware(OVMF).withKernel(KERNEL).withCmdline("console=ttyS0"));
		LaunchPlan plan = result.plan();
		List<Step> steps = logged(plan);

		ContentSource firmware = steps.get(2).getPages().get(0).getContent();
		assertEquals(ContentSourceKind.FIRMWARE, firmware.getKind());
		assertEquals("firmware", firmware.getInput());
		assertEquals(0, firmware.getOffset());
		assertEquals(0x400000, firmware.getLength());
		assertEquals(sha256(Files.readAllBytes(OVMF)), firmware.getDigest(), "the 4 MiB image is the whole slice");

		ContentSource hashPage = steps.get(8).getPages().get(0).getContent(); // 0x810000 Normal page
		assertEquals(ContentSourceKind.GENERATED, hashPage.getKind());
		byte[] page = hashPage.getData();
		assertEquals(4096, page.length);
		int table = indexOf(page, TABLE_GUID);
		assertTrue(table >= 0, "hash table GUID in the page");
		// Entries: cmdline at +18, initrd at +68, kernel at +118; each GUID(16) u16(50) SHA-256(32).
		assertArrayEquals(digest("console=ttyS0\0".getBytes(StandardCharsets.UTF_8)), slice(page, table + 18 + 18));
		assertArrayEquals(digest(new byte[0]), slice(page, table + 68 + 18), "no initrd hashes as empty");
		assertArrayEquals(digest(Files.readAllBytes(KERNEL)), slice(page, table + 118 + 18));

		for (int i : new int[] { 3, 4, 5, 6, 7, 9 }) { // zero, secrets, cpuid pages
			assertEquals(ContentSourceKind.NONE, steps.get(i).getPages().get(0).getContent().getKind(), steps.get(i).getName());
		}
		Map<String, LaunchInput> inputs = plan.getInputs().stream().collect(Collectors.toMap(LaunchInput::getRole, i -> i));
		assertEquals(sha256(Files.readAllBytes(OVMF)), inputs.get("firmware").getDigest());
		assertEquals("console=ttyS0", inputs.get("cmdline").getValue());
		assertNotNull(inputs.get("kernel").getPath());
	}

	@Test
	void withoutKernelTheHashPageIsNotGenerated() throws Exception {
		ImportResult result = QemuTraceImporter.importLog(TraceLogs.data(TraceLogs.SEV_UTILS_17),
				ImportInputs.none().withFirmware(OVMF));
		assertEquals(ContentSourceKind.NONE, logged(result.plan()).get(8).getPages().get(0).getContent().getKind());
	}

	@Test
	void firmwareOfAnotherSizeLeavesTheFlashPagesUnmatched() throws Exception {
		Path small = Files.write(dir.resolve("small.fd"), new byte[0x200000]);
		ImportResult result = QemuTraceImporter.importLog(TraceLogs.data(TraceLogs.SEV_UTILS_17),
				ImportInputs.none().withFirmware(small));
		// 0xffc00000 lies below a 2 MiB image's mapping (0xffe00000..4 GiB).
		assertEquals(ContentSourceKind.NONE, logged(result.plan()).get(2).getPages().get(0).getContent().getKind());
		assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 11 && w.message().contains("0x200000")),
				result.warnings().toString());
	}

	@Test
	void sevUpdatesAreRecognisedBySize() throws Exception {
		byte[] image = new byte[0x10000];
		Arrays.fill(image, (byte) 0x5a);
		Path fd = Files.write(dir.resolve("tiny.fd"), image);
		ImportResult result = QemuTraceImporter.importLines("sev.log", List.of(
				"kvm_sev_launch_start policy 0x1 session (nil) pdh (nil)",
				"kvm_sev_launch_update_data addr 0x7f5678000000 len 0x10000",
				"kvm_sev_launch_update_data addr 0x7f5678010000 len 0x2000"), ImportInputs.none().withFirmware(fd));
		List<Step> steps = logged(result.plan());
		PageRange firmware = steps.get(1).getPages().get(0);
		assertEquals(0x1_0000_0000L - 0x10000, firmware.getGpa());
		assertEquals(ContentSourceKind.FIRMWARE, firmware.getContent().getKind());
		assertEquals(sha256(image), firmware.getContent().getDigest());
		assertTrue(steps.get(2).getPages().isEmpty());
		assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 3 && w.message().contains("0x2000")),
				result.warnings().toString());
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		for (int i = 0; i + pattern.length <= data.length; i++) {
			if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] slice(byte[] data, int offset) {
		return Arrays.copyOfRange(data, offset, offset + 32);
	}

	private static byte[] digest(byte[] data) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(data);
	}

	private static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(digest(data));
	}
}
