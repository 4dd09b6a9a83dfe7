/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cocolaunch.model.Phase;

/**
 * The trace events that stand for one launch ioctl each, with the kernel command they issue, its phase and the
 * fields the event logs (every format QEMU versions used; domain reference §6 and §1.8). {@code kvm_sev_init}
 * names no command of its own: upstream QEMU traces it before choosing INIT, ES_INIT or INIT2, so the importer
 * decides from the rest of the log ({@link InitCommands}).
 */
enum LaunchEvent {

	SEV_INIT("kvm_sev_init", null, Phase.CREATE, List.of()),
	SEV_ES_INIT("kvm_sev_es_init", "KVM_SEV_ES_INIT", Phase.CREATE, List.of()),
	REGISTER_REGION("kvm_memcrypt_register_region", "KVM_MEMORY_ENCRYPT_REG_REGION", Phase.CREATE, List.of("addr", "len")),
	UNREGISTER_REGION("kvm_memcrypt_unregister_region", "KVM_MEMORY_ENCRYPT_UNREG_REGION", Phase.FINALIZE,
			List.of("addr", "len")),
	LAUNCH_START("kvm_sev_launch_start", "KVM_SEV_LAUNCH_START", Phase.INIT_VM, List.of("policy", "session", "pdh")),
	LAUNCH_UPDATE_DATA("kvm_sev_launch_update_data", "KVM_SEV_LAUNCH_UPDATE_DATA", Phase.UPDATE, List.of("addr", "len")),
	LAUNCH_UPDATE_VMSA("kvm_sev_launch_update_vmsa", "KVM_SEV_LAUNCH_UPDATE_VMSA", Phase.INIT_VCPU, List.of()),
	LAUNCH_MEASURE("kvm_sev_launch_measurement", "KVM_SEV_LAUNCH_MEASURE", Phase.MEASURE, List.of("data")),
	LAUNCH_SECRET("kvm_sev_launch_secret", "KVM_SEV_LAUNCH_SECRET", Phase.MEASURE, List.of("hpa", "hva", "data", "len")),
	LAUNCH_FINISH("kvm_sev_launch_finish", "KVM_SEV_LAUNCH_FINISH", Phase.FINALIZE, List.of()),
	ATTESTATION_REPORT("kvm_sev_attestation_report", "KVM_SEV_GET_ATTESTATION_REPORT", Phase.MEASURE,
			List.of("mnonce", "data")),
	SNP_LAUNCH_START("kvm_sev_snp_launch_start", "KVM_SEV_SNP_LAUNCH_START", Phase.INIT_VM, List.of("policy", "gosvw")),
	SNP_LAUNCH_UPDATE("kvm_sev_snp_launch_update", "KVM_SEV_SNP_LAUNCH_UPDATE", Phase.UPDATE,
			List.of("src", "gpa", "len", "type")),
	SNP_LAUNCH_FINISH("kvm_sev_snp_launch_finish", "KVM_SEV_SNP_LAUNCH_FINISH", Phase.FINALIZE,
			List.of("id_block", "id_auth", "host_data")),
	TDX_INIT_VM("kvm_tdx_init_vm", "KVM_TDX_INIT_VM", Phase.INIT_VM, List.of()),
	TDX_INIT_VCPU("kvm_tdx_init_vcpu", "KVM_TDX_INIT_VCPU", Phase.INIT_VCPU, List.of()),
	TDX_INIT_MEM_REGION("kvm_tdx_init_mem_region", "KVM_TDX_INIT_MEM_REGION", Phase.UPDATE, List.of()),
	TDX_FINALIZE_VM("kvm_tdx_finalize_vm", "KVM_TDX_FINALIZE_VM", Phase.FINALIZE, List.of());

	/** Events of the traced families that are not launch ioctls: state changes, hypercalls, resets. */
	private static final List<String> NOT_STEPS = List.of("kvm_sev_change_state", "kvm_hc_map_gpa_range",
			"tdx_handle_reset", "sev_handle_reset");

	private final String eventName;
	private final String command;
	private final Phase phase;
	private final List<String> fields;

	LaunchEvent(String eventName, String command, Phase phase, List<String> fields) {
		this.eventName = eventName;
		this.command = command;
		this.phase = phase;
		this.fields = fields;
	}

	static Optional<LaunchEvent> of(String eventName) {
		for (LaunchEvent e : values()) {
			if (e.eventName.equals(eventName)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/** Whether a recognised event is deliberately not a step (no warning for it). */
	static boolean isKnownNonStep(String eventName) {
		return NOT_STEPS.contains(eventName);
	}

	String eventName() {
		return eventName;
	}

	/** The kernel command name, or null when the log must decide ({@link #SEV_INIT}). */
	String command() {
		return command;
	}

	Phase phase() {
		return phase;
	}

	/** The fields the current upstream format logs (older formats log fewer or differently named ones). */
	List<String> fields() {
		return fields;
	}

	/** Short step name stem, e.g. {@code snp-launch-update}. */
	String stepStem() {
		String stem = command != null ? command : "KVM_SEV_INIT";
		return stem.replaceFirst("^KVM_(SEV_|TDX_|MEMORY_ENCRYPT_)?", "").toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
