/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
		// The plan, not the user, named the file: its size is not quoted (issue 13).
		assertEquals("input 'payload' is shorter than the plan's content range: 3 bytes at offset " + (LARGE - 2), e.getMessage());
		assertFalse(e.getMessage().contains(Long.toString(LARGE) + " "), e.getMessage());
		// Named by the user (--input), the size helps and is theirs to know.
		PlanInputs named = new PlanInputs(plan(null), dir, Map.of("payload", file));
		e = assertThrows(BackendException.class, () -> named.slice("payload", LARGE - 2, 3));
		assertTrue(e.getMessage().startsWith("input 'payload' has " + LARGE + " bytes; the plan's content range"), e.getMessage());
	}

	/** Offsets and lengths near 2^63 must not overflow the bounds check into an array index exception. */
	@Test
	void offsetsNearTwoToTheSixtyThirdAreRefusedByValue() throws Exception {
		Files.write(dir.resolve("payload.bin"), new byte[4096]);
		PlanInputs inputs = new PlanInputs(plan(null), dir, Map.of());
		for (long[] range : new long[][] { { Long.MAX_VALUE - 1, 16 }, { 16, Long.MAX_VALUE }, { Long.MAX_VALUE, Long.MAX_VALUE },
				{ -1, 16 }, { Long.MIN_VALUE, 16 }, { 4000, 97 } }) {
			BackendException e = assertThrows(BackendException.class, () -> inputs.slice("payload", range[0], range[1]));
			assertTrue(e.getMessage().startsWith("input 'payload' is shorter than the plan's content range: "), e.getMessage());
			assertFalse(e.getMessage().contains("Exception"), e.getMessage());
		}
	}

	@Test
	void confinedInputsStayInThePlansFolder() throws Exception {
		Path planDir = Files.createDirectory(dir.resolve("plans"));
		Files.write(dir.resolve("payload.bin"), new byte[16]);
		LaunchPlan up = plan(null);
		up.getInputs().get(0).setPath("../payload.bin");
		PlanInputs inputs = new PlanInputs(up, planDir, Map.of()).confined();
		assertEquals(Map.of("payload", "../payload.bin"), inputs.outsideFolder());
		BackendException e = assertThrows(BackendException.class, () -> inputs.slice("payload", 0, 16));
		assertTrue(e.getMessage().startsWith("plan input 'payload' (../payload.bin) is outside the plan's folder"), e.getMessage());
		assertEquals(16, new PlanInputs(up, planDir, Map.of()).slice("payload", 0, 16).length, "not confined: read");

		LaunchPlan absolute = plan(null);
		absolute.getInputs().get(0).setPath(dir.resolve("payload.bin").toString());
		assertEquals(1, new PlanInputs(absolute, planDir, Map.of()).outsideFolder().size());
		// a symbolic link inside the folder that leads out counts as outside
		Files.createSymbolicLink(planDir.resolve("link.bin"), dir.resolve("payload.bin"));
		LaunchPlan linked = plan(null);
		linked.getInputs().get(0).setPath("link.bin");
		assertEquals(Map.of("payload", "link.bin"), new PlanInputs(linked, planDir, Map.of()).outsideFolder());
		// an override is the user's choice, never refused
		assertEquals(Map.of(), new PlanInputs(up, planDir, Map.of("payload", dir.resolve("payload.bin"))).outsideFolder());
	}

	@Test
	void aLargeInputIsStillCheckedAgainstTheRecordedDigest() throws Exception {
		Path file = largeFile();
		String good = sha256(file);
		assertArrayEquals(new byte[] { 3, 4 }, new PlanInputs(plan(good), dir, Map.of()).slice("payload", LARGE - 2, 2));
		String bad = good.replace(good.charAt(0), good.charAt(0) == '0' ? '1' : '0');
		BackendException e = assertThrows(BackendException.class,
				() -> new PlanInputs(plan(bad), dir, Map.of()).slice("payload", 0, 16));
		assertTrue(e.getMessage().contains("input 'payload' is not the file the plan was made with"), e.getMessage());
		// neither digest is quoted: the file's digest says what it holds, and the user did not name it
		assertFalse(e.getMessage().contains(good), e.getMessage());
		assertFalse(e.getMessage().contains(bad), e.getMessage());
	}
}
