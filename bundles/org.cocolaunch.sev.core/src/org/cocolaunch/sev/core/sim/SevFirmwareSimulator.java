/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendSnapshot;
import org.cocolaunch.core.backend.Errno;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.sev.core.imports.ImplicitInputs;
import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.measure.SnpLaunchDigest;
import org.cocolaunch.sev.core.measure.SnpPageMeasurer;
import org.cocolaunch.sev.core.plan.GuestPolicies;
import org.cocolaunch.sev.core.plan.SevCommands;
import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.core.vmsa.KvmVmsaSync;
import org.cocolaunch.sev.core.vmsa.VmsaModel;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SevHost;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevPolicyBit;
import org.cocolaunch.sev.model.SevStatus;
import org.cocolaunch.sev.model.SnpGuestState;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The simulated KVM + AMD secure processor of the SEV family. Each step is one KVM ioctl; KVM's own checks fail with
 * its errno (domain reference §1.4, §1.5, §1.9), the firmware's with its status code and {@code -EIO} (§2.1, §2.2,
 * §2.4). Measurements are bit-exact: the SEV/SEV-ES launch digest (SHA-256 stream) with the LAUNCH_MEASURE HMAC, and
 * the SNP launch digest (SHA-384 PAGE_INFO chain). Snapshots copy the whole state. The host's capabilities (which VM
 * types and SEV features its KVM offers) are the plan's {@link SevHost} (default: all); the firmware's CPUID policy
 * is the {@link SimulatedPlatform}'s.
 */
public final class SevFirmwareSimulator implements Backend {

	private static final long SNP_VALID_POLICY = GuestPolicies.SNP_KVM_VALID;
	private static final long SNP_POLICY_SMT = GuestPolicies.SNP_SMT;
	private static final long SNP_POLICY_MBO = GuestPolicies.SNP_RESERVED_MBO;
	private static final long SNP_POLICY_SINGLE_SOCKET = GuestPolicies.SNP_SINGLE_SOCKET;
	private static final int PAGE = PageUpdate.PAGE_SIZE;
	private static final int MAX_GHCB_VERSION = 2;

	private final LaunchPlan plan;
	private final PlanInputs inputs;
	private final SimulatedPlatform platform;
	private final SevHost host;
	private final Random random;
	private SimState s = new SimState();

	/** A simulator with the default platform and a secure random source for TIK and MNONCE. */
	public SevFirmwareSimulator(LaunchPlan plan, PlanInputs inputs) {
		this(plan, inputs, SimulatedPlatform.DEFAULT, new SecureRandom());
	}

	/** A simulator with a given platform and random source (a seeded {@link Random} makes runs repeatable). */
	public SevFirmwareSimulator(LaunchPlan plan, PlanInputs inputs, SimulatedPlatform platform, Random random) {
		this.plan = plan;
		this.inputs = inputs;
		this.platform = platform;
		this.host = plan.getHost() instanceof SevHost h ? EcoreUtil.copy(h) : SevFactory.eINSTANCE.createSevHost();
		this.random = random;
	}

	@Override
	public String kind() {
		return "sim";
	}

	public SimulatedPlatform platform() {
		return platform;
	}

	/** The TIK of the SEV launch (given in LAUNCH_START or generated), or {@code null} before LAUNCH_START. */
	public byte[] tik() {
		return s.tik == null ? null : s.tik.clone();
	}

	/** The simulated attestation report (1184 bytes) after a successful SNP_LAUNCH_FINISH, else {@code null}. */
	public byte[] attestationReport() {
		return s.report == null ? null : s.report.clone();
	}

	/** The firmware guest state of an SEV/SEV-ES guest. */
	public SevGuestState sevGuestState() {
		return s.sevState;
	}

	/** The firmware guest state of an SNP guest. */
	public SnpGuestState snpGuestState() {
		return s.snpState;
	}

