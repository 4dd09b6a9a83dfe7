/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.imports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.imports.ImpliedCreateVm;
import org.cocolaunch.core.imports.ImportException;
import org.cocolaunch.core.imports.ImportInputs;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.imports.LoggedFields;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.plan.SevCommands;
import org.cocolaunch.sev.core.plan.SnpPageKinds;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.core.sim.LaunchMeasureHmac;
import org.cocolaunch.sev.core.sim.LaunchRegisters;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevLegacyInit;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns the steps of an imported AMD QEMU log (fields as logged) into typed SEV-family steps: the init command the
 * log implies, the vendor parameter structs ({@link SnpLaunchStart} with its policy and GOSVW, {@link SnpLaunchUpdate}
 * with type and GFN, ...), the page ranges the commands touch, the implied {@code KVM_CREATE_VM}; then binds page
 * contents to the given files and says where firmware and log disagree. Commands of the AMD SNP development branch
 * that upstream KVM replaced ({@code KVM_SEV_SNP_INIT}) are replayed as today's equivalent, noted in the step.
 */
public final class SevLogImport {

	private static final SevFactory S = SevFactory.eINSTANCE;
	/** SEV policy bit 2: ES (domain reference §4.4). */
	private static final long POLICY_ES = 0x4;
	private static final long PAGE = 4096;

	private SevLogImport() {
	}

	/** See {@link org.cocolaunch.core.vendor.VendorEngine#completeImport}. */
	public static void complete(LaunchPlan plan, List<Integer> stepLines, ImportInputs inputs,
			List<ImportWarning> warnings) throws ImportException {
		boolean legacy = resolveInit(plan.getSteps());
		if (plan.getVmType() == VmType.SEV
				&& plan.getSteps().stream().anyMatch(s -> "KVM_SEV_ES_INIT".equals(s.getCommand()))) {
			plan.setVmType(VmType.SEV_ES);
		}
		for (int i = plan.getSteps().size() - 1; i >= 0; i--) {
			if (!type(plan.getSteps().get(i), stepLines.get(i), warnings)) {
				plan.getSteps().remove(i); // nothing to execute: the warning says why
				stepLines.remove(i);
			}
		}
		PartialUpdates.trim(plan.getSteps(), stepLines);
		ImpliedCreateVm.insert(plan, stepLines, legacy ? VmType.DEFAULT : plan.getVmType());
		if (!inputs.isEmpty()) {
			SevContentBinder binder = SevContentBinder.of(inputs, plan, warnings);
			for (int i = 0; i < plan.getSteps().size(); i++) {
				binder.bind(plan.getSteps().get(i), stepLines.get(i));
			}
			binder.compareWithLog(plan.getSteps(), stepLines);
		}
	}

	/**
	 * Decides which init ioctl each {@code kvm_sev_init} line stands for. AMD's SNP trees log the guest type
	 * ({@code kvm_sev_init type SEV-SNP flags 0x0}) and issued their own {@code KVM_SEV_SNP_INIT}; upstream QEMU logs
	 * nothing and then issues {@code KVM_SEV_INIT2} for SNP (the only way to create an SNP context), {@code
	 * KVM_SEV_ES_INIT} when the policy asks for SEV-ES, else {@code KVM_SEV_INIT} (domain reference §1.8 A-C).
	 *
	 * @return whether the launch uses a legacy init (a KVM_X86_DEFAULT_VM)
	 */
	private static boolean resolveInit(List<Step> steps) {
		boolean snp = steps.stream().anyMatch(s -> s.getCommand() != null && s.getCommand().startsWith("KVM_SEV_SNP_"));
		boolean es = steps.stream().anyMatch(s -> "KVM_SEV_LAUNCH_START".equals(s.getCommand())
				&& (LoggedFields.of(s).number("policy", 0) & POLICY_ES) != 0);
		boolean legacy = false;
		for (Step step : steps) {
			if (step.getCommand() != null) {
				legacy |= "KVM_SEV_INIT".equals(step.getCommand()) || "KVM_SEV_ES_INIT".equals(step.getCommand());
				continue;
			}
			String type = LoggedFields.of(step).text("type");
			String command;
			String reason;
			if (type != null) {
				switch (type.toUpperCase(Locale.ROOT)) {
				case "SEV-SNP", "SNP" -> {
					command = "KVM_SEV_INIT2";
					reason = "logged as guest type " + type + ": the AMD SNP branch's KVM_SEV_SNP_INIT (struct"
							+ " kvm_snp_init { flags }), replayed as KVM_SEV_INIT2, its upstream equivalent";
				}
				case "SEV-ES", "ES" -> {
					command = "KVM_SEV_ES_INIT";
					reason = "guest type " + type + " as logged";
				}
				default -> {
					command = "KVM_SEV_INIT";
					reason = "guest type " + type + " as logged";
				}
				}
			} else if (snp) {
				command = "KVM_SEV_INIT2";
				reason = "inferred: SNP guests are initialised with KVM_SEV_INIT2";
			} else if (es) {
				command = "KVM_SEV_ES_INIT";
				reason = "inferred: the launch policy has the ES bit";
			} else {
				command = "KVM_SEV_INIT";
				reason = "inferred: legacy SEV guest";
			}
			legacy |= !command.equals("KVM_SEV_INIT2");
			step.setCommand(command);
			step.setName(command.replaceFirst("^KVM_SEV_", "").toLowerCase(Locale.ROOT).replace('_', '-')
					+ step.getName().substring(step.getName().lastIndexOf('-')));
			step.setDescription(step.getDescription() + " (" + reason + ")");
		}
		return legacy;
	}

