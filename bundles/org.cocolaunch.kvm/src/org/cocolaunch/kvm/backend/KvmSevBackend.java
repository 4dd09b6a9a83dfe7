/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.host.KvmDevice;
import org.cocolaunch.kvm.host.KvmVcpu;
import org.cocolaunch.kvm.host.MemorySlot;
import org.cocolaunch.kvm.host.VmTypes;
import org.cocolaunch.kvm.launch.BlobResult;
import org.cocolaunch.kvm.launch.CommandResult;
import org.cocolaunch.kvm.launch.SevLaunch;
import org.cocolaunch.kvm.launch.VmsaRegisters;
import org.cocolaunch.kvm.sys.NativeSystem;
import org.cocolaunch.kvm.sys.SysCallException;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.sev.core.sim.LaunchRegisters;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * Runs an SEV, SEV-ES or SEV-SNP plan on real KVM (domain reference §1.8 A–C) through a {@link SevStepMarshaller}
 * that reads the SEV model's parameters. Memory: one slot per {@link SlotLayout} range, with guest_memfd and the
 * PRIVATE attribute for SNP, registered with KVM_MEMORY_ENCRYPT_REG_REGION after init for SEV and SEV-ES. vCPUs are
 * created after LAUNCH_START. Before LAUNCH_UPDATE_VMSA (SEV-ES) and SNP_LAUNCH_FINISH (SNP), which make KVM build
 * each vCPU's VMSA from its registers, the step's VMSA pages are loaded into the vCPUs ({@link VmsaRegisters}). After
 * a failed step, and on close, everything is released in reverse order.
 * <p>
 * Read back: after LAUNCH_MEASURE the blob (register LAUNCH_MEASURE, {@link #measurement()}) and, where the firmware
 * has the ATTESTATION command, the SEV attestation report (register ATTESTATION_REPORT, {@link #attestationReport()}).
 * The launch digest itself and SNP's MEASUREMENT stay unknown: SNP has no host-side report command (the guest asks
 * the firmware with SNP_GUEST_REQUEST), and the step result says so.
 */
public final class KvmSevBackend extends KvmBackendBase {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private final SevStepMarshaller marshaller;
	private final NativeSystem sys;
	private final String kvmPath;
	private final String sevPath;
	/** Register name of the SEV attestation report read back after LAUNCH_MEASURE. */
	public static final String ATTESTATION_REPORT = "ATTESTATION_REPORT";
	/** Why the host reads no SNP report (said in the SNP_LAUNCH_FINISH result). */
	static final String NO_SNP_HOST_REPORT = "the host cannot read an SNP attestation report or MEASUREMENT: only the guest"
			+ " can ask the firmware for one (SNP_GUEST_REQUEST)";

	private final List<KvmVcpu> vcpus = new ArrayList<>();
	private final SecureRandom random = new SecureRandom();
	private SevLaunch sev;
	private KvmGuestMemory memory;
	/** SEV_FEATURES KVM writes into every VMSA: the VM's vmsa_features (0 for legacy init), SNPActive on SNP. */
	private long vmsaFeatures;
	private byte[] measurement;
	private byte[] attestationReport;

	public KvmSevBackend(LaunchPlan plan, PlanInputs inputs, SevStepMarshaller marshaller, NativeSystem sys, String kvmPath,
			String sevPath) {
		super(plan, inputs);
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

	/** The SEV attestation report read after LAUNCH_MEASURE, or null (SNP, not yet measured, or refused). */
	public byte[] attestationReport() {
		return attestationReport == null ? null : attestationReport.clone();
	}

	@Override
	protected void forgetLaunch() {
		vcpus.clear();
		sev = null;
		memory = null;
		vmsaFeatures = 0;
		measurement = null;
		attestationReport = null;
	}

	@Override
	protected StepResult issue(Step step) throws BackendException {
		SevOperation op = marshaller.marshal(step, inputs);
		try {
			return perform(step.getCommand(), op);
		} catch (SysCallException e) {
			return StepResults.of(step.getCommand(), e);
		}
	}

	private StepResult perform(String command, SevOperation op) throws SysCallException, BackendException {
		if (op instanceof SevOperation.CreateVm create) {
			return createVm(command, create.vmType());
		}
		if (vm == null) {
			return StepResults.refused(command, "no VM (the create step has not run or failed)");
		}
		return switch (op) {
		case SevOperation.LegacyInit init -> afterInit(command, init.es() ? sev.esInit() : sev.init(), 0);
		case SevOperation.Init2 init -> afterInit(command, sev.init2(init.vmsaFeatures(), init.ghcbVersion()), init.vmsaFeatures());
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
		case SevOperation.LaunchUpdateVmsa v -> {
			String loaded = loadVmsas(v.vmsas());
			yield withNote(StepResults.of(command, sev.launchUpdateVmsa()), loaded);
		}
		case SevOperation.LaunchMeasure m -> measure(command);
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
			String loaded = loadVmsas(finish.vmsas());
			try (Buffer idBlock = new Buffer(finish.idBlock()); Buffer idAuth = new Buffer(finish.idAuth())) {
				StepResult result = withNote(StepResults.of(command, sev.snpLaunchFinish(idBlock.address(), idAuth.address(),
						finish.authKey(), finish.vcekDisabled(), finish.hostData())), loaded);
				yield StepResults.failed(result) ? result : withNote(result, NO_SNP_HOST_REPORT);
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

	/**
	 * LAUNCH_MEASURE, then — as the guest is now in LSECRET — KVM_SEV_GET_ATTESTATION_REPORT with a fresh MNONCE. A
	 * refused report (old firmware or kernel) does not fail the step: the result says why there is none.
	 */
	private StepResult measure(String command) {
		BlobResult r = sev.launchMeasure();
		measurement = r.blob();
		StepResult result = StepResults.of(command, r.result());
		if (r.blob() == null) {
			return result;
		}
		HexFormat hex = HexFormat.of();
		result.setMessage(result.getMessage() + ", measurement " + hex.formatHex(r.blob()));
		byte[] mnonce = new byte[16];
		random.nextBytes(mnonce);
		BlobResult report = sev.attestationReport(mnonce);
		attestationReport = report.blob();
		if (report.blob() != null) {
			return withNote(result, "attestation report (" + report.blob().length + " bytes, MNONCE " + hex.formatHex(mnonce)
					+ ") read back with KVM_SEV_GET_ATTESTATION_REPORT");
		}
		return withNote(result, "no attestation report: " + report.result().message());
	}

	/**
	 * Loads the step's VMSA pages into the vCPUs (vCPU i gets page i) before KVM builds the VMSAs from them.
	 *
	 * @return a note for the step result
	 * @throws BackendException when the pages do not fit the vCPUs or set fields KVM cannot take from userspace
	 */
	private String loadVmsas(List<byte[]> vmsas) throws SysCallException, BackendException {
		if (vmsas.isEmpty()) {
			return "no VMSA pages in the step: KVM encrypts the vCPUs' reset state";
		}
		if (vmsas.size() != vcpus.size()) {
			throw new BackendException("the step has " + vmsas.size() + " VMSA pages but " + vcpus.size() + " vCPUs were created");
		}
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < vmsas.size(); i++) {
			VmsaRegisters registers;
			try {
				registers = new VmsaRegisters(vmsas.get(i));
			} catch (IllegalArgumentException e) {
				throw new BackendException("vCPU " + i + ": " + e.getMessage());
			}
			registers.loadInto(vcpus.get(i));
			if (registers.sevFeatures() != vmsaFeatures) {
				notes.add(String.format("vCPU %d's VMSA has SEV_FEATURES 0x%x but KVM writes the VM's 0x%x", i,
						registers.sevFeatures(), vmsaFeatures));
			}
		}
		notes.add(0, "registers of " + vmsas.size() + " vCPU(s) loaded from the plan's VMSAs"
				+ (vm.type() == KvmConstants.KVM_X86_DEFAULT_VM ? " (legacy VM type: KVM leaves the x87/SSE area zero)" : ""));
		return String.join("; ", notes);
	}

	private static StepResult withNote(StepResult result, String note) {
		result.setMessage(result.getMessage() + "; " + note);
		return result;
	}

	/** SEV and SEV-ES pin their memory once the VM is an SEV guest (QEMU registers its RAM blocks then). */
	private StepResult afterInit(String command, CommandResult r, long features) throws SysCallException {
		if (r.succeeded()) {
			vmsaFeatures = vm.type() == KvmConstants.KVM_X86_SNP_VM ? features | 1 : features;
		}
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
				vcpus.add(vm.createVcpu(i));
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

	/**
	 * SEV/SEV-ES: LAUNCH_DIGEST (unknown: the host cannot read it), LAUNCH_MEASURE once read, and ATTESTATION_REPORT
	 * once read; SNP: MEASUREMENT, unknown to the host.
	 */
	@Override
	public List<MeasurementRegister> registers() {
		List<MeasurementRegister> list = new ArrayList<>();
		if (plan.getVmType() != null && plan.getVmType().getValue() == KvmConstants.KVM_X86_SNP_VM) {
			list.add(register(LaunchRegisters.MEASUREMENT, 384, null));
			return list;
		}
		list.add(register(LaunchRegisters.LAUNCH_DIGEST, 256, null));
		list.add(register(LaunchRegisters.LAUNCH_MEASURE, 384, measurement));
		if (attestationReport != null) {
			list.add(register(ATTESTATION_REPORT, attestationReport.length * 8, attestationReport));
		}
		return list;
	}

	private static MeasurementRegister register(String name, int bits, byte[] value) {
		MeasurementRegister r = F.createMeasurementRegister();
		r.setName(name);
		r.setWidthBits(bits);
		r.setValue(value == null ? null : value.clone());
		return r;
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> list = new ArrayList<>();
		for (KvmVcpu vcpu : vcpus) {
			int i = vcpu.id();
			VcpuState v = F.createVcpuState();
			v.setIndex(i);
			v.setApicId(i);
			v.setDescription("vCPU " + i + " (KVM; its VMSA is encrypted)");
			list.add(v);
		}
		return list;
	}
}