	@Override
	public StepResult execute(Step step) throws BackendException {
		String command = step.getCommand();
		if (SevCommands.CREATE_VM.equals(command)) {
			return createVm(step);
		}
		if (SevCommands.NON_FIRMWARE.contains(command)) {
			return s.vmCreated ? StepResults.success(command + ": no firmware call; nothing measured changes")
					: StepResults.kvm(Errno.EBADF, command + " needs a VM: issue KVM_CREATE_VM first");
		}
		SevCommandId id = SevCommands.id(command);
		if (id == null) {
			throw new BackendException("step '" + step.getName() + "': command " + command
					+ " is not an SEV-family ioctl the simulator knows");
		}
		if (!s.vmCreated) {
			return StepResults.kvm(Errno.EBADF, command + " needs a VM: issue KVM_CREATE_VM first");
		}
		if (!host.isSevEnabled()) {
			// svm_mem_enc_ioctl: without sev_enabled KVM has no encryption commands at all
			return StepResults.kvm(Errno.ENOTTY, "SEV is not enabled in KVM on this host (kvm_amd.sev=0, SEV off in the"
					+ " BIOS or no PSP): " + command + " is not available");
		}
		if (s.snp && s.initialized && id.getValue() < SevCommandId.KVM_SEV_SNP_LAUNCH_START_VALUE) {
			return StepResults.kvm(Errno.EPERM, "an SNP VM accepts only the SNP commands, not " + command);
		}
		return switch (id) {
		case KVM_SEV_INIT, KVM_SEV_ES_INIT -> legacyInit(id);
		case KVM_SEV_INIT2 -> init2(param(step, SevInit.class));
		case KVM_SEV_SNP_LAUNCH_START -> snpLaunchStart(param(step, SnpLaunchStart.class));
		case KVM_SEV_SNP_LAUNCH_UPDATE -> snpLaunchUpdate(step);
		case KVM_SEV_SNP_LAUNCH_FINISH -> snpLaunchFinish(step);
		case KVM_SEV_SEND_UPDATE_VMSA, KVM_SEV_RECEIVE_UPDATE_VMSA, KVM_SEV_CERT_EXPORT ->
			StepResults.kvm(Errno.EINVAL, command + " is not implemented by KVM");
		default -> sevCommand(id, step);
		};
	}

	private StepResult createVm(Step step) {
		if (s.vmCreated) {
			return StepResults.kvm(Errno.EINVAL, "the simulator runs one VM per session; it was already created");
		}
		int type = vmType(step);
		if (type != 0 && type != 2 && type != 3 && type != 4) {
			return StepResults.kvm(Errno.EINVAL, "VM type " + type + " is not an SEV-family VM type (0, 2, 3, 4)");
		}
		String missing = missingVmType(type);
		if (missing != null) {
			return StepResults.kvm(Errno.EINVAL, "KVM on this host does not offer VM type " + type + ": " + missing);
		}
		s.vmCreated = true;
		s.vmType = type;
		return StepResults.success("VM type " + type + " created");
	}

	/** Why the host's KVM does not offer VM {@code type} (kvm_is_vm_type_supported), or null when it does. */
	private String missingVmType(int type) {
		if ((host.getVmTypes() & 1 << type) == 0) {
			return "the kernel's KVM_CAP_VM_TYPES is 0x" + Integer.toHexString(host.getVmTypes())
					+ (type >= 2 ? " (a kernel before KVM_SEV_INIT2, Linux 6.10, knows only type 0)" : "");
		}
		if (type >= 2 && !host.isSevEnabled()) {
			return "SEV is not enabled (kvm_amd.sev=0)";
		}
		if (type >= 3 && !host.isSevEsEnabled()) {
			return "SEV-ES is not enabled (kvm_amd.sev_es=0 or no SEV-ES ASIDs)";
		}
		if (type == 4 && !host.isSnpEnabled()) {
			return "SEV-SNP is not enabled (kvm_amd.sev_snp=0, SNP off in the BIOS or no RMP table)";
		}
		return null;
	}

	private int vmType(Step step) {
		if (step.getParameters() instanceof KvmCreateVm create) {
			return create.getVmType();
		}
		return plan.getVmType() == null ? 0 : plan.getVmType().getValue();
	}

	private StepResult legacyInit(SevCommandId id) {
		if (s.vmType != 0) {
			return StepResults.kvm(Errno.EINVAL, id.getName() + " needs a KVM_X86_DEFAULT_VM; VM type " + s.vmType
					+ " uses KVM_SEV_INIT2");
		}
		if (s.initialized) {
			return StepResults.kvm(Errno.EINVAL, "the SEV context is already initialised");
		}
		if (id == SevCommandId.KVM_SEV_ES_INIT && !host.isSevEsEnabled()) {
			// sev_asid_new: the SEV-ES ASID range is empty
			return StepResults.kvm(Errno.ENOTTY, "SEV-ES is not enabled on this host (kvm_amd.sev_es=0 or no SEV-ES ASIDs)");
		}
		s.initialized = true;
		s.legacyInit = true;
		s.es = id == SevCommandId.KVM_SEV_ES_INIT;
		s.vmsaFeatures = 0;
		s.ghcbVersion = s.es ? 1 : 0;
		return StepResults.success((s.es ? "SEV-ES" : "SEV") + " context initialised (legacy)");
	}

