/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.launch.MeasureResult;
import org.cocolaunch.kvm.launch.SevLaunch;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;

/**
 * Runs an SEV, SEV-ES or SEV-SNP plan on real KVM (domain reference §1.8 A–C) through a {@link SevStepMarshaller}
 * that reads the SEV model's parameters. Memory: one slot per {@link SlotLayout} range, with guest_memfd and the
 * PRIVATE attribute for SNP, registered with KVM_MEMORY_ENCRYPT_REG_REGION after init for SEV and SEV-ES. vCPUs are
 * created after LAUNCH_START. After a failed step, and on close, everything is released in reverse order. The
 * LAUNCH_MEASURE blob is kept ({@link #measurement()}); the host cannot read SNP's MEASUREMENT before a guest asks
 * for a report, so no registers are reported.
 */
public final class KvmSevBackend extends KvmBackendBase {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final LaunchPlan plan;
	private final PlanInputs inputs;
	private final SevStepMarshaller marshaller;
	private final NativeSystem sys;
	private final String kvmPath;
	private final String sevPath;
	private final List<Integer> vcpus = new ArrayList<>();
	private SevLaunch sev;
	private KvmGuestMemory memory;
	private byte[] measurement;

	public KvmSevBackend(LaunchPlan plan, PlanInputs inputs, SevStepMarshaller marshaller, NativeSystem sys, String kvmPath,
			String sevPath) {
		this.plan = plan;
		this.inputs = inputs;
		this.marshaller = marshaller;
		this.sys = sys;
		this.kvmPath = kvmPath;
		this.sevPath = sevPath;
	}

	public KvmSevBackend(LaunchPlan plan, PlanInputs inputs, SevStepMarshaller marshaller) {
		this(plan, inputs, marshaller, NativeSystem.get(), KvmDevice.DEFAULT_PATH, SevLaunch.SEV_DEVICE);
	}

	@Override
	protected String guestName() {
		return "an SEV guest";
	}

	/** The last LAUNCH_MEASURE blob (MEASURE ‖ MNONCE), or null. */
	public byte[] measurement() {
		return measurement == null ? null : measurement.clone();
	}

	@Override
	public StepResult execute(Step step) throws BackendException {
		checkOpen();
		SevOperation op = marshaller.marshal(step, inputs);
		StepResult result;
		try {
			result = perform(step.getCommand(), op);
		} catch (SysCallException e) {
			result = StepResults.of(step.getCommand(), e);
		}
		if (StepResults.failed(result)) {
			List<String> failures = stack.releaseAll();
			vm = null;
			if (!failures.isEmpty()) {
				result.setMessage(result.getMessage() + "; " + String.join("; ", failures));
			}
		}
		return result;
	}

	private StepResult perform(String command, SevOperation op) throws SysCallException, BackendException {
		if (op instanceof SevOperation.CreateVm create) {
			return createVm(command, create.vmType());
		}
		if (vm == null) {
			return StepResults.refused(command, "no VM (the create step has not run or failed)");
		}
		return switch (op) {
		case SevOperation.LegacyInit init -> afterInit(command, init.es() ? sev.esInit() : sev.init());
		case SevOperation.Init2 init -> afterInit(command, sev.init2(init.vmsaFeatures(), init.ghcbVersion()));
		case SevOperation.LaunchStart start -> {
			try (Buffer dh = new Buffer(start.dhCertificate()); Buffer session = new Buffer(start.session())) {
				yield afterStart(command, sev.launchStart(start.handle(), start.policy(), dh.address(), dh.length(),
						session.address(), session.length()));
			}
		}
		case SevOperation.LaunchUpdateData update -> {
			MemorySlot slot = slot(update.gpa(), update.content().length);
			slot.shared().write(update.gpa() - slot.gpa(), update.content());
			yield StepResults.of(command, sev.launchUpdateData(slot.hostAddress(update.gpa()), update.content().length));
		}
		case SevOperation.LaunchUpdateVmsa v -> StepResults.of(command, sev.launchUpdateVmsa());
		case SevOperation.LaunchMeasure m -> {
			MeasureResult r = sev.launchMeasure();
			measurement = r.blob();
			StepResult result = StepResults.of(command, r.result());
			if (r.blob() != null) {
				result.setMessage(result.getMessage() + ", measurement " + HexFormat.of().formatHex(r.blob()));
			}
			yield result;
		}
		case SevOperation.LaunchSecret secret -> {
			MemorySlot slot = slot(secret.gpa(), secret.secret().length);
			try (Buffer header = new Buffer(secret.header()); Buffer trans = new Buffer(secret.secret())) {
				yield StepResults.of(command, sev.launchSecret(header.address(), header.length(), slot.hostAddress(secret.gpa()),
						trans.length(), trans.address(), trans.length()));
			}
		}
		case SevOperation.LaunchFinish f -> StepResults.of(command, sev.launchFinish());
		case SevOperation.SnpLaunchStart start -> afterStart(command, sev.snpLaunchStart(start.policy(), start.gosvw()));
		case SevOperation.SnpLaunchUpdate update -> {
			MemorySlot slot = slot(update.gpa(), update.length());
			if (update.content() != null) {
				slot.shared().write(update.gpa() - slot.gpa(), update.content());
			}
			yield StepResults.of(command, sev.snpLaunchUpdate(update.gpa() >>> 12, slot.hostAddress(update.gpa()), update.length(),
					update.pageType()));
		}
		case SevOperation.SnpLaunchFinish finish -> {
			try (Buffer idBlock = new Buffer(finish.idBlock()); Buffer idAuth = new Buffer(finish.idAuth())) {
				yield StepResults.of(command, sev.snpLaunchFinish(idBlock.address(), idAuth.address(), finish.authKey(),
						finish.vcekDisabled(), finish.hostData()));
			}
		}
		case SevOperation.CreateVm create -> StepResults.refused(command, "the VM was already created");
		};
	}

