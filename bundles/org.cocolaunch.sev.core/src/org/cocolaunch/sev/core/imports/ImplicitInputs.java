/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.imports;

import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;

/**
 * Inputs a plan needs for a parameter the imported log did not carry whole (a line cut inside the ID block): the
 * plan declares the role without a file, and the user supplies it with {@code --input ROLE=FILE} (or edits the
 * step). The simulator and the KVM backend read them where the step lacks the struct.
 */
public final class ImplicitInputs {

	/** The 96-byte ID block of SNP_LAUNCH_FINISH, raw or base64 (QEMU's {@code id-block=}). */
	public static final String ID_BLOCK = "id-block";
	/** The 4096-byte ID authentication structure of SNP_LAUNCH_FINISH, raw or base64 (QEMU's {@code id-auth=}). */
	public static final String ID_AUTH = "id-auth";

	private ImplicitInputs() {
	}

	/** Declares {@code role} (once) without a file. */
	public static void declare(LaunchPlan plan, String role) {
		if (plan == null || plan.getInputs().stream().anyMatch(i -> role.equals(i.getRole()))) {
			return;
		}
		LaunchInput input = ModelFactory.eINSTANCE.createLaunchInput();
		input.setRole(role);
		plan.getInputs().add(input);
	}
}