	private StepResult init2(SevInit p) {
		if (s.vmType != 2 && s.vmType != 3 && s.vmType != 4) {
			return StepResults.kvm(Errno.EINVAL, "KVM_SEV_INIT2 needs VM type 2, 3 or 4, not " + s.vmType);
		}
		if (s.initialized) {
			return StepResults.kvm(Errno.EINVAL, "the SEV context is already initialised");
		}
		long features = p == null ? 0 : p.getVmsaFeatures();
		int flags = p == null ? 0 : p.getFlags();
		int ghcb = p == null ? 0 : p.getGhcbVersion();
		if (flags != 0) {
			return StepResults.kvm(Errno.EINVAL, "flags 0x" + Integer.toHexString(flags) + " must be 0");
		}
		if (s.vmType == 2 && (features != 0 || ghcb != 0)) {
			return StepResults.kvm(Errno.EINVAL, "a plain SEV VM takes neither vmsa_features nor ghcb_version");
		}
		if ((features & ~platform.supportedVmsaFeatures()) != 0) {
			return StepResults.kvm(Errno.EINVAL, "vmsa_features 0x" + Long.toHexString(features)
					+ " has bits outside the supported 0x" + Long.toHexString(platform.supportedVmsaFeatures()));
		}
		if (ghcb > MAX_GHCB_VERSION) {
			return StepResults.kvm(Errno.EINVAL, "ghcb_version " + ghcb + " is above " + MAX_GHCB_VERSION);
		}
		s.initialized = true;
		s.es = s.vmType >= 3;
		s.snp = s.vmType == 4;
		s.vmsaFeatures = s.snp ? features | 1 : features;
		s.ghcbVersion = s.vmType == 2 ? 0 : ghcb == 0 ? MAX_GHCB_VERSION : ghcb;
		return StepResults.success("SEV context initialised; VMSA SEV_FEATURES 0x" + Long.toHexString(s.vmsaFeatures));
	}

	// ---------------------------------------------------------------- SEV / SEV-ES

	private StepResult sevCommand(SevCommandId id, Step step) throws BackendException {
		if (id.getValue() >= SevCommandId.KVM_SEV_SNP_LAUNCH_START_VALUE) {
			throw new IllegalStateException(id.getName());
		}
		if (!SevGuestStateMachine.knows(id)) {
			return StepResults.kvm(Errno.EINVAL, id.getName() + " is not simulated");
		}
		if (!s.initialized) {
			return StepResults.kvm(Errno.ENOTTY, "the VM is not an SEV guest yet: initialise it first");
		}
		if (id == SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA && !s.es) {
			return StepResults.kvm(Errno.ENOTTY, "KVM_SEV_LAUNCH_UPDATE_VMSA needs an SEV-ES guest");
		}
		if (!SevGuestStateMachine.allowed(id, s.sevState)) {
			return StepResults.firmware(SevStatus.INVALID_GUEST_STATE, id.getName() + " is not allowed in guest state "
					+ s.sevState.getName() + " (allowed: " + SevGuestStateMachine.allowedStates(id) + ")");
		}
		StepResult r = switch (id) {
		case KVM_SEV_LAUNCH_START -> launchStart(param(step, SevLaunchStart.class));
		case KVM_SEV_LAUNCH_UPDATE_DATA -> launchUpdateData(step, param(step, SevLaunchUpdateData.class));
		case KVM_SEV_LAUNCH_UPDATE_VMSA -> launchUpdateVmsa(step);
		case KVM_SEV_LAUNCH_MEASURE -> launchMeasure(param(step, SevLaunchMeasure.class));
		case KVM_SEV_LAUNCH_SECRET -> launchSecret(param(step, SevLaunchSecret.class));
		case KVM_SEV_LAUNCH_FINISH -> StepResults.success("launch finished; the guest can run");
		case KVM_SEV_GUEST_STATUS -> StepResults.success("handle=" + s.handle + " policy=0x" + Long.toHexString(s.policy)
				+ " state=" + s.sevState.getName());
		case KVM_SEV_DBG_DECRYPT, KVM_SEV_DBG_ENCRYPT -> (s.policy & 1L << SevPolicyBit.NODBG_VALUE) != 0
				? StepResults.firmware(SevStatus.POLICY_FAILURE, "the guest policy forbids debugging (NODBG)")
				: StepResults.success("simulated: no guest memory contents are kept");
		default -> StepResults.success("simulated state change; no migration data is modelled");
		};
		if (r.getStatus() == StepStatus.SUCCESS) {
			SevGuestState before = s.sevState;
			s.sevState = SevGuestStateMachine.next(id, before);
			if (before != s.sevState) {
				r.setMessage(r.getMessage() + "; guest state " + before.getName() + " -> " + s.sevState.getName());
			}
		}
		return r;
	}

