/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large inputs are read slice by slice from the file, still checked against the plan's digest. */
class PlanInputsTest {

	/** Above the in-place threshold (64 MiB); sparse, so the test writes only a few bytes. */
	private static final long LARGE = (64L << 20) + 4096;

	@TempDir
	Path dir;

	private Path largeFile() throws Exception {
		Path file = dir.resolve("payload.bin");
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(LARGE);
			f.seek(LARGE - 4);
			f.write(new byte[] { 1, 2, 3, 4 });
		}
		return file;
	}

	private static LaunchPlan plan(String digest) {
		LaunchPlan plan = ModelFactory.eINSTANCE.createLaunchPlan();
		LaunchInput input = ModelFactory.eINSTANCE.createLaunchInput();
		input.setRole("payload");
		input.setPath("payload.bin");
		input.setDigest(digest);
		plan.getInputs().add(input);
		return plan;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	@Test
	void aLargeInputIsReadInPlaceSoItsChangesShowWithoutReloading() throws Exception {
		Path file = largeFile();
		PlanInputs inputs = new PlanInputs(plan(null), dir, Map.of());
		assertEquals(LARGE, inputs.size("payload"));
		assertArrayEquals(new byte[] { 0, 1, 2, 3, 4 }, inputs.slice("payload", LARGE - 5, 5));
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.seek(LARGE - 5);
			f.write(9);
		}
		assertArrayEquals(new byte[] { 9, 1 }, inputs.slice("payload", LARGE - 5, 2), "not a cached copy");
		BackendException e = assertThrows(BackendException.class, () -> inputs.slice("payload", LARGE - 2, 3));
		assertTrue(e.getMessage().startsWith("input 'payload' has " + LARGE + " bytes; the plan wants bytes"), e.getMessage());
	}

	@Test
	void aLargeInputIsStillCheckedAgainstTheRecordedDigest() throws Exception {
		Path file = largeFile();
		String good = sha256(file);
		assertArrayEquals(new byte[] { 3, 4 }, new PlanInputs(plan(good), dir, Map.of()).slice("payload", LARGE - 2, 2));
		String bad = good.replace(good.charAt(0), good.charAt(0) == '0' ? '1' : '0');
		BackendException e = assertThrows(BackendException.class,
				() -> new PlanInputs(plan(bad), dir, Map.of()).slice("payload", 0, 16));
		assertTrue(e.getMessage().contains("input 'payload' has SHA-256 " + good + ", the plan expects " + bad), e.getMessage());
	}
}
