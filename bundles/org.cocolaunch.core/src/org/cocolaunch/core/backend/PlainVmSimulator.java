/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.KvmCreateVcpu;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.KvmInitVm;
import org.cocolaunch.model.KvmRun;
import org.cocolaunch.model.KvmSetMemoryRegion;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;

/**
 * The {@code sim} backend for a plain KVM VM (vendor NONE): checks each setup step as KVM would (VM type, irqchip
 * before PIT, page-aligned non-overlapping memory slots, no read-only guest_memfd slot, no guest_memfd on the default
 * VM type, unique vCPU ids) and answers with the errno KVM gives. It does not execute guest code: a run step is
 * SKIPPED with that said, so only {@code --backend kvm} reaches the guest's exits.
 */
public final class PlainVmSimulator implements Backend {

	/** What the run step's result says. */
	public static final String NO_GUEST_CODE = "the simulator does not execute guest code; run the plan with the kvm"
			+ " backend to reach the guest's exits";
	private static final long PAGE = 4096;
	private static final long FOUR_GIB = 1L << 32;

	private record Slot(int id, long gpa, long size) {
	}

	private record State(int vmType, boolean created, boolean irqchip, boolean pit, List<Slot> slots, List<Integer> vcpus) {
		State copy() {
			return new State(vmType, created, irqchip, pit, new ArrayList<>(slots), new ArrayList<>(vcpus));
		}
	}

	private record Snapshot(State state) implements BackendSnapshot {
	}

	private final PlanInputs inputs;
	private State state = new State(-1, false, false, false, new ArrayList<>(), new ArrayList<>());

	public PlainVmSimulator(LaunchPlan plan, PlanInputs inputs) {
		this.inputs = inputs;
	}

	@Override
	public String kind() {
		return "sim";
	}

	@Override
	public PlanInputs inputs() {
		return inputs;
	}

	@Override
	public StepResult execute(Step step) throws BackendException {
		String command = step.getCommand();
		Object p = step.getParameters();
		if (p instanceof KvmCreateVm create) {
			if (state.created()) {
				return failed(command, Errno.EEXIST, "the VM was already created");
			}
			if (create.getVmType() != 0 && create.getVmType() != 1) {
				return failed(command, Errno.EINVAL, "VM type " + create.getVmType() + " is not a plain VM (0 default, 1 SW_PROTECTED)");
			}
			state = new State(create.getVmType(), true, false, false, new ArrayList<>(), new ArrayList<>());
			return ok(command + ": simulated VM of type " + create.getVmType() + " (no kernel involved)");
		}
		if (!state.created()) {
			return failed(command, Errno.EBADF, "no VM (the create step has not run)");
		}
		return switch (p) {
		case KvmInitVm init -> initVm(command, init);
		case KvmSetMemoryRegion region -> region(command, region, step.getPages());
		case KvmCreateVcpu vcpu -> {
			if (state.vcpus().contains(vcpu.getVcpuId())) {
				yield failed(command, Errno.EEXIST, "vCPU " + vcpu.getVcpuId() + " exists");
			}
			state.vcpus().add(vcpu.getVcpuId());
			yield ok(command + ": vCPU " + vcpu.getVcpuId() + " with the x86 reset state (CS 0xf000 base 0xffff0000, RIP 0xfff0)");
		}
		case KvmRun run -> {
			StepResult r = ModelFactory.eINSTANCE.createStepResult();
			r.setStatus(StepStatus.SKIPPED);
			r.setMessage(command + ": " + NO_GUEST_CODE);
			yield r;
		}
		case null, default -> throw new BackendException("step " + command + " has no parameters a plain KVM VM takes"
				+ " (KvmInitVm, KvmSetMemoryRegion, KvmCreateVcpu, KvmRun)");
		};
	}