	private StepResult launchStart(SevLaunchStart p) {
		long policy = p == null ? 0 : p.getPolicy() & 0xFFFF_FFFFL;
		byte[] tik = p == null ? null : p.getTik();
		if (tik != null && tik.length != 0 && tik.length != LaunchMeasureHmac.TIK_SIZE) {
			return StepResults.firmware(SevStatus.INVALID_PARAM, "the TIK has " + tik.length + " bytes, not 16");
		}
		s.tik = tik == null || tik.length == 0 ? randomBytes(LaunchMeasureHmac.TIK_SIZE) : tik.clone();
		s.policy = policy;
		s.handle = p != null && p.getHandle() != 0 ? p.getHandle() : 1;
		s.sevDigest = SimState.newSha256();
		return StepResults.success("guest handle " + s.handle + ", policy 0x" + Long.toHexString(policy));
	}

	private StepResult launchUpdateData(Step step, SevLaunchUpdateData p) throws BackendException {
		byte[] data = contents(step, null);
		if (p != null && p.isSetLen() && p.getLen() != data.length) {
			throw new BackendException("step '" + step.getName() + "': len " + p.getLen() + " but its pages hold "
					+ data.length + " bytes");
		}
		if (data.length == 0) {
			return StepResults.kvm(Errno.EINVAL, "nothing to encrypt (len 0)");
		}
		s.sevDigest.update(data);
		StepResult r = StepResults.success(data.length + " bytes encrypted and measured");
		copyPages(step, r, null);
		return r;
	}

	private StepResult launchUpdateVmsa(Step step) throws BackendException {
		if (s.vmsasEncrypted) {
			return StepResults.kvm(Errno.EINVAL, "the vCPUs' VMSAs are already encrypted");
		}
		List<byte[]> vmsas = vmsaPages(step);
		for (byte[] v : vmsas) {
			byte[] synced = KvmVmsaSync.apply(v, s.vmsaFeatures, !s.legacyInit);
			s.sevDigest.update(synced);
			s.vmsas.add(synced);
		}
		s.vmsasEncrypted = true;
		StepResult r = StepResults.success(vmsas.size() + " VMSA(s) encrypted and measured");
		copyPages(step, r, PageKind.VMSA);
		return r;
	}

	private StepResult launchMeasure(SevLaunchMeasure p) {
		int len = p == null || !p.isSetLen() ? LaunchMeasureHmac.BLOB_SIZE : p.getLen();
		if (len < LaunchMeasureHmac.BLOB_SIZE) {
			// Also the length query (len 0): the firmware answers INVALID_LENGTH and KVM writes back the length.
			StepResult r = StepResults.firmware(SevStatus.INVALID_LENGTH, "the measurement needs "
					+ LaunchMeasureHmac.BLOB_SIZE + " bytes, the buffer has " + len);
			return r;
		}
		byte[] mnonce = p == null ? null : p.getMnonce();
		if (mnonce != null && mnonce.length != 0 && mnonce.length != LaunchMeasureHmac.MNONCE_SIZE) {
			return StepResults.firmware(SevStatus.INVALID_PARAM, "the MNONCE has " + mnonce.length + " bytes, not 16");
		}
		if (mnonce == null || mnonce.length == 0) {
			mnonce = randomBytes(LaunchMeasureHmac.MNONCE_SIZE);
		}
		s.launchMeasure = LaunchMeasureHmac.blob(s.tik, platform, s.policy, s.sevDigestNow(), mnonce);
		HexFormat hex = HexFormat.of();
		return StepResults.success("MEASURE=" + hex.formatHex(s.launchMeasure, 0, 32) + " MNONCE="
				+ hex.formatHex(mnonce));
	}

