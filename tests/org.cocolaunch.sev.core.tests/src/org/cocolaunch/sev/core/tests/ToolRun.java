/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.cli.measure.SevMeasureTool;
import org.cocolaunch.testing.TestData;

/** One run of the measure tool with captured output. */
record ToolRun(int exitCode, String stdout, String stderr) {

	/** Runs with the working directory of "run from shared/testdata". */
	static ToolRun of(List<String> args) {
		return in(TestData.dir(), args);
	}

	static ToolRun of(String... args) {
		return of(List.of(args));
	}

	static ToolRun in(Path workingDir, List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int rc;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			rc = SevMeasureTool.run(args, workingDir, o, e);
		}
		return new ToolRun(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
