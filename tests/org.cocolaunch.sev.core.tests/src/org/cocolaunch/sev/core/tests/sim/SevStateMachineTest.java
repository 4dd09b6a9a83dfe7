/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.sim.SimulatedPlatform;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every (guest state, command) pair of the SEV/SEV-ES firmware state machine (domain reference §2.1, written out here
 * independently of the simulator's table): allowed commands succeed and move to the next state, all others fail with
 * INVALID_GUEST_STATE (0x02) and KVM's -EIO.
 */
class SevStateMachineTest {

	private static final byte[] TIK = new byte[16];
	private static final Map<SevCommandId, Set<SevGuestState>> ALLOWED = Map.ofEntries(
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_START, EnumSet.of(SevGuestState.UNINIT)),
			Map.entry(SevCommandId.KVM_SEV_RECEIVE_START, EnumSet.of(SevGuestState.UNINIT)),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA, EnumSet.of(SevGuestState.LUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA, EnumSet.of(SevGuestState.LUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_MEASURE, EnumSet.of(SevGuestState.LUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_SECRET, EnumSet.of(SevGuestState.LSECRET)),
			Map.entry(SevCommandId.KVM_SEV_LAUNCH_FINISH, EnumSet.of(SevGuestState.LSECRET)),
			Map.entry(SevCommandId.KVM_SEV_GUEST_STATUS, EnumSet.of(SevGuestState.LUPDATE, SevGuestState.LSECRET,
					SevGuestState.RUNNING, SevGuestState.SUPDATE, SevGuestState.RUPDATE, SevGuestState.SENT)),
			Map.entry(SevCommandId.KVM_SEV_SEND_START, EnumSet.of(SevGuestState.RUNNING)),
			Map.entry(SevCommandId.KVM_SEV_SEND_UPDATE_DATA, EnumSet.of(SevGuestState.SUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_SEND_FINISH, EnumSet.of(SevGuestState.SUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_SEND_CANCEL, EnumSet.of(SevGuestState.SUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_RECEIVE_UPDATE_DATA, EnumSet.of(SevGuestState.RUPDATE)),
			Map.entry(SevCommandId.KVM_SEV_RECEIVE_FINISH, EnumSet.of(SevGuestState.RUPDATE)));
	private static final Map<SevCommandId, SevGuestState> NEXT = Map.of(
			SevCommandId.KVM_SEV_LAUNCH_START, SevGuestState.LUPDATE,
			SevCommandId.KVM_SEV_RECEIVE_START, SevGuestState.RUPDATE,
			SevCommandId.KVM_SEV_LAUNCH_MEASURE, SevGuestState.LSECRET,
			SevCommandId.KVM_SEV_LAUNCH_FINISH, SevGuestState.RUNNING,
			SevCommandId.KVM_SEV_SEND_START, SevGuestState.SUPDATE,
			SevCommandId.KVM_SEV_SEND_FINISH, SevGuestState.SENT,
			SevCommandId.KVM_SEV_SEND_CANCEL, SevGuestState.RUNNING,
			SevCommandId.KVM_SEV_RECEIVE_FINISH, SevGuestState.RUNNING);

	static List<Arguments> pairs() {
		List<Arguments> out = new ArrayList<>();
		for (SevGuestState state : SevGuestState.values()) {
			for (SevCommandId id : ALLOWED.keySet()) {
				out.add(Arguments.of(state, id));
			}
		}
		return out;
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("pairs")
	void commandInState(SevGuestState state, SevCommandId id) throws Exception {
		SevFirmwareSimulator sim = simulatorIn(state);
		assertEquals(state, sim.sevGuestState());
		StepResult r = sim.execute(step(id, sim));
		if (ALLOWED.get(id).contains(state)) {
			assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getMessage());
			assertEquals(NEXT.getOrDefault(id, state), sim.sevGuestState());
		} else {
			assertEquals(StepStatus.FAILED, r.getStatus(), r.getMessage());
			assertEquals(0x02, r.getFirmwareError());
			assertEquals("INVALID_GUEST_STATE", r.getFirmwareErrorName());
			assertEquals(5, r.getErrno()); // EIO
			assertEquals(-5, r.getReturnValue());
			assertEquals(state, sim.sevGuestState());
		}
	}

	/** An SEV-ES VM (INIT2) driven to {@code state} by allowed commands. */
	private static SevFirmwareSimulator simulatorIn(SevGuestState state) throws Exception {
		LaunchPlan plan = TestSteps.emptyPlan(VmType.SEV_ES);
		SevFirmwareSimulator sim = new SevFirmwareSimulator(plan, new PlanInputs(plan, Path.of("."), Map.of()),
				SimulatedPlatform.DEFAULT, new Random(1));
		List<SevCommandId> path = switch (state) {
		case UNINIT -> List.of();
		case LUPDATE -> List.of(SevCommandId.KVM_SEV_LAUNCH_START);
		case LSECRET -> List.of(SevCommandId.KVM_SEV_LAUNCH_START, SevCommandId.KVM_SEV_LAUNCH_MEASURE);
		case RUNNING -> List.of(SevCommandId.KVM_SEV_LAUNCH_START, SevCommandId.KVM_SEV_LAUNCH_MEASURE,
				SevCommandId.KVM_SEV_LAUNCH_FINISH);
		case SUPDATE -> List.of(SevCommandId.KVM_SEV_LAUNCH_START, SevCommandId.KVM_SEV_LAUNCH_MEASURE,
				SevCommandId.KVM_SEV_LAUNCH_FINISH, SevCommandId.KVM_SEV_SEND_START);
		case SENT -> List.of(SevCommandId.KVM_SEV_LAUNCH_START, SevCommandId.KVM_SEV_LAUNCH_MEASURE,
				SevCommandId.KVM_SEV_LAUNCH_FINISH, SevCommandId.KVM_SEV_SEND_START, SevCommandId.KVM_SEV_SEND_FINISH);
		case RUPDATE -> List.of(SevCommandId.KVM_SEV_RECEIVE_START);
		};
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.createVm(3)).getStatus());
		assertEquals(StepStatus.SUCCESS, sim.execute(TestSteps.init2(0)).getStatus());
		for (SevCommandId id : path) {
			StepResult r = sim.execute(step(id, sim));
			assertEquals(StepStatus.SUCCESS, r.getStatus(), id + ": " + r.getMessage());
		}
		return sim;
	}

	/** A valid step for {@code id} (LAUNCH_SECRET carries a packet MAC'ed with the launch's TIK and measurement). */
	static Step step(SevCommandId id, SevFirmwareSimulator sim) throws Exception {
		return switch (id) {
		case KVM_SEV_LAUNCH_START -> {
			SevLaunchStart p = TestSteps.S.createSevLaunchStart();
			p.setPolicy(0x5);
			p.setTik(TIK);
			yield TestSteps.command(id, p);
		}
		case KVM_SEV_LAUNCH_UPDATE_DATA -> TestSteps.withInline(TestSteps.command(id, null), PageKind.NORMAL, new byte[16]);
		case KVM_SEV_LAUNCH_UPDATE_VMSA -> TestSteps.withInline(TestSteps.command(id, null), PageKind.VMSA, new byte[4096]);
		case KVM_SEV_LAUNCH_MEASURE -> {
			SevLaunchMeasure p = TestSteps.S.createSevLaunchMeasure();
			p.setLen(48);
			yield TestSteps.command(id, p);
		}
		case KVM_SEV_LAUNCH_SECRET -> TestSteps.command(id, secret(sim, new byte[32], false));
		default -> TestSteps.command(id, null);
		};
	}

	/** A LAUNCH_SECRET packet per domain reference §3.1; {@code corrupt} flips a MAC bit. */
	static SevLaunchSecret secret(SevFirmwareSimulator sim, byte[] ciphertext, boolean corrupt) throws Exception {
		byte[] measure = new byte[32];
		for (MeasurementRegister r : sim.registers()) {
			if (r.getName().equals("LAUNCH_MEASURE") && r.getValue() != null) {
				System.arraycopy(r.getValue(), 0, measure, 0, 32);
			}
		}
		byte[] iv = new byte[16];
		ByteBuffer msg = ByteBuffer.allocate(1 + 4 + 16 + 4 + 4 + ciphertext.length + 32).order(ByteOrder.LITTLE_ENDIAN);
		msg.put((byte) 1).putInt(0).put(iv).putInt(ciphertext.length).putInt(ciphertext.length).put(ciphertext).put(measure);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(TIK, "HmacSHA256"));
		byte[] m = mac.doFinal(msg.array());
		if (corrupt) {
			m[0] ^= 1;
		}
		ByteBuffer header = ByteBuffer.allocate(52).order(ByteOrder.LITTLE_ENDIAN);
		header.putInt(0).put(iv).put(m);
		SevLaunchSecret p = TestSteps.S.createSevLaunchSecret();
		p.setHeader(header.array());
		p.setHdrLen(52);
		p.setGuestLen(ciphertext.length);
		p.setTransport(ciphertext);
		p.setTransLen(ciphertext.length);
		return p;
	}
}
