/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace.tests;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.cocolaunch.core.imports.ImpliedCreateVm;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.cocolaunch.testing.PublicLogs;
import org.cocolaunch.trace.ImportResult;
import org.cocolaunch.trace.QemuTraceImporter;
import org.cocolaunch.trace.TraceImportException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

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

	/** The log's file (the logs are shared with the CLI flow tests through {@link PublicLogs}). */
	static Path data(String name) {
		return PublicLogs.file(name);
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

	/**
	 * A field of the step's typed parameter struct, by the name the log gives it, as the log would print it: numbers
	 * in hex ({@code policy}, {@code len}), an SNP page type by name ({@code type}); for KVM_CREATE_VM the VM type
	 * and its kernel name. Null when the struct has no such field.
	 */
	static String parameter(Step step, String name) {
		EObject p = step.getParameters();
		if (p instanceof KvmCreateVm create) {
			return name.equals("type") ? create.getVmType() + " (" + ImpliedCreateVm.typeName(VmType.get(create.getVmType()))
					+ ")" : null;
		}
		EStructuralFeature f = p == null ? null : p.eClass().getEStructuralFeature(name);
		if (f == null || !p.eIsSet(f) && !(f.getEType().getInstanceClass() == long.class
				|| f.getEType().getInstanceClass() == int.class)) {
			return null;
		}
		Object v = p.eGet(f);
		return v instanceof Number n ? "0x" + Long.toHexString(n.longValue()) : String.valueOf(v);
	}

	/** A register value the log recorded for the step (its expected outcome), base64 as QEMU printed it. */
	static String recorded(Step step, String register) {
		if (step.getExpectedOutcome() == null) {
			return null;
		}
		return step.getExpectedOutcome().getRegisters().stream().filter(r -> r.getName().equals(register))
				.map(r -> Base64.getEncoder().encodeToString(r.getValue())).findFirst().orElse(null);
	}

}
