/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.examples;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.sim.IdBlockSigner;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;

/**
 * Generates {@code snp-qemu-idblock.cclaunch}: the SNP example with an ID block whose LD is the launch's own
 * measurement, signed with a fresh P-384 ID key. Stepping it succeeds; editing LD before SNP_LAUNCH_FINISH reproduces
 * BAD_MEASUREMENT. The signature differs at every run (ECDSA), so this file is not compared byte for byte.
 */
public final class IdBlockExample {

	public static final String FILE = "snp-qemu-idblock.cclaunch";

	private IdBlockExample() {
	}

	public static LaunchPlan build() throws Exception {
		ExamplePlans.Example base = ExamplePlans.all().get(0);
		LaunchPlan plan = ExamplePlans.build(base);
		plan.setName("SNP launch with ID block, QEMU, OVMF.amdsev, 1 vCPU");
		plan.setDescription(plan.getDescription() + "; SNP_LAUNCH_FINISH carries a signed ID block");
		byte[] measurement = measure(plan, base.request().firmware().getParent());
		SnpIdBlock block = SevFactory.eINSTANCE.createSnpIdBlock();
		block.setLd(measurement);
		block.setFamilyId(new byte[16]);
		block.setImageId(new byte[16]);
		block.setVersion(1);
		block.setGuestSvn(0);
		block.setPolicy(base.request().effectivePolicy());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp384r1"));
		KeyPair idKey = generator.generateKeyPair();
		SnpLaunchFinish finish = finishParameters(plan);
		finish.setIdBlockEn(true);
		finish.setIdBlock(block);
		finish.setIdAuth(IdBlockSigner.sign(block, idKey, null));
		return plan;
	}

	public static SnpLaunchFinish finishParameters(LaunchPlan plan) {
		Step last = plan.getSteps().get(plan.getSteps().size() - 1);
		return (SnpLaunchFinish) last.getParameters();
	}

	/** The MEASUREMENT the simulator computes for the plan (the value the ID block vouches for). */
	static byte[] measure(LaunchPlan plan, Path inputsDir) throws Exception {
		SevVendorEngine engine = new SevVendorEngine();
		try (Session session = new Session(plan, engine.createSimulator(plan, new PlanInputs(plan, inputsDir, Map.of())))) {
			session.runToEnd(null);
			if (session.hasFailed() || !session.isFinished()) {
				throw new IllegalStateException("the base plan does not run to the end");
			}
			return session.registers().stream().filter(r -> r.getName().equals("MEASUREMENT")).findFirst().orElseThrow()
					.getValue().clone();
		}
	}

	public static void main(String[] args) throws Exception {
		SevPackage.eINSTANCE.getNsURI();
		Path dir = args.length > 0 ? Path.of(args[0]) : ExamplePlans.examplesDir();
		ModelFiles.save(build(), dir.resolve(FILE));
		ExamplePlans.addHeader(dir.resolve(FILE), "the SNP example with a signed ID block (LD = its own measurement)",
				"IdBlockExample", "snp-01");
		System.out.println("wrote " + dir.resolve(FILE));
	}
}
