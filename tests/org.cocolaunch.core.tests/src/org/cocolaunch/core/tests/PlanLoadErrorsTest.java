/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad plan files give one-line errors that name the file and say what was expected. */
class PlanLoadErrorsTest {

	@TempDir
	Path dir;

	@Test
	void missingFile() {
		Path file = dir.resolve("absent.cclaunch");
		assertOneLine(file, assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(file)), "no such file");
	}

	@Test
	void notXml() throws Exception {
		Path file = dir.resolve("garbage.cclaunch");
		Files.write(file, new byte[] { 0x7f, 'E', 'L', 'F', 0, 1, 2 });
		assertOneLine(file, assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(file)), "not a launch plan");
	}

	@Test
	void truncatedXml() throws Exception {
		Path file = dir.resolve("cut.cclaunch");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<cclaunch:LaunchPlan xmlns:cclaunch=\"http://org.cocolaunch/model/1.0\"",
				StandardCharsets.UTF_8);
		assertOneLine(file, assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(file)), "not a launch plan");
	}

	@Test
	void traceIsNotAPlan() throws Exception {
		Path file = dir.resolve("trace.cclaunch");
		LaunchTrace trace = ModelFactory.eINSTANCE.createLaunchTrace();
		ModelFiles.save(trace, file);
		assertOneLine(file, assertThrows(ModelFileException.class, () -> ModelFiles.loadPlan(file)),
				"root element is LaunchTrace");
	}

	private static void assertOneLine(Path file, ModelFileException e, String expectedPart) {
		String message = e.getMessage();
		assertTrue(message.startsWith(file.toString()), message);
		assertTrue(message.contains(expectedPart), message);
		assertFalse(message.contains("\n"), message);
	}
}
