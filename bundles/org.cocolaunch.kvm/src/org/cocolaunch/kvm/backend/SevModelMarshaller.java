/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.plan.SevCommands;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchFinish;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevLaunchUpdateVmsa;
import org.cocolaunch.sev.model.SevLegacyInit;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EObject;

/**
 * The {@link SevStepMarshaller} of the SEV vendor model (org.cocolaunch.sev.model): reads the steps
 * {@link org.cocolaunch.sev.core.plan.SevPlanBuilder} emits into {@link SevOperation}s. Page contents come from the
 * step's page ranges through {@link PlanInputs}; the ID block and its authentication structure of SNP_LAUNCH_FINISH
 * are encoded with {@link IdBlockCodec}. The VMSA pages of LAUNCH_UPDATE_VMSA and SNP_LAUNCH_FINISH are resolved and
 * checked (one 4 KiB page per vCPU) and handed on: the kernel builds the VMSAs it encrypts from the vCPUs' register
 * state, so the backend loads them into the registers first. Fields the kernel requires to be zero (flags) must be zero in the plan.
 */
public final class SevModelMarshaller implements SevStepMarshaller {

	private static final int PAGE = 4096;
	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(0[xX][0-9a-fA-F]+|\\d+)");

	@Override
	public SevOperation marshal(Step step, PlanInputs inputs) throws BackendException {
		String command = step.getCommand();
		if (SevCommands.CREATE_VM.equals(command)) {
			return new SevOperation.CreateVm(vmType(step));
		}
		Object p = step.getParameters();
		return switch (p) {
		case SevLegacyInit init -> new SevOperation.LegacyInit(init.isEs());
		case SevInit init -> {
			requireZero(step, "flags", init.getFlags());
			yield new SevOperation.Init2(init.getVmsaFeatures(), init.getGhcbVersion());
		}
		case SevLaunchStart start -> new SevOperation.LaunchStart(Integer.toUnsignedLong(start.getHandle()),
				Integer.toUnsignedLong(start.getPolicy()), start.getDhCert(), start.getSession());
		case SevLaunchUpdateData update -> updateData(step, update, inputs);
		case SevLaunchUpdateVmsa vmsa -> {
			yield new SevOperation.LaunchUpdateVmsa(vmsaPages(step, inputs, vmsa.isSetVcpuCount() ? vmsa.getVcpuCount() : -1));
		}
		case SevLaunchMeasure m -> new SevOperation.LaunchMeasure();
		case SevLaunchSecret secret -> {
			if (secret.getHeader() == null || secret.getTransport() == null) {
				throw new BackendException(where(step) + "LAUNCH_SECRET needs the packet header and the encrypted secret");
			}
			yield new SevOperation.LaunchSecret(secret.getHeader(), secret.getTransport(), secret.getGuestGpa());
		}
		case SevLaunchFinish f -> new SevOperation.LaunchFinish();
		case SnpLaunchStart start -> {
			requireZero(step, "flags", start.getFlags());
			yield new SevOperation.SnpLaunchStart(start.getPolicy(), start.getGosvw());
		}
		case SnpLaunchUpdate update -> snpUpdate(step, update, inputs);
		case SnpLaunchFinish finish -> snpFinish(step, finish, inputs);
		case null, default -> throw new BackendException(where(step) + command + " with "
				+ (p == null ? "no parameters" : ((EObject) p).eClass().getName())
				+ " is not an SEV launch step of the SEV model");
		};
	}

	/** The VM type: the create step's {@link KvmCreateVm}, else the plan's. */
	private static long vmType(Step step) throws BackendException {
		if (step.getParameters() instanceof KvmCreateVm create) {
			return create.getVmType();
		}
		if (step.eContainer() instanceof LaunchPlan plan) {
			return plan.getVmType().getValue();
		}
		throw new BackendException(where(step) + "KVM_CREATE_VM without a VM type");
	}

	private static SevOperation updateData(Step step, SevLaunchUpdateData update, PlanInputs inputs) throws BackendException {
		PageRange range = onlyRange(step);
		byte[] content = content(step, range, inputs);
		if (content == null) {
			throw new BackendException(where(step) + "LAUNCH_UPDATE_DATA needs the contents of its pages");
		}
		if (update.isSetLen() && update.getLen() != content.length) {
			throw new BackendException(String.format("%slen 0x%x but the pages hold 0x%x bytes", where(step),
					update.getLen(), content.length));
		}
		return new SevOperation.LaunchUpdateData(range.getGpa(), content);
	}