	private StepResult launchSecret(SevLaunchSecret p) {
		// Checks the packet MAC (sev-tool create_launch_secret_header); the code for a bad MAC is UNVERIFIED.
		byte[] header = p == null ? null : p.getHeader();
		byte[] trans = p == null || p.getTransport() == null ? new byte[0] : p.getTransport();
		if (header == null || header.length != 52) {
			return StepResults.firmware(SevStatus.INVALID_LENGTH, "the secret header must have 52 bytes");
		}
		ByteBuffer msg = ByteBuffer.allocate(1 + 4 + 16 + 4 + 4 + trans.length + 32)
				.order(ByteOrder.LITTLE_ENDIAN);
		msg.put((byte) 0x01).put(header, 0, 4).put(header, 4, 16).putInt(p.getGuestLen()).putInt(trans.length)
				.put(trans).put(s.launchMeasure, 0, 32);
		byte[] mac = LaunchMeasureHmac.hmac(s.tik, msg.array());
		if (!MessageDigest.isEqual(mac, Arrays.copyOfRange(header, 20, 52))) {
			return StepResults.firmware(SevStatus.BAD_MEASUREMENT, "the secret's MAC does not match (wrong TIK or measurement)");
		}
		return StepResults.success(trans.length + " secret bytes injected");
	}

	// ---------------------------------------------------------------- SNP

	private StepResult snpLaunchStart(SnpLaunchStart p) {
		if (!s.snp) {
			return StepResults.kvm(Errno.ENOTTY, "KVM_SEV_SNP_LAUNCH_START needs an initialised SNP VM");
		}
		if (s.snpContext) {
			return StepResults.kvm(Errno.EINVAL, "the VM already has an SNP launch context");
		}
		long policy = p == null ? 0 : p.getPolicy();
		int flags = p == null ? 0 : p.getFlags();
		if (flags != 0) {
			return StepResults.kvm(Errno.EINVAL, "flags 0x" + Integer.toHexString(flags) + " must be 0");
		}
		if ((policy & ~SNP_VALID_POLICY) != 0) {
			return StepResults.kvm(Errno.EINVAL, "policy 0x" + Long.toHexString(policy) + " has bits KVM does not accept");
		}
		if ((policy & SNP_POLICY_MBO) == 0 || (policy & SNP_POLICY_SMT) == 0) {
			return StepResults.kvm(Errno.EINVAL, "policy 0x" + Long.toHexString(policy)
					+ " must have SMT (bit 16) and the reserved must-be-one bit 17 set");
		}
		if ((policy & SNP_POLICY_SINGLE_SOCKET) != 0) {
			return StepResults.kvm(Errno.EINVAL, "policy SINGLE_SOCKET (bit 20) is not supported by KVM");
		}
		if (s.snpState != SnpGuestState.INIT) {
			return StepResults.firmware(SevStatus.INVALID_GUEST_STATE, "SNP_LAUNCH_START needs guest state INIT");
		}
		// The firmware refuses a policy that requires a newer ABI than its own (policy bits 15:8 major, 7:0 minor).
		long abi = policy & 0xFFFF;
		long own = (long) platform.apiMajor() << 8 | platform.apiMinor();
		if (abi > own) {
			return StepResults.firmware(SevStatus.POLICY_FAILURE, "policy requires ABI " + (abi >> 8) + "." + (abi & 0xFF)
					+ ", the firmware implements " + platform.apiMajor() + "." + platform.apiMinor());
		}
		s.snpContext = true;
		s.policy = policy;
		s.snpDigest = new byte[SnpLaunchDigest.SIZE];
		s.snpState = SnpGuestState.LAUNCH;
		return StepResults.success("policy 0x" + Long.toHexString(policy) + "; guest state INIT -> LAUNCH");
	}

	/**
	 * Step Into: an SNP_LAUNCH_UPDATE over many pages as one-page updates (gfn_start advanced, len 4 KiB), which is
	 * how KVM feeds the firmware anyway; the PAGE_INFO chain is the same. Other commands are not split.
	 */
	@Override
	public List<Step> pageSteps(Step step) {
		if (!SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE.getLiteral().equals(step.getCommand())) {
			return List.of(step);
		}
		List<Step> pages = PlanEdits.pageSteps(step);
		for (Step page : pages.size() > 1 ? pages : List.<Step>of()) {
			if (page.getParameters() instanceof SnpLaunchUpdate p) {
				p.setGfnStart(page.getPages().get(0).getGpa() >>> 12);
				p.setLen(PAGE);
			}
		}
		return pages;
	}

