/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command writes and against which directory it resolves relative paths. */
public record CliContext(PrintStream out, PrintStream err, Path workingDir) {

	public Path resolve(String path) {
		return workingDir.resolve(path);
	}
}
