/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared/testdata} beside the project checkout. Tests that need real data fail (never skip)
 * when it cannot be found, as the shared testdata README asks.
 */
public final class TestData {

	/** System property that overrides the search, set by the parent pom for Tycho surefire runs. */
	public static final String PROPERTY = "cocolaunch.testdata";

	private TestData() {
	}

	/** The testdata folder; throws an {@link AssertionError} naming where it looked when it is missing. */
	public static Path dir() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path p = Path.of(configured).toAbsolutePath().normalize();
			if (Files.isDirectory(p)) {
				return p;
			}
			throw new AssertionError("-D" + PROPERTY + "=" + configured + " is not a directory");
		}
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolveSibling("shared").resolve("testdata");
			if (Files.isDirectory(candidate.resolve("firmware"))) {
				return candidate.normalize();
			}
		}
		throw new AssertionError("shared/testdata not found beside any parent of " + start + "; set -D" + PROPERTY);
	}

	/** Column {@code column} (0-based) of the row whose first column is {@code id} in a TSV case file. */
	public static String caseField(String caseFile, String id, int column) {
		try {
			for (String line : Files.readAllLines(file(caseFile))) {
				String[] cells = line.split("\t", -1);
				if (cells[0].equals(id)) {
					return cells[column];
				}
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read " + caseFile + ": " + e.getMessage(), e);
		}
		throw new AssertionError("no row " + id + " in " + caseFile);
	}

	/** A file inside the testdata folder, which must exist. */
	public static Path file(String relative) {
		Path p = dir().resolve(relative);
		if (!Files.isRegularFile(p)) {
			throw new AssertionError("missing test data file " + p);
		}
		return p;
	}
}