	private StepResult snpLaunchUpdate(Step step) throws BackendException {
		if (!s.snp || !s.snpContext) {
			return StepResults.kvm(Errno.EINVAL, "KVM_SEV_SNP_LAUNCH_UPDATE needs an SNP VM with a launch context");
		}
		SnpLaunchUpdate p = param(step, SnpLaunchUpdate.class);
		long gpa;
		long len;
		SnpPageType type;
		int flags = 0;
		if (p != null) {
			gpa = p.getGfnStart() << 12;
			len = p.getLen();
			type = p.getType();
			flags = p.getFlags();
		} else if (!step.getPages().isEmpty()) {
			PageRange first = step.getPages().get(0);
			gpa = first.getGpa();
			len = step.getPages().stream().mapToLong(PageRange::getLength).sum();
			type = SnpPageKinds.typeOf(first.getKind());
		} else {
			throw new BackendException("step '" + step.getName() + "' has neither parameters nor pages");
		}
		if (len == 0 || len % PAGE != 0) {
			return StepResults.kvm(Errno.EINVAL, "len 0x" + Long.toHexString(len) + " is not a non-zero multiple of 4 KiB");
		}
		if (flags != 0) {
			return StepResults.kvm(Errno.EINVAL, "flags 0x" + Integer.toHexString(flags) + " must be 0");
		}
		if (type == null || type == SnpPageType.INVALID || type == SnpPageType.VMSA) {
			return StepResults.kvm(Errno.EINVAL, "page type " + type + " cannot be launched from userspace");
		}
		if (s.snpState != SnpGuestState.LAUNCH) {
			return StepResults.firmware(SevStatus.INVALID_GUEST_STATE, "SNP_LAUNCH_UPDATE needs guest state LAUNCH, not "
					+ s.snpState.getName());
		}
		long pages = len / PAGE;
		if (s.privatePages.anyAssigned(gpa >>> 12, pages)) {
			return StepResults.kvm(Errno.EEXIST, "a page of 0x" + Long.toHexString(gpa) + "+0x" + Long.toHexString(len)
					+ " is already private (launched before)");
		}
		if (type == SnpPageType.CPUID && p != null && !p.getCpuidFunctions().isEmpty()) {
			StepResult refused = cpuidPage(p);
			if (refused != null) {
				return refused;
			}
		}
		SnpPageType engineType = type;
		byte[] data = null;
		if (SnpPageKinds.measuresContents(engineType)) {
			data = contents(step, null);
			if (data.length != len) {
				throw new BackendException("step '" + step.getName() + "': " + type.getName() + " pages need " + len
						+ " bytes of content, the plan gives " + data.length);
			}
		}
		try (SnpPageMeasurer m = new SnpPageMeasurer(s.snpDigest, pages > 64 ? 2 : 1, false)) {
			for (long i = 0; i < pages; i++) {
				long at = gpa + i * PAGE;
				m.accept(data != null ? PageUpdate.normal(at, data, (int) (i * PAGE))
						: PageUpdate.withoutContents(at, engineType));
			}
			s.snpDigest = m.digest();
		}
		s.privatePages.assign(gpa >>> 12, pages);
		StepResult r = StepResults.success(pages + " " + type.getName() + " page(s) at 0x" + Long.toHexString(gpa)
				+ " launched");
		PageRange changed = ModelFactory.eINSTANCE.createPageRange();
		changed.setGpa(gpa);
		changed.setLength(len);
		changed.setKind(SnpPageKinds.kindOf(type));
		r.getChangedPages().add(changed);
		return r;
	}

	/**
	 * The firmware's CPUID page validation ({@link CpuidPageCheck}): null when the page conforms to the platform's
	 * policy, else INVALID_PARAM carrying the rejected entries with the values the firmware wrote back (typed, as
	 * {@code details}); the page is not launched.
	 */
	private StepResult cpuidPage(SnpLaunchUpdate p) {
		CpuidPageCheck check = CpuidPageCheck.check(platform.cpuidPolicy(), p.getCpuidFunctions());
		if (check.passed()) {
			return null;
		}
		StepResult r = StepResults.firmware(SevStatus.INVALID_PARAM, check.describe()
				+ " (CPUID policy " + platform.cpuidPolicy().name() + "; the corrected page is copied back to the source)");
		r.getDetails().addAll(check.mismatches());
		return r;
	}