	/** Replaces the logged fields of one step with its typed struct and page range; false when it cannot run. */
	private static boolean type(Step step, int line, List<ImportWarning> warnings) {
		LoggedFields f = LoggedFields.of(step);
		if (!f.present() && step.getParameters() != null) {
			return true; // typed already
		}
		if ("KVM_SEV_SNP_LAUNCH_UPDATE".equals(step.getCommand()) && pageType(f.text("type")) == null) {
			warnings.add(new ImportWarning(line, "unknown SNP page type '" + f.text("type") + "'; not imported"));
			return false;
		}
		SevCommandId id = SevCommands.id(step.getCommand());
		EObject typed = null;
		if (id != null) {
			switch (id) {
			case KVM_SEV_INIT2 -> {
				SevInit p = S.createSevInit();
				p.setVmsaFeatures(0);
				p.setFlags((int) f.number("flags", 0));
				p.setGhcbVersion(0);
				typed = p;
			}
			case KVM_SEV_INIT, KVM_SEV_ES_INIT -> {
				SevLegacyInit p = S.createSevLegacyInit();
				p.setEs(id == SevCommandId.KVM_SEV_ES_INIT);
				typed = p;
			}
			case KVM_SEV_LAUNCH_START -> {
				SevLaunchStart p = S.createSevLaunchStart();
				p.setHandle(0);
				p.setPolicy((int) f.number("policy", 0));
				typed = p;
			}
			case KVM_SEV_LAUNCH_UPDATE_DATA -> {
				SevLaunchUpdateData p = S.createSevLaunchUpdateData();
				p.setLen((int) f.number("len", 0));
				typed = p;
			}
			case KVM_SEV_LAUNCH_MEASURE -> {
				SevLaunchMeasure p = S.createSevLaunchMeasure();
				p.setLen(LaunchMeasureHmac.BLOB_SIZE); // what QEMU asks for after its length query
				byte[] blob = f.text("data") == null ? null : base64(f.text("data"));
				if (blob != null && blob.length == LaunchMeasureHmac.BLOB_SIZE) {
					// MEASURE ‖ MNONCE is what this run's firmware answered: an outcome, not an input of the replay.
					recorded(step, LaunchRegisters.LAUNCH_MEASURE, blob);
				}
				typed = p;
			}
			case KVM_SEV_LAUNCH_SECRET -> {
				SevLaunchSecret p = S.createSevLaunchSecret();
				p.setGuestLen((int) f.number("len", 0));
				p.setGuestGpa(f.number("hpa", 0)); // QEMU passes the guest address as "hpa" (domain reference §6)
				typed = p;
				addRange(step, f.number("hpa"), f.number("len"), PageKind.NORMAL);
			}
			case KVM_SEV_LAUNCH_FINISH -> typed = S.createSevLaunchFinish();
			case KVM_SEV_SNP_LAUNCH_START -> typed = snpLaunchStart(f);
			case KVM_SEV_SNP_LAUNCH_UPDATE -> typed = snpLaunchUpdate(step, f);
			case KVM_SEV_SNP_LAUNCH_FINISH -> typed = snpLaunchFinish(step, f, line, warnings);
			default -> typed = null;
			}
		}
		// Commands without a vendor struct (region registration, the attestation report) keep their log line in the
		// description only: nothing downstream reads logged text.
		step.setParameters(typed);
		return true;
	}

	private static SnpLaunchStart snpLaunchStart(LoggedFields f) {
		SnpLaunchStart p = S.createSnpLaunchStart();
		p.setPolicy(f.number("policy", 0));
		String gosvw = f.text("gosvw");
		if (gosvw != null && gosvw.startsWith("0x")) {
			byte[] w = new byte[16];
			long v = f.number("gosvw", 0);
			for (int i = 0; i < 8; i++) {
				w[i] = (byte) (v >>> (8 * i));
			}
			p.setGosvw(w);
		}
		return p;
	}

