/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cocolaunch.core.io.AtomicFileWriter;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save that fails part-way leaves the previous file intact and no temporary file behind. */
class AtomicSaveTest {

	@TempDir
	Path dir;

	@Test
	void failingWriteKeepsOldContent() throws Exception {
		Path file = dir.resolve("plan.cclaunch");
		Files.writeString(file, "old content", StandardCharsets.UTF_8);
		IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write("<?xml half a plan".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full (simulated)");
		}));
		assertEquals("disk full (simulated)", failure.getMessage());
		assertEquals("old content", Files.readString(file, StandardCharsets.UTF_8));
		assertOnlyFile(file);
	}

	@Test
	void successfulWriteReplacesContent() throws Exception {
		Path file = dir.resolve("plan.cclaunch");
		Files.writeString(file, "old content", StandardCharsets.UTF_8);
		AtomicFileWriter.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new", Files.readString(file, StandardCharsets.UTF_8));
		assertOnlyFile(file);
	}

	@Test
	void modelSaveIntoMissingDirectoryFailsCleanly() {
		LaunchPlan plan = ModelFixtures.snpPlan();
		Path file = dir.resolve("no-such-dir").resolve("plan.cclaunch");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(plan, file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one-line message");
	}

	@Test
	void savingOverAPlanIsAtomicForModelSaves() throws Exception {
		Path file = dir.resolve("plan.cclaunch");
		ModelFiles.save(ModelFixtures.snpPlan(), file);
		LaunchPlan second = ModelFixtures.snpPlan();
		second.setName("second");
		ModelFiles.save(second, file);
		assertEquals("second", ModelFiles.loadPlan(file).getName());
		assertOnlyFile(file);
	}

	private void assertOnlyFile(Path file) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file.getFileName().toString()),
					files.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
		}
	}
}
