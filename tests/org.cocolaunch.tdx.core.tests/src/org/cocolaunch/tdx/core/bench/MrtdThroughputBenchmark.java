/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.tdx.core.measure.TdLaunchPlan;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.core.tdvf.EfiGuid;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * MRTD throughput over a synthetic TDVF image whose BFV is {@code MiB} (default 256) of random, MR.EXTENDed pages,
 * with the native (OpenSSL through JNA, when it loads) and the JDK SHA-384 engine, next to
 * {@code openssl speed -evp sha384 -seconds 3} (16384-byte blocks) when openssl is on PATH. Not a test; run with
 * {@code java -cp ... org.cocolaunch.tdx.core.bench.MrtdThroughputBenchmark [MiB]} (JNA on the class path for the
 * native engine).
 *
 * <p>Each measured 4 KiB page feeds SHA-384 with 128 (PAGE.ADD) + 16 × (128 + 256) (MR.EXTEND) = 6272 bytes, so the
 * "hashed" rate is the one comparable with openssl's raw SHA-384 rate; the "pages" rate is 4096/6272 of it.
 */
public final class MrtdThroughputBenchmark {

	private static final int PAGE = 4096;
	private static final int HASHED_PER_PAGE = 128 + 16 * (128 + 256);

	private MrtdThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int mib = args.length > 0 ? Integer.parseInt(args[0]) : 256;
		Sha384Engines.Choice choice = Sha384Engines.selectedChoice();
		System.out.println("selected SHA-384 engine: " + choice.engine().name()
				+ (choice.fallbackReason() == null ? "" : " (" + choice.fallbackReason() + ")"));
		// Both engines each time, the native one first when it loads, whatever the selection.
		Sha384Engines.Choice nativeChoice = Sha384Engines.choose("auto", System.getProperty(
				Sha384Engines.LIBRARY_PROPERTY, Sha384Engines.DEFAULT_LIBRARY));
		List<Sha384Engine> engines = new ArrayList<>();
		if (nativeChoice.fallbackReason() == null) {
			engines.add(nativeChoice.engine());
		} else {
			System.out.println("native SHA-384 not measured: " + nativeChoice.fallbackReason());
		}
		engines.add(Sha384Engines.jdk());
		TdvfImage image = TdvfParser.parse(syntheticImage((long) mib << 20), "synthetic-" + mib + "MiB.fd");
		for (MeasureOrder order : MeasureOrder.values()) {
			TdLaunchPlan plan = TdLaunchPlan.of(image, null, order, 1);
			long pages = ((long) mib << 20) / PAGE;
			List<Double> hashed = new ArrayList<>();
			for (Sha384Engine engine : engines) {
				plan.mrtd(engine); // warm-up: JIT and SHA-512 intrinsics
				plan.mrtd(engine);
				double best = Double.MAX_VALUE;
				for (int run = 0; run < 3; run++) {
					long t0 = System.nanoTime();
					plan.mrtd(engine);
					best = Math.min(best, (System.nanoTime() - t0) / 1e9);
				}
				double pageMBs = pages * PAGE / best / 1e6;
				double hashedMBs = pages * HASHED_PER_PAGE / best / 1e6;
				hashed.add(hashedMBs);
				System.out.printf("MRTD %-8s %-7s %d MiB measured pages in %.3f s: %.1f MB/s of pages, %.1f MB/s hashed%n",
						TdxPageOrders.cliName(order), shortName(engine), mib, best, pageMBs, hashedMBs);
			}
			double openssl = opensslSha384MBs();
			if (openssl > 0) {
				StringBuilder ratios = new StringBuilder();
				for (int i = 0; i < engines.size(); i++) {
					ratios.append(String.format(", %s hashed/openssl = %.2fx", shortName(engines.get(i)),
							hashed.get(i) / openssl));
				}
				System.out.printf("  openssl sha384 (16384-byte blocks): %.1f MB/s%s%n", openssl, ratios);
			} else if (order == MeasureOrder.PER_PAGE) {
				System.out.println("  openssl not available on PATH; no comparison");
			}
		}
	}

	private static String shortName(Sha384Engine engine) {
		return engine == Sha384Engines.jdk() ? "jdk" : "native";
	}

	/** A minimal TDVF image: {@code bfvSize} random bytes, TDX metadata with one MR.EXTEND BFV, OVMF footer table. */
	public static byte[] syntheticImage(long bfvSize) {
		int tail = PAGE;
		byte[] image = new byte[Math.toIntExact(bfvSize + tail)];
		new SplittableRandom(42).nextBytes(image);
		ByteBuffer le = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
		int guidAt = (int) bfvSize;
		int descriptor = guidAt + 16;
		Arrays.fill(image, guidAt, image.length, (byte) 0);
		System.arraycopy(TdvfParser.METADATA_GUID.toBytes(), 0, image, guidAt, 16);
		le.putInt(descriptor, TdvfParser.SIGNATURE).putInt(descriptor + 4, 16 + 32).putInt(descriptor + 8, 1)
				.putInt(descriptor + 12, 1);
		le.putInt(descriptor + 16, 0).putInt(descriptor + 20, (int) bfvSize).putLong(descriptor + 24, (1L << 32) - bfvSize)
				.putLong(descriptor + 32, bfvSize).putInt(descriptor + 40, 0).putInt(descriptor + 44, 1);
		// OVMF footer table: one entry {u32 offset-from-end, u16 len, GUID}, then {u16 total, footer GUID}, 0x20 bytes before the end.
		int tableEnd = image.length - 0x20;
		int footerGuid = tableEnd - 16;
		int entryGuid = footerGuid - 2 - 16;
		int entryData = entryGuid - 2 - 4;
		System.arraycopy(new EfiGuid("96b582de-1fb2-45f7-baea-a366c55a082d").toBytes(), 0, image, footerGuid, 16);
		le.putShort(footerGuid - 2, (short) (tableEnd - entryData));
		System.arraycopy(TdvfParser.METADATA_OFFSET_GUID.toBytes(), 0, image, entryGuid, 16);
		le.putShort(entryGuid - 2, (short) (4 + 2 + 16));
		le.putInt(entryData, image.length - descriptor);
		return image;
	}

	/** openssl's SHA-384 rate for 16384-byte blocks in MB/s, or -1 when openssl cannot be run. */
	static double opensslSha384MBs() {
		try {
			Process p = new ProcessBuilder("openssl", "speed", "-evp", "sha384", "-seconds", "3").redirectErrorStream(true)
					.start();
			String last = null;
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = r.readLine()) != null;) {
					if (line.trim().toLowerCase().startsWith("sha384")) {
						last = line;
					}
				}
			}
			if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || last == null) {
				return -1;
			}
			String[] f = last.trim().split("\\s+");
			String k = f[f.length - 1]; // e.g. "812345.67k" = thousands of bytes per second
			return Double.parseDouble(k.replace("k", "")) * 1000 / 1e6;
		} catch (Exception e) {
			return -1;
		}
	}
}
