/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.util.List;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmBackends;
import org.cocolaunch.kvm.backend.SevModelMarshaller;
import org.cocolaunch.kvm.backend.SevOperation;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the SEV model's marshaller does beyond the example plans: LAUNCH_SECRET (no example has one) through the JNA
 * path, and the steps it refuses rather than hand the kernel something it would reject or misread.
 */
class SevModelMarshallerTest {

	private static final long SECRET_GPA = 0x800000;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	@Test
	void launchSecretInjectsIntoTheGuestPage() throws Exception {
		LaunchPlan plan = SevExamples.sev();
		SevLaunchSecret params = SevFactory.eINSTANCE.createSevLaunchSecret();
		byte[] header = new byte[52]; // SEV API packet header: FLAGS u32, IV[16], MAC[32]
		header[0] = 1;
		byte[] secret = new byte[64];
		for (int i = 0; i < secret.length; i++) {
			secret[i] = (byte) (0x30 + i);
		}
		params.setHeader(header);
		params.setTransport(secret);
		params.setGuestGpa(SECRET_GPA);
		Step step = ModelFactory.eINSTANCE.createStep();
		step.setName("launch-secret");
		step.setCommand("KVM_SEV_LAUNCH_SECRET");
		step.setParameters(params);
		PageRange page = ModelFactory.eINSTANCE.createPageRange();
		page.setGpa(SECRET_GPA);
		page.setLength(4096);
		page.setKind(PageKind.SECRETS);
		step.getPages().add(page);
		plan.getSteps().add(plan.getSteps().size() - 1, step);

		try (Session session = new Session(plan, KvmBackends.create(plan, SevExamples.inputs(plan)))) {
			for (StepResult r : session.runToEnd(null)) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getCommand() + ": " + r.getMessage());
			}
		}
		List<FakeKernel.Call> log = FakeKernel.log();
		FakeKernel.Call c = FakeKernel.ioctls("KVM_SEV_LAUNCH_SECRET").get(0);
		// struct kvm_sev_cmd, id 5 (KVM_SEV_LAUNCH_SECRET)
		assertEquals(5, Le.u32(c.bytes("arg"), 0));
		// struct kvm_sev_launch_secret { __u64 hdr_uaddr @0; __u32 hdr_len @8; __u32 pad0 @12; __u64 guest_uaddr @16;
		// __u32 guest_len @24; __u32 pad1 @28; __u64 trans_uaddr @32; __u32 trans_len @40; __u32 pad2 @44; } — 48 bytes
		byte[] data = c.bytes("data");
		assertNotEquals(0, Le.u64(data, 0));
		assertNotEquals(0, Le.u64(data, 32));
		assertArrayEquals(Le.of(48).u32(8, header.length).u64(16, new GuestSlots(log).host(SECRET_GPA)).u32(24, secret.length)
				.u32(40, secret.length).get(), Le.withoutPointer(Le.withoutPointer(data, 0), 32));
		ReleaseOrder.assertReleasedInReverse(log);
	}

	@Test
	void refusesWhatTheKernelWouldRejectOrMisread() throws Exception {
		LaunchPlan plan = SevExamples.file("snp-qemu.cclaunch");
		PlanInputs inputs = SevExamples.inputs(plan);
		SevModelMarshaller m = new SevModelMarshaller();
		Step start = step(plan, "KVM_SEV_SNP_LAUNCH_START");
		((SnpLaunchStart) start.getParameters()).setFlags(1);
		assertTrue(message(m, start, inputs).contains("flags must be 0"));

		Step update = step(plan, "KVM_SEV_SNP_LAUNCH_UPDATE");
		((SnpLaunchUpdate) update.getParameters()).setType(SnpPageType.VMSA);
		assertTrue(message(m, update, inputs).contains("cannot load page type VMSA"));
		((SnpLaunchUpdate) update.getParameters()).setType(SnpPageType.NORMAL);
		((SnpLaunchUpdate) update.getParameters()).setGfnStart(0x10);
		assertTrue(message(m, update, inputs).contains("gfn_start 0x10 but the pages start at 0xffc00000"));

		Step finish = step(plan, "KVM_SEV_SNP_LAUNCH_FINISH");
		((SnpLaunchFinish) finish.getParameters()).setIdBlockEn(true);
		assertTrue(message(m, finish, inputs).contains("the ID block or its authentication is missing"));
		((SnpLaunchFinish) finish.getParameters()).setIdBlockEn(false);
		SevOperation.SnpLaunchFinish ok = (SevOperation.SnpLaunchFinish) m.marshal(finish, inputs);
		assertEquals(null, ok.idBlock());
		finish.getPages().get(0).getContent().setData(new byte[100]);
		finish.getPages().get(0).getContent().setLength(100);
		assertTrue(message(m, finish, inputs).contains("a VMSA page must hold 4096 bytes"));

		Step create = step(plan, "KVM_CREATE_VM");
		assertEquals(new SevOperation.CreateVm(4), m.marshal(create, inputs));
		Step generic = ModelFactory.eINSTANCE.createStep();
		generic.setName("x");
		generic.setCommand("KVM_SEV_LAUNCH_FINISH");
		generic.setParameters(ModelFactory.eINSTANCE.createGenericParameters());
		assertTrue(message(m, generic, inputs).contains("with GenericParameters is not an SEV launch step"));
	}

	private static Step step(LaunchPlan plan, String command) {
		return plan.getSteps().stream().filter(s -> command.equals(s.getCommand())).findFirst().orElseThrow();
	}

	private static String message(SevModelMarshaller m, Step step, PlanInputs inputs) {
		return assertThrows(BackendException.class, () -> m.marshal(step, inputs)).getMessage();
	}
}
