/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.testing.TestData;
import org.cocolaunch.cli.measure.TdxMeasureTool;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxMeasurement;
import org.cocolaunch.tdx.core.tdvf.TdvfFormatException;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.junit.jupiter.api.Test;

/**
 * Every OVMF build Debian's {@code ovmf} package ships that carries TDX metadata (testdata/debian-ovmf, README there),
 * plus the shared sid IntelTdx and AmdSev builds, measured and compared with {@code reference/tdx_reference.py}, an
 * independent Python implementation of the domain reference's algorithms (MRTD in both page orders, the CFV digest,
 * the TD HOB digest for several memory sizes).
 */
class DebianOvmfBuildsTest {

	/** Memory sizes around q35's low-memory rules: default, 1 GiB, just below/at 0xB0000000, 4 GiB, 8 GiB + 2 MiB. */
	static final long[] MEMORY = { 128L << 20, 1L << 30, 0xB000_0000L - 4096, 0xB000_0000L, 4L << 30, (8L << 30) + (2 << 20) };

	static Path debianDir() {
		for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
			for (Path c : List.of(d.resolve("testdata/debian-ovmf"),
					d.resolve("tests/org.cocolaunch.tdx.core.tests/testdata/debian-ovmf"))) {
				if (Files.isRegularFile(c.resolve("OVMF.fd"))) {
					return c;
				}
			}
		}
		throw new AssertionError("testdata/debian-ovmf (Debian's ovmf builds) not found above " + System.getProperty("user.dir"));
	}

	static Path referenceScript() {
		Path s = debianDir().getParent().getParent().resolve("reference/tdx_reference.py");
		if (!Files.isRegularFile(s)) {
			throw new AssertionError("missing " + s);
		}
		return s;
	}

	static byte[] read(String name) throws IOException {
		return Files.readAllBytes(debianDir().resolve(name));
	}

	static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] r = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}

	/** The images to measure: name → bytes (the unified ones QEMU's -bios takes). */
	static Map<String, byte[]> images() throws Exception {
		byte[] unified = read("OVMF.fd");
		byte[] code = Arrays.copyOfRange(unified, 0x20000, unified.length);
		byte[] vars = Arrays.copyOf(unified, 0x20000);
		// The split files Debian ships, derived from the unified image and checked against the package's sha256.
		assertEquals("d9b568def24088c92f34b5479e0ed7e44d0a4d4cea8a0f5716719180bba48106", sha256(code), "OVMF_CODE.fd");
		assertEquals("6ed987af3a3c155be71665f510eae3e007eda9b8b94afd59d45e91c4a11565cc", sha256(vars), "OVMF_VARS.fd");
		assertEquals("7b456907dd0786d415999e801a1ac4637b8ed4d7cf5378cfc6edbe5e574dd773", sha256(unified), "OVMF.fd");
		Map<String, byte[]> m = new java.util.LinkedHashMap<>();
		m.put("debian OVMF.fd", unified);
		m.put("debian OVMF_VARS.fd+OVMF_CODE.fd", concat(vars, code));
		m.put("debian OVMF_VARS.ms.fd+OVMF_CODE.secboot.fd", concat(read("OVMF_VARS.ms.fd"), read("OVMF_CODE.secboot.fd")));
		m.put("sid OVMF.inteltdx.ms.fd", Files.readAllBytes(TestData.file("firmware/OVMF.inteltdx.ms.sid-2026.08.fd")));
		m.put("sid OVMF.amdsev.fd", Files.readAllBytes(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd")));
		return m;
	}

	/** Runs the Python reference on {@code image}; keys mrtd-single, mrtd-two-pass, cfv, td_hob/MEM. */
	static Map<String, String> reference(byte[] image) throws Exception {
		Path tmp = Files.createTempFile("tdx-ref", ".fd");
		try {
			Files.write(tmp, image);
			List<String> cmd = new ArrayList<>(List.of("python3", referenceScript().toString(), tmp.toString()));
			for (long m : MEMORY) {
				cmd.add(Long.toString(m));
			}
			Process p;
			try {
				p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
			} catch (IOException e) {
				throw new AssertionError("python3 is needed for the independent reference (tests/run installs it): " + e.getMessage());
			}
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reference timed out");
			assertEquals(0, p.exitValue(), out);
			Map<String, String> r = new HashMap<>();
			for (String line : out.split("\n")) {
				String[] f = line.split("\t");
				if (f[0].equals("td_hob")) {
					r.put("td_hob/" + f[1], f[2]);
				} else {
					r.put(f[0], f[1]);
				}
			}
			return r;
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	static String event(TdxMeasurement m, String name) {
		return m.events().stream().filter(e -> e.name().equals(name)).map(RtmrEvent::digestHex).findFirst().orElse("-");
	}

	@Test
	void everyBuildIsMeasuredAsTheIndependentReferenceComputes() throws Exception {
		for (Map.Entry<String, byte[]> e : images().entrySet()) {
			String name = e.getKey();
			TdvfImage image = TdvfParser.parse(e.getValue(), name);
			Map<String, String> ref = reference(e.getValue());
			for (MeasureOrder order : MeasureOrder.VALUES) {
				TdxMeasurement m = TdxLaunchMeasurer.measure(new TdxLaunchInputs(image, order, 128L << 20, 1, null, null, null, null));
				assertEquals(ref.get("mrtd-" + TdxPageOrders.cliName(order)), HexFormat.of().formatHex(m.mrtd()), name + " MRTD " + order);
				assertEquals(ref.get("cfv"), event(m, "cfv"), name + " CFV");
			}
			for (long mem : MEMORY) {
				TdxMeasurement m = TdxLaunchMeasurer.measure(new TdxLaunchInputs(image, MeasureOrder.PER_PAGE, mem, 1, null, null, null, null));
				assertEquals(ref.get("td_hob/" + mem), event(m, "td_hob"), name + " TD HOB, memory " + mem);
			}
		}
	}

	@Test
	void onlyTheAmdSevBuildGetsAWarning() throws Exception {
		for (Map.Entry<String, byte[]> e : images().entrySet()) {
			TdvfImage image = TdvfParser.parse(e.getValue(), e.getKey());
			assertEquals(e.getKey().contains("amdsev"), image.notMeantForTdx().isPresent(), e.getKey());
		}
	}

	/** Through the measure command: the AmdSev build prints its MRTD, exit 0, and exactly one warning line. */
	@Test
	void measureCommandWarnsOnceForABuildNotMeantForTdx() throws Exception {
		Path dir = TestData.dir();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int rc = TdxMeasureTool.run(List.of("--mode", "tdx", "--ovmf", "firmware/OVMF.amdsev.sid-2026.08.fd"), dir,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String e = err.toString(StandardCharsets.UTF_8);
		assertEquals(0, rc, e);
		assertEquals(reference(Files.readAllBytes(TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd"))).get("mrtd-single") + "\n",
				out.toString(StandardCharsets.UTF_8));
		assertEquals(1, e.lines().count(), e);
		assertTrue(e.startsWith("measure: warning: firmware/OVMF.amdsev.sid-2026.08.fd: an edk2 AmdSev build"), e);
		// and none for Debian's generic build
		out.reset();
		err.reset();
		rc = TdxMeasureTool.run(List.of("--mode", "tdx", "--ovmf", debianDir().resolve("OVMF.fd").toString()), dir,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, rc);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	/** The CODE-only files carry TDX metadata addressing the unified image; the refusal names the missing bytes. */
	@Test
	void codeOnlyFilesAreRefusedNamingWhatIsMissing() throws Exception {
		byte[] unified = read("OVMF.fd");
		for (Map.Entry<String, byte[]> e : Map.of("OVMF_CODE.fd", Arrays.copyOfRange(unified, 0x20000, unified.length),
				"OVMF_CODE.secboot.fd", read("OVMF_CODE.secboot.fd")).entrySet()) {
			TdvfFormatException x = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(e.getValue(), e.getKey()));
			String m = x.getMessage();
			assertTrue(m.startsWith(e.getKey() + ": "), m);
			assertTrue(m.contains("section #0 (BFV) data 0x20000+0x1e0000 ends beyond the 0x1e0000-byte image"), m);
			assertTrue(m.contains("OVMF_VARS.fd followed by OVMF_CODE.fd"), m);
			assertTrue(!m.contains("\n"), m);
		}
	}

	/** An image whose footer table lacks the TDX entry is refused, naming the entry. */
	@Test
	void imageWithoutTdxMetadataIsRefusedNamingTheEntry() throws Exception {
		byte[] img = read("OVMF.fd");
		// Overwrite the GUID of the TDX metadata-offset entry (e47a6535-…) in the footer table with another GUID.
		byte[] guid = HexFormat.of().parseHex("35657ae44a989847865e4685a7bf8ec2");
		int at = -1;
		for (int i = img.length - 0x1000; i < img.length - 16; i++) {
			if (Arrays.equals(img, i, i + 16, guid, 0, 16)) {
				at = i;
			}
		}
		assertTrue(at > 0, "TDX entry GUID found in the footer");
		img[at] ^= 0x55;
		byte[] broken = img;
		TdvfFormatException x = assertThrows(TdvfFormatException.class, () -> TdvfParser.parse(broken, "nometa.fd"));
		assertTrue(x.getMessage().contains("no TDX metadata entry (e47a6535-984a-4798-865e-4685a7bf8ec2)"), x.getMessage());
	}
}
