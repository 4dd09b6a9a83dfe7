/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;

/**
 * A tiny backend for session and debugger tests: one register that becomes SHA-256(old || command) for each command starting
 * with {@code MEASURE}, and a failure (firmware error 7) for a command named {@code FAIL}.
 */
public class ChainBackend implements Backend {

	private record Saved(byte[] digest) implements BackendSnapshot {
	}

	private byte[] digest = new byte[32];
	/** Set by {@link #close()}; tests check that terminating releases the backend. */
	public boolean closed;
	public int executed;

	@Override
	public String kind() {
		return "test";
	}

	@Override
	public StepResult execute(Step step) {
		executed++;
		StepResult result = ModelFactory.eINSTANCE.createStepResult();
		if ("FAIL".equals(step.getCommand())) {
			result.setStatus(StepStatus.FAILED);
			result.setErrno(5);
			result.setFirmwareError(7);
			result.setFirmwareErrorName("INVALID_GUEST_STATE");
			return result;
		}
		if (step.getCommand().startsWith("MEASURE")) {
			digest = extend(digest, step.getCommand());
		}
		result.setStatus(StepStatus.SUCCESS);
		return result;
	}

	public static byte[] extend(byte[] old, String command) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(old);
			sha.update(command.getBytes(StandardCharsets.US_ASCII));
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every step splits into pages with the same effect: the chain only looks at commands. */
	@Override
	public List<Step> pageSteps(Step step) {
		return PlanEdits.pageSteps(step);
	}

	@Override
	public List<MeasurementRegister> registers() {
		MeasurementRegister r = ModelFactory.eINSTANCE.createMeasurementRegister();
		r.setName("DIGEST");
		r.setWidthBits(256);
		r.setValue(digest.clone());
		return List.of(r);
	}

	@Override
	public List<VcpuState> vcpus() {
		return List.of();
	}

	@Override
	public boolean supportsSnapshots() {
		return true;
	}

	@Override
	public BackendSnapshot snapshot() {
		return new Saved(digest.clone());
	}

	@Override
	public void restore(BackendSnapshot snapshot) {
		digest = ((Saved) snapshot).digest().clone();
	}

	@Override
	public void close() {
		closed = true;
	}
}
