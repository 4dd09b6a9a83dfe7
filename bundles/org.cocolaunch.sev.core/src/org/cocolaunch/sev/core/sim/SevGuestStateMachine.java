/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevGuestState;

/**
 * The SEV/SEV-ES firmware guest state machine (domain reference §2.1, from the SEV API spec through sev-tool): in which
 * guest states each guest command is allowed and which state it leads to. A command outside its states fails with
 * INVALID_GUEST_STATE.
 */
public final class SevGuestStateMachine {

	private record Rule(Set<SevGuestState> allowed, SevGuestState next) {
	}

	private static final Map<SevCommandId, Rule> RULES = new EnumMap<>(SevCommandId.class);

	static {
		Set<SevGuestState> active = EnumSet.of(SevGuestState.LUPDATE, SevGuestState.LSECRET, SevGuestState.RUNNING,
				SevGuestState.SUPDATE, SevGuestState.RUPDATE);
		rule(SevCommandId.KVM_SEV_LAUNCH_START, EnumSet.of(SevGuestState.UNINIT), SevGuestState.LUPDATE);
		rule(SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA, EnumSet.of(SevGuestState.LUPDATE), null);
		rule(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, EnumSet.of(SevGuestState.LUPDATE), null);
		rule(SevCommandId.KVM_SEV_LAUNCH_MEASURE, EnumSet.of(SevGuestState.LUPDATE), SevGuestState.LSECRET);
		rule(SevCommandId.KVM_SEV_LAUNCH_SECRET, EnumSet.of(SevGuestState.LSECRET), null);
		rule(SevCommandId.KVM_SEV_LAUNCH_FINISH, EnumSet.of(SevGuestState.LSECRET), SevGuestState.RUNNING);
		rule(SevCommandId.KVM_SEV_SEND_START, EnumSet.of(SevGuestState.RUNNING), SevGuestState.SUPDATE);
		rule(SevCommandId.KVM_SEV_SEND_UPDATE_DATA, EnumSet.of(SevGuestState.SUPDATE), null);
		rule(SevCommandId.KVM_SEV_SEND_FINISH, EnumSet.of(SevGuestState.SUPDATE), SevGuestState.SENT);
		rule(SevCommandId.KVM_SEV_SEND_CANCEL, EnumSet.of(SevGuestState.SUPDATE), SevGuestState.RUNNING);
		rule(SevCommandId.KVM_SEV_RECEIVE_START, EnumSet.of(SevGuestState.UNINIT), SevGuestState.RUPDATE);
		rule(SevCommandId.KVM_SEV_RECEIVE_UPDATE_DATA, EnumSet.of(SevGuestState.RUPDATE), null);
		rule(SevCommandId.KVM_SEV_RECEIVE_FINISH, EnumSet.of(SevGuestState.RUPDATE), SevGuestState.RUNNING);
		// GUEST_STATUS works on every guest the firmware knows; SENT is listed as terminal (UNVERIFIED, §2.1).
		Set<SevGuestState> status = EnumSet.copyOf(active);
		status.add(SevGuestState.SENT);
		rule(SevCommandId.KVM_SEV_GUEST_STATUS, status, null);
		// DBG_DECRYPT/ENCRYPT: the spec table of §2.1 does not list them; the simulator allows them on active guests.
		rule(SevCommandId.KVM_SEV_DBG_DECRYPT, active, null);
		rule(SevCommandId.KVM_SEV_DBG_ENCRYPT, active, null);
	}

	private static void rule(SevCommandId id, Set<SevGuestState> allowed, SevGuestState next) {
		RULES.put(id, new Rule(allowed, next));
	}

	private SevGuestStateMachine() {
	}

	/** Whether the simulator models this command as a guest command of the state machine. */
	public static boolean knows(SevCommandId id) {
		return RULES.containsKey(id);
	}

	/** Whether {@code id} may be issued in {@code state}. */
	public static boolean allowed(SevCommandId id, SevGuestState state) {
		Rule r = RULES.get(id);
		return r != null && r.allowed().contains(state);
	}

	/** The state after a successful {@code id} issued in {@code state}. */
	public static SevGuestState next(SevCommandId id, SevGuestState state) {
		Rule r = RULES.get(id);
		return r == null || r.next() == null ? state : r.next();
	}

	/** The states in which {@code id} is allowed. */
	public static Set<SevGuestState> allowedStates(SevCommandId id) {
		Rule r = RULES.get(id);
		return r == null ? Set.of() : Set.copyOf(r.allowed());
	}
}