	private static SevOperation snpUpdate(Step step, SnpLaunchUpdate update, PlanInputs inputs) throws BackendException {
		requireZero(step, "flags", update.getFlags());
		SnpPageType type = update.getType();
		if (type == null || type == SnpPageType.INVALID || type == SnpPageType.VMSA) {
			throw new BackendException(where(step) + "SNP_LAUNCH_UPDATE cannot load page type " + type
					+ " (VMSAs are encrypted by SNP_LAUNCH_FINISH)");
		}
		long gpa = update.getGfnStart() << 12;
		long length = update.getLen();
		byte[] content = null;
		if (!step.getPages().isEmpty()) {
			PageRange range = onlyRange(step);
			if (range.getGpa() != gpa) {
				throw new BackendException(String.format("%sgfn_start 0x%x but the pages start at 0x%x", where(step),
						update.getGfnStart(), range.getGpa()));
			}
			if (type != SnpPageType.ZERO) {
				content = content(step, range, inputs);
			}
		}
		if (content != null && content.length > length) {
			throw new BackendException(String.format("%slen 0x%x but the pages hold 0x%x bytes", where(step), length,
					content.length));
		}
		return new SevOperation.SnpLaunchUpdate(gpa, length, type.getValue(), content);
	}

	private static SevOperation snpFinish(Step step, SnpLaunchFinish finish, PlanInputs inputs) throws BackendException {
		requireZero(step, "flags", finish.getFlags());
		List<byte[]> vmsas = vmsaPages(step, inputs, -1);
		byte[] idBlock = null;
		byte[] idAuth = null;
		if (finish.isIdBlockEn()) {
			if (finish.getIdBlock() == null || finish.getIdAuth() == null) {
				throw new BackendException(where(step) + "id_block_en is set but the ID block or its authentication is missing");
			}
			idBlock = IdBlockCodec.encode(finish.getIdBlock());
			idAuth = IdBlockCodec.encode(finish.getIdAuth());
		} else if (finish.isAuthKeyEn()) {
			throw new BackendException(where(step) + "auth_key_en needs an ID block (id_block_en)");
		}
		byte[] hostData = finish.getHostData();
		if (hostData != null && hostData.length > 32) {
			throw new BackendException(where(step) + "host_data is " + hostData.length + " bytes, at most 32");
		}
		return new SevOperation.SnpLaunchFinish(idBlock, idAuth, finish.isAuthKeyEn(), finish.isVcekDisabled(), hostData, vmsas);
	}

	/** Resolves the VMSA pages of a step; each must be one page. {@code expected} &lt; 0: any count. */
	private static List<byte[]> vmsaPages(Step step, PlanInputs inputs, int expected) throws BackendException {
		List<byte[]> vmsas = new ArrayList<>();
		for (PageRange range : step.getPages()) {
			if (range.getKind() != PageKind.VMSA) {
				continue;
			}
			byte[] v = content(step, range, inputs);
			if (v == null || v.length != PAGE) {
				throw new BackendException(where(step) + "a VMSA page must hold 4096 bytes, got "
						+ (v == null ? "none" : Integer.toString(v.length)));
			}
			vmsas.add(v);
		}
		if (expected >= 0 && vmsas.size() != expected) {
			throw new BackendException(where(step) + expected + " vCPUs but " + vmsas.size() + " VMSA pages");
		}
		return vmsas;
	}

	private static PageRange onlyRange(Step step) throws BackendException {
		if (step.getPages().size() != 1) {
			throw new BackendException(where(step) + "expected one page range, found " + step.getPages().size());
		}
		return step.getPages().get(0);
	}

	private static byte[] content(Step step, PageRange range, PlanInputs inputs) throws BackendException {
		if (range.getContent() == null) {
			return null;
		}
		try {
			return inputs.content(range.getContent());
		} catch (BackendException e) {
			throw new BackendException(where(step) + e.getMessage());
		}
	}

	private static void requireZero(Step step, String field, long value) throws BackendException {
		if (value != 0) {
			throw new BackendException(String.format("%s%s must be 0 for the kernel, got 0x%x", where(step), field, value));
		}
	}

	private static String where(Step step) {
		return "step '" + step.getName() + "': ";
	}
}
