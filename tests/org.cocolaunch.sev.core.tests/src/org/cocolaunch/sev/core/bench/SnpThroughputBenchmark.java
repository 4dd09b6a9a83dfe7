/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.measure.SnpPageMeasurer;

/**
 * Throughput of the SNP launch-digest chain over 256 MiB of NORMAL pages, single-threaded and with one helper thread
 * for content hashing, printed beside {@code openssl speed -evp sha384} (16384-byte blocks) when openssl is on the
 * PATH. MB = 10^6 bytes, as openssl counts. Not a test: run it by hand.
 */
public final class SnpThroughputBenchmark {

	private static final int PAGE = 4096;
	private static final long TOTAL = 256L << 20;
	/** Synthetic contents, reused for every 8 MiB of guest memory. */
	private static final int BUFFER = 8 << 20;

	private SnpThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		byte[] data = new byte[BUFFER];
		new Random(1).nextBytes(data);
		run(data, 1, 64L << 20); // warm up the JIT and the SHA intrinsics
		run(data, 2, 64L << 20);
		double single = run(data, 1, TOTAL);
		double dual = run(data, 2, TOTAL);
		System.out.printf("SNP chain, 256 MiB NORMAL pages, 1 thread : %8.1f MB/s%n", single);
		System.out.printf("SNP chain, 256 MiB NORMAL pages, 2 threads: %8.1f MB/s%n", dual);
		Double openssl = opensslSha384();
		if (openssl != null) {
			System.out.printf("openssl speed -evp sha384, 16384 bytes    : %8.1f MB/s (ratio 2 threads / openssl = %.2f)%n",
					openssl, dual / openssl);
		} else {
			System.out.println("openssl not available; no reference figure");
		}
	}

	private static double run(byte[] data, int parallelism, long total) {
		long t0 = System.nanoTime();
		try (SnpPageMeasurer m = new SnpPageMeasurer(null, parallelism, false)) {
			for (long gpa = 0; gpa < total; gpa += PAGE) {
				m.accept(PageUpdate.normal(gpa, data, (int) (gpa % BUFFER)));
			}
			m.digest();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		return total / seconds / 1e6;
	}

	/** The 16384-byte figure of {@code openssl speed -evp sha384 -seconds 3} in MB/s, or null. */
	private static Double opensslSha384() {
		try {
			Process p = new ProcessBuilder("openssl", "speed", "-evp", "sha384", "-seconds", "3")
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String last = null;
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = r.readLine()) != null;) {
					if (line.startsWith("sha384") || line.startsWith("SHA384")) {
						last = line;
					}
				}
			}
			p.waitFor();
			if (last == null) {
				return null;
			}
			String[] cols = last.trim().split("\\s+");
			String v = cols[cols.length - 1];
			return Double.parseDouble(v.substring(0, v.length() - 1)) / 1000.0; // "1196950.89k" = 1000 bytes/s units
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