	private static SnpLaunchUpdate snpLaunchUpdate(Step step, LoggedFields f) {
		SnpLaunchUpdate p = S.createSnpLaunchUpdate();
		SnpPageType type = pageType(f.text("type"));
		Long gpa = f.number("gpa");
		Long len = f.number("len");
		// src/addr is QEMU's host buffer: meaningless to a replay (the pages carry the contents), so left out.
		if (len != null) {
			p.setLen(len);
		}
		p.setType(type);
		if (gpa != null) {
			p.setGfnStart(gpa >>> 12);
			if (type != null) {
				addRange(step, gpa, len, SnpPageKinds.kindOf(type));
			}
		}
		return p;
	}

	/**
	 * The finish struct. QEMU logs the ID block and its authentication as the base64 text the user gave; a value that
	 * does not decode to its full size (the line was cut) leaves the struct without it while keeping
	 * {@code id_block_en}, so the simulator stops at this step naming the missing field until the user supplies it.
	 */
	private static SnpLaunchFinish snpLaunchFinish(Step step, LoggedFields f, int line, List<ImportWarning> warnings) {
		SnpLaunchFinish p = S.createSnpLaunchFinish();
		String idBlock = f.text("id_block");
		String idAuth = f.text("id_auth");
		p.setIdBlockEn(idBlock != null);
		p.setAuthKeyEn(false);
		if (idBlock != null) {
			byte[] block = base64(idBlock);
			if (block != null && block.length == IdBlockCodec.ID_BLOCK_SIZE) {
				p.setIdBlock(IdBlockCodec.decodeIdBlock(block));
			} else {
				warnings.add(new ImportWarning(line, "id_block '" + abbreviate(idBlock) + "' is not the base64 of a "
						+ IdBlockCodec.ID_BLOCK_SIZE + "-byte ID block (the line is cut?): the step needs it, give it"
						+ " with --input " + ImplicitInputs.ID_BLOCK + "=FILE"));
				ImplicitInputs.declare(stepPlan(step), ImplicitInputs.ID_BLOCK);
			}
		}
		if (idAuth != null) {
			byte[] auth = base64(idAuth);
			if (auth != null && auth.length == IdBlockCodec.ID_AUTH_SIZE) {
				p.setIdAuth(IdBlockCodec.decodeIdAuth(auth));
				p.setAuthKeyEn(IdBlockCodec.hasAuthorKey(p.getIdAuth()));
			} else {
				warnings.add(new ImportWarning(line, "id_auth is not the base64 of a " + IdBlockCodec.ID_AUTH_SIZE
						+ "-byte ID authentication (the line is cut?): give it with --input " + ImplicitInputs.ID_AUTH
						+ "=FILE"));
				ImplicitInputs.declare(stepPlan(step), ImplicitInputs.ID_AUTH);
			}
		} else if (idBlock != null) {
			ImplicitInputs.declare(stepPlan(step), ImplicitInputs.ID_AUTH);
		}
		String hostData = f.text("host_data");
		byte[] host = hostData == null ? null : base64(hostData);
		if (host != null && host.length == 32) {
			p.setHostData(host);
		}
		return p;
	}

	/** A register value the log recorded for the step: part of its expected outcome. */
	private static void recorded(Step step, String register, byte[] value) {
		ExpectedOutcome outcome = step.getExpectedOutcome();
		if (outcome == null) {
			outcome = ModelFactory.eINSTANCE.createExpectedOutcome();
			step.setExpectedOutcome(outcome);
		}
		RegisterValue v = ModelFactory.eINSTANCE.createRegisterValue();
		v.setName(register);
		v.setValue(value);
		outcome.getRegisters().add(v);
	}

	private static LaunchPlan stepPlan(Step step) {
		return (LaunchPlan) step.eContainer();
	}

	/** QEMU's word for a page type ({@code snp_page_type_to_str}) or, in the first SNP trees, its number. */
	static SnpPageType pageType(String logged) {
		if (logged == null) {
			return null;
		}
		return switch (logged.strip().toLowerCase(Locale.ROOT)) {
		case "normal", "1", "0x1" -> SnpPageType.NORMAL;
		case "vmsa", "2", "0x2" -> SnpPageType.VMSA;
		case "zero", "3", "0x3" -> SnpPageType.ZERO;
		case "unmeasured", "4", "0x4" -> SnpPageType.UNMEASURED;
		case "secrets", "5", "0x5" -> SnpPageType.SECRETS;
		case "cpuid", "6", "0x6" -> SnpPageType.CPUID;
		default -> null;
		};
	}

	private static void addRange(Step step, Long gpa, Long length, PageKind kind) {
		if (gpa == null || length == null || kind == null) {
			return;
		}
		PageRange range = ModelFactory.eINSTANCE.createPageRange();
		range.setGpa(gpa);
		range.setLength(length);
		range.setKind(kind);
		step.getPages().add(range);
	}

	private static byte[] base64(String text) {
		try {
			return Base64.getDecoder().decode(text.strip().getBytes(StandardCharsets.US_ASCII));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 24 ? s : s.substring(0, 24) + "...";
	}
}