	private StepResult initVm(String command, KvmInitVm init) {
		if (init.getIdentityMapAddr() >= 0 && init.getIdentityMapAddr() % PAGE != 0) {
			return failed(command, Errno.EINVAL, String.format("identity map address 0x%x is not page-aligned",
					init.getIdentityMapAddr()));
		}
		if (init.isIrqchip()) {
			if (state.irqchip()) {
				return failed(command, Errno.EEXIST, "KVM_CREATE_IRQCHIP: the VM already has an irqchip");
			}
			state = new State(state.vmType(), true, true, state.pit(), state.slots(), state.vcpus());
		}
		if (init.isPit()) {
			if (!state.irqchip()) {
				return failed(command, Errno.ENOENT, "KVM_CREATE_PIT2 needs the in-kernel irqchip");
			}
			state = new State(state.vmType(), true, true, true, state.slots(), state.vcpus());
		}
		return ok(command + ": simulated (identity map, TSS, irqchip, PIT, supported CPUID as the plan asks)");
	}

	private StepResult region(String command, KvmSetMemoryRegion region, List<PageRange> pages) throws BackendException {
		long content = 0;
		for (PageRange page : pages) {
			ContentSource source = page.getContent();
			if (source == null || source.getKind() == ContentSourceKind.NONE) {
				content += page.getLength();
			} else if (source.getKind() == ContentSourceKind.INLINE) {
				content += source.getData() == null ? 0 : source.getData().length;
			} else {
				content += source.getLength() != 0 ? source.getLength() : inputs.size(source.getInput()) - source.getOffset();
			}
		}
		long size = region.getSize() != 0 ? region.getSize() : content;
		long gpa = region.isBelowFourGiB() ? FOUR_GIB - size : region.getGpa();
		if (size <= 0 || size % PAGE != 0 || gpa % PAGE != 0) {
			return failed(command, Errno.EINVAL, String.format("slot %d: 0x%x+0x%x is not page-aligned", region.getSlot(), gpa, size));
		}
		if (region.isGuestMemfd() && (region.isReadOnly() || state.vmType() == 0)) {
			return failed(command, Errno.EINVAL, region.isReadOnly() ? "a guest_memfd slot cannot be read-only"
					: "the default VM type has no guest_memfd");
		}
		for (Slot s : state.slots()) {
			if (s.id() == region.getSlot() || (gpa < s.gpa() + s.size() && s.gpa() < gpa + size)) {
				return failed(command, Errno.EEXIST, String.format("slot %d (0x%x+0x%x) overlaps slot %d", region.getSlot(), gpa,
						size, s.id()));
			}
		}
		state.slots().add(new Slot(region.getSlot(), gpa, size));
		return ok(String.format("%s: simulated slot %d at 0x%x..0x%x (%d bytes of content)", command, region.getSlot(), gpa,
				gpa + size - 1, content));
	}

	private static StepResult ok(String message) {
		StepResult r = ModelFactory.eINSTANCE.createStepResult();
		r.setStatus(StepStatus.SUCCESS);
		r.setMessage(message);
		return r;
	}

	private static StepResult failed(String command, int errno, String why) {
		StepResult r = ModelFactory.eINSTANCE.createStepResult();
		r.setStatus(StepStatus.FAILED);
		r.setReturnValue(-1);
		r.setErrno(errno);
		r.setMessage(command + ": " + why);
		return r;
	}

	@Override
	public List<MeasurementRegister> registers() {
		return List.of();
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (int id : state.vcpus()) {
			VcpuState v = ModelFactory.eINSTANCE.createVcpuState();
			v.setIndex(id);
			v.setApicId(id);
			v.setDescription("vCPU " + id + " (simulated: reset state, never run)");
			list.add(v);
		}
		return list;
	}

	@Override
	public boolean supportsSnapshots() {
		return true;
	}

	@Override
	public BackendSnapshot snapshot() {
		return new Snapshot(state.copy());
	}

	@Override
	public void restore(BackendSnapshot snapshot) {
		if (!(snapshot instanceof Snapshot s)) {
			throw new IllegalArgumentException("not a snapshot of the plain-VM simulator: " + snapshot);
		}
		state = s.state().copy();
	}

	@Override
	public void close() {
		// nothing is held
	}
}