	private StepResult snpLaunchFinish(Step step) throws BackendException {
		if (!s.snp || !s.snpContext) {
			return StepResults.kvm(Errno.EINVAL, "KVM_SEV_SNP_LAUNCH_FINISH needs an SNP VM with a launch context");
		}
		SnpLaunchFinish p = param(step, SnpLaunchFinish.class);
		if (p != null && p.getFlags() != 0) {
			return StepResults.kvm(Errno.EINVAL, "flags 0x" + Integer.toHexString(p.getFlags()) + " must be 0");
		}
		if (s.snpState != SnpGuestState.LAUNCH) {
			return StepResults.firmware(SevStatus.INVALID_GUEST_STATE, "SNP_LAUNCH_FINISH needs guest state LAUNCH, not "
					+ s.snpState.getName());
		}
		// KVM first has the firmware measure every vCPU's VMSA, in vCPU index order, at INITIAL_VMSA_GPA.
		List<byte[]> vmsas = vmsaPages(step);
		SnpLaunchDigest chain = new SnpLaunchDigest(s.snpDigest);
		s.vmsas.clear();
		for (byte[] v : vmsas) {
			byte[] synced = KvmVmsaSync.apply(v, s.vmsaFeatures, true);
			chain.update(SnpPageType.VMSA, PageUpdate.VMSA_GPA, IdBlockCheck.sha384(synced), 0);
			s.vmsas.add(synced);
		}
		s.snpDigest = chain.digest();
		s.vmsasEncrypted = true;
		SnpLaunchFinish finish = p != null ? p : SevFactory.eINSTANCE.createSnpLaunchFinish();
		finish = withSuppliedIdBlock(step, finish);
		IdBlockCheck check = IdBlockCheck.check(finish, s.snpDigest, s.policy);
		if (check.status() != SevStatus.SUCCESS) {
			StepResult r = StepResults.firmware(check.status(), check.message());
			copyPages(step, r, PageKind.VMSA);
			return r;
		}
		s.report = SnpReportBuilder.build(s.policy, s.snpDigest, finish.getHostData(),
				finish.isIdBlockEn() ? finish.getIdBlock() : null, check, finish.isIdBlockEn() && finish.isAuthKeyEn());
		s.snpState = SnpGuestState.RUNNING;
		StepResult r = StepResults.success(vmsas.size() + " VMSA(s) measured; " + check.message() + "; MEASUREMENT="
				+ HexFormat.of().formatHex(s.snpDigest) + "; guest state LAUNCH -> RUNNING");
		copyPages(step, r, PageKind.VMSA);
		return r;
	}

	// ---------------------------------------------------------------- helpers

	private List<byte[]> vmsaPages(Step step) throws BackendException {
		List<byte[]> out = new ArrayList<>();
		for (PageRange range : step.getPages()) {
			if (range.getKind() != PageKind.VMSA) {
				continue;
			}
			byte[] v = inputs.content(range.getContent());
			if (v == null || v.length != PAGE) {
				throw new BackendException("step '" + step.getName() + "': a VMSA page needs 4096 bytes of content, the plan gives "
						+ (v == null ? 0 : v.length));
			}
			out.add(v);
		}
		return out;
	}

