/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;
import org.cocolaunch.trace.ImportInputs;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;

/** The real public logs kept in this bundle's {@code data/} folder, and small helpers to import logs in tests. */
final class TraceLogs {

	/** AMDESE/AMDSEV#195: SNP launch failing with fw_error=11 'Bad measurement'. */
	static final String AMDSEV_195 = "amdsev-195-bad-measurement.log";
	/** amd/sev-utils#17: a complete SNP launch traced by upstream QEMU. */
	static final String SEV_UTILS_17 = "sev-utils-17-snp-launch.log";
	/**
	 * qemu-devel, 2022-01-17, Message-ID {@code <59d81ace-8a66-4ab4-2768-a68d302e62d8@linux.ibm.com>}: a legacy SEV
	 * launch with the firmware loaded by {@code -bios}, which hangs after LAUNCH_FINISH.
	 */
	static final String QEMU_DEVEL_SEV_BIOS = "qemu-devel-2022-01-17-sev-bios.log";
	/** The same message's second run: the same guest with the firmware as read-only pflash, which boots. */
	static final String QEMU_DEVEL_SEV_PFLASH = "qemu-devel-2022-01-17-sev-pflash.log";

	private TraceLogs() {
	}

	/** The data folder: beside the test bundle's working directory (Tycho) or found from the checkout root. */
	static Path data(String name) {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve("data"), dir.resolve("tests/org.cocolaunch.trace.tests/data"))) {
				if (Files.isRegularFile(candidate.resolve(name))) {
					return candidate.resolve(name);
				}
			}
		}
		throw new AssertionError("test log " + name + " not found from " + start);
	}

	static ImportResult importData(String name) throws TraceImportException {
		return QemuTraceImporter.importLog(data(name), ImportInputs.none());
	}

	/** Imports log text given inline (lines separated by \n). */
	static ImportResult importText(String text) throws TraceImportException {
		return QemuTraceImporter.importLines("inline.log", text.lines().toList(), ImportInputs.none());
	}

	/** The steps that come from log lines (without the implied KVM_CREATE_VM at index 0). */
	static List<Step> logged(LaunchPlan plan) {
		return plan.getSteps().subList(1, plan.getSteps().size());
	}

	static String parameter(Step step, String name) {
		if (step.getParameters() instanceof GenericParameters g) {
			for (Parameter p : g.getEntries()) {
				if (p.getName().equals(name)) {
					return p.getValue();
				}
			}
		}
		return null;
	}
}