	private StepResult createVm(String command, long type) throws SysCallException {
		String refusal = createVmOrRefusal(sys, kvmPath, type);
		if (refusal != null) {
			return StepResults.refused(command, refusal);
		}
		int sevFd = SevLaunch.openSevDevice(sys, stack, sevPath);
		sev = new SevLaunch(vm, sevFd);
		memory = KvmGuestMemory.create(sys, vm, SlotLayout.of(plan), type == KvmConstants.KVM_X86_SNP_VM);
		return StepResults.success(String.format("%s: VM fd %d (%s), %d memory slot(s)", command, vm.fd(), VmTypes.name(type),
				memory.slots().size()));
	}

	/** SEV and SEV-ES pin their memory once the VM is an SEV guest (QEMU registers its RAM blocks then). */
	private StepResult afterInit(String command, CommandResult r) throws SysCallException {
		if (r.succeeded() && vm.type() != KvmConstants.KVM_X86_SNP_VM) {
			for (MemorySlot slot : memory.slots()) {
				vm.registerEncryptedRegion(slot.shared().address(), slot.size());
			}
		}
		return StepResults.of(command, r);
	}

	private StepResult afterStart(String command, CommandResult r) throws SysCallException {
		if (r.succeeded()) {
			int count = Math.max(1, plan.getVcpus().size());
			for (int i = vcpus.size(); i < count; i++) {
				vm.createVcpu(i);
				vcpus.add(i);
			}
		}
		return StepResults.of(command, r);
	}

	private MemorySlot slot(long gpa, long length) throws BackendException {
		MemorySlot slot = memory.slotFor(gpa, length);
		if (slot == null) {
			throw new BackendException(String.format("0x%x+0x%x lies in no memory slot of the plan", gpa, length));
		}
		return slot;
	}

	/** A host buffer for a blob the kernel reads (certificates, session, ID block); address 0 for none. */
	private static final class Buffer implements AutoCloseable {
		private final Memory memory;
		private final int length;

		Buffer(byte[] data) {
			this.length = data == null ? 0 : data.length;
			this.memory = length == 0 ? null : new Memory(length);
			if (memory != null) {
				memory.write(0, data, 0, length);
			}
		}

		long address() {
			return memory == null ? 0 : Pointer.nativeValue(memory);
		}

		int length() {
			return length;
		}

		@Override
		public void close() {
			if (memory != null) {
				memory.close();
			}
		}
	}

	@Override
	public List<MeasurementRegister> registers() {
		return List.of();
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (int i : vcpus) {
			VcpuState v = F.createVcpuState();
			v.setIndex(i);
			v.setApicId(i);
			v.setDescription("vCPU " + i + " (KVM; its VMSA is encrypted)");
			list.add(v);
		}
		return list;
	}
}
