/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.model.LaunchPlan;

/**
 * The shipped plain-VM example (kvm-default-ovmf.cclaunch) and tiny firmware images assembled here: real-mode code
 * placed at the reset vector (the image's offset size - 16, i.e. guest 0xfffffff0 once the image ends at 4 GiB).
 */
final class PlainPlans {

	/** mov al,0x42 ; out 0x10,al — the guest of issue #17, hand-assembled (B0 ib = mov al,imm8; E6 ib = out imm8,al). */
	static final byte[] OUT_42_TO_PORT_10 = { (byte) 0xB0, 0x42, (byte) 0xE6, 0x10 };
	/** hlt (F4). */
	static final byte[] HLT = { (byte) 0xF4 };
	/** ud2 (0F 0B): raises #UD, which neither the fake nor a real guest without an IDT handles. */
	static final byte[] UD2 = { 0x0F, 0x0B };

	private PlainPlans() {
	}

	static Path examplePath() throws Exception {
		return SevExamples.path("kvm-default-ovmf.cclaunch");
	}

	static LaunchPlan example() throws Exception {
		return ModelFiles.loadPlan(examplePath());
	}

	/** A {@code size}-byte firmware image whose reset vector holds {@code code} (the rest 0xFF, as erased flash). */
	static Path firmware(Path dir, int size, byte[]... code) throws IOException {
		byte[] image = new byte[size];
		Arrays.fill(image, (byte) 0xFF);
		int at = size - 16;
		for (byte[] c : code) {
			System.arraycopy(c, 0, image, at, c.length);
			at += c.length;
		}
		Path file = dir.resolve("tiny.fd");
		Files.write(file, image);
		return file;
	}

	static PlanInputs inputs(LaunchPlan plan, Path firmware) throws Exception {
		return new PlanInputs(plan, examplePath().getParent(), Map.of("firmware", firmware));
	}
}