	/** The concatenated contents of the step's page ranges (of {@code kind}, or all when null). */
	private byte[] contents(Step step, PageKind kind) throws BackendException {
		List<byte[]> parts = new ArrayList<>();
		for (PageRange range : step.getPages()) {
			if (kind != null && range.getKind() != kind) {
				continue;
			}
			byte[] b = inputs.content(range.getContent());
			if (b == null) {
				throw new BackendException("step '" + step.getName() + "': page range at 0x"
						+ Long.toHexString(range.getGpa()) + " has no contents to measure (bound to no input: see the"
						+ " import's warnings, or give the input with --input ROLE=FILE)");
			}
			parts.add(b);
		}
		if (parts.size() == 1) {
			// The usual single range: no second copy (a 64 MiB update would otherwise be copied twice more).
			return parts.get(0);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static void copyPages(Step step, StepResult r, PageKind kind) {
		for (PageRange range : step.getPages()) {
			if (kind == null || range.getKind() == kind) {
				PageRange c = ModelFactory.eINSTANCE.createPageRange();
				c.setGpa(range.getGpa());
				c.setLength(range.getLength());
				c.setKind(range.getKind());
				r.getChangedPages().add(c);
			}
		}
	}

	/**
	 * The finish struct with the ID block and ID authentication the user supplied as inputs ({@code --input
	 * id-block=FILE}) where the step enables the ID block but lacks them (an imported log cut inside that line);
	 * without such an input the step stops here, naming the missing field.
	 */
	private SnpLaunchFinish withSuppliedIdBlock(Step step, SnpLaunchFinish finish) throws BackendException {
		if (!finish.isIdBlockEn() || finish.getIdBlock() != null && finish.getIdAuth() != null) {
			return finish;
		}
		SnpLaunchFinish copy = EcoreUtil.copy(finish);
		if (copy.getIdBlock() == null) {
			copy.setIdBlock(IdBlockCodec.decodeIdBlock(supplied(step, ImplicitInputs.ID_BLOCK, "idBlock",
					IdBlockCodec.ID_BLOCK_SIZE)));
		}
		if (copy.getIdAuth() == null) {
			copy.setIdAuth(IdBlockCodec.decodeIdAuth(supplied(step, ImplicitInputs.ID_AUTH, "idAuth",
					IdBlockCodec.ID_AUTH_SIZE)));
			copy.setAuthKeyEn(IdBlockCodec.hasAuthorKey(copy.getIdAuth()));
		}
		return copy;
	}

	private byte[] supplied(Step step, String role, String field, int size) throws BackendException {
		if (inputs == null || inputs.path(role) == null) {
			throw new BackendException("step '" + step.getName() + "': parameters." + field + " is missing (id_block_en"
					+ " is set; an imported log line was cut?): give the " + size + "-byte structure with --input "
					+ role + "=FILE (raw or base64) or edit the step");
		}
		byte[] data = inputs.bytes(role);
		if (data.length != size) {
			try {
				data = Base64.getDecoder().decode(new String(data, StandardCharsets.US_ASCII).strip());
			} catch (IllegalArgumentException e) {
				data = new byte[0];
			}
		}
		if (data.length != size) {
			throw new BackendException("input '" + role + "' must hold " + size + " bytes (raw, or base64 as QEMU"
					+ " takes it) for parameters." + field);
		}
		return data;
	}

	private static <T extends EObject> T param(Step step, Class<T> type) throws BackendException {
		EObject p = step.getParameters();
		if (p == null) {
			return null;
		}
		if (p instanceof GenericParameters) {
			// Untyped text would be guessed at; plans from before typed import must be imported again.
			throw new BackendException("step '" + step.getName() + "': " + step.getCommand() + " has untyped logged"
					+ " fields instead of its " + type.getSimpleName() + " struct; import the log again");
		}
		if (!type.isInstance(p)) {
			throw new BackendException("step '" + step.getName() + "': " + step.getCommand() + " takes "
					+ type.getSimpleName() + " parameters, not " + p.eClass().getName());
		}
		return type.cast(p);
	}

	private byte[] randomBytes(int n) {
		byte[] b = new byte[n];
		random.nextBytes(b);
		return b;
	}

	@Override
	public List<MeasurementRegister> registers() {
		if (s.snp || (plan.getVmType() != null && plan.getVmType().getValue() == 4 && !s.initialized)) {
			return List.of(LaunchRegisters.register(LaunchRegisters.MEASUREMENT, 384, s.snpDigest));
		}
		byte[] ld = s.sevState == SevGuestState.UNINIT ? null : s.sevDigestNow();
		return List.of(LaunchRegisters.register(LaunchRegisters.LAUNCH_DIGEST, 256, ld),
				LaunchRegisters.register(LaunchRegisters.LAUNCH_MEASURE, 384, s.launchMeasure));
	}

	@Override
	public List<VcpuState> vcpus() {
		List<VcpuState> out = new ArrayList<>();
		if (s.vmsas.isEmpty()) {
			for (VcpuState v : plan.getVcpus()) {
				out.add(EcoreUtil.copy(v));
			}
			return out;
		}
		for (int i = 0; i < s.vmsas.size(); i++) {
			VcpuState v = ModelFactory.eINSTANCE.createVcpuState();
			v.setIndex(i);
			v.setApicId(i);
			v.setDescription("VMSA measured and encrypted");
			v.setState(VmsaModel.toModel(s.vmsas.get(i)));
			out.add(v);
		}
		return out;
	}

	@Override
	public PlanInputs inputs() {
		return inputs;
	}

	@Override
	public boolean supportsSnapshots() {
		return true;
	}

	@Override
	public BackendSnapshot snapshot() {
		return new Snapshot(this, s.copy());
	}

	@Override
	public void restore(BackendSnapshot snapshot) {
		if (!(snapshot instanceof Snapshot snap) || snap.owner != this) {
			throw new IllegalArgumentException("the snapshot was not made by this simulator");
		}
		s = snap.state.copy();
	}

	@Override
	public void close() {
		s = new SimState();
	}

	private record Snapshot(SevFirmwareSimulator owner, SimState state) implements BackendSnapshot {
	}
}
