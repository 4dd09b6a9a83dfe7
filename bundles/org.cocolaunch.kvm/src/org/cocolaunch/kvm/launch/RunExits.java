/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.launch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;

import org.cocolaunch.kvm.abi.KvmConstants;
import org.cocolaunch.kvm.abi.RunStructs;
import org.cocolaunch.kvm.abi.StructBytes;
import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.KvmExitReason;
import org.cocolaunch.model.ModelFactory;

import com.sun.jna.Pointer;

/**
 * Decodes the exit KVM_RUN left in a vCPU's mapped {@code struct kvm_run} into the common model's {@link KvmExit}:
 * I/O (port, direction, size, count, the data at {@code data_offset}), MMIO (address, data, length, write), HLT,
 * SHUTDOWN, INTERNAL_ERROR (suberror and its data words) and FAIL_ENTRY (hardware entry failure reason, CPU).
 */
public final class RunExits {

	private RunExits() {
	}

	/** The exit in the {@code size}-byte mapping at {@code area}. */
	public static KvmExit decode(Pointer area, int size) {
		StructBytes run = RunStructs.KVM_RUN.wrap(area.getByteArray(0, RunStructs.KVM_RUN.size()));
		return decode(run, (offset, length) -> {
			if (offset < 0 || offset + length > size) {
				throw new IllegalStateException("KVM_EXIT_IO data at " + offset + "+" + length + " lies outside the "
						+ size + "-byte kvm_run mapping");
			}
			return area.getByteArray(offset, length);
		});
	}

	/** Reads bytes of the kvm_run mapping beyond the struct (where KVM puts port I/O data). */
	@FunctionalInterface
	public interface Mapping {
		byte[] read(long offset, int length);
	}

	/** The exit in {@code run} (struct kvm_run); {@code mapping} gives the I/O data page. */
	public static KvmExit decode(StructBytes run, Mapping mapping) {
		KvmExit exit = ModelFactory.eINSTANCE.createKvmExit();
		long reason = run.getU32("exit_reason");
		exit.setExitReason((int) reason);
		byte[] union = run.getArray("exit");
		if (reason == KvmConstants.KVM_EXIT_IO) {
			StructBytes io = RunStructs.KVM_RUN_IO.wrap(union);
			exit.setReason(KvmExitReason.IO);
			exit.setPort(io.getU16("port"));
			exit.setWrite(io.getU8("direction") == KvmConstants.KVM_EXIT_IO_OUT);
			exit.setSize(io.getU8("size"));
			exit.setCount((int) io.getU32("count"));
			exit.setData(mapping.read(io.getU64("data_offset"), exit.getSize() * Math.max(1, exit.getCount())));
		} else if (reason == KvmConstants.KVM_EXIT_MMIO) {
			StructBytes mmio = RunStructs.KVM_RUN_MMIO.wrap(union);
			exit.setReason(KvmExitReason.MMIO);
			exit.setAddress(mmio.getU64("phys_addr"));
			exit.setWrite(mmio.getU8("is_write") != 0);
			int len = (int) Math.min(8, mmio.getU32("len"));
			exit.setSize(len);
			exit.setData(Arrays.copyOf(mmio.getArray("data"), len));
		} else if (reason == KvmConstants.KVM_EXIT_HLT) {
			exit.setReason(KvmExitReason.HLT);
		} else if (reason == KvmConstants.KVM_EXIT_SHUTDOWN) {
			exit.setReason(KvmExitReason.SHUTDOWN);
			exit.setDetails("triple fault or shutdown: the vCPU must be reset");
		} else if (reason == KvmConstants.KVM_EXIT_INTERNAL_ERROR) {
			StructBytes internal = RunStructs.KVM_RUN_INTERNAL.wrap(union);
			exit.setReason(KvmExitReason.INTERNAL_ERROR);
			long sub = internal.getU32("suberror");
			exit.setSubcode(sub);
			int ndata = (int) Math.min(16, internal.getU32("ndata"));
			byte[] words = internal.getArray("data");
			StringBuilder d = new StringBuilder(suberrorName(sub));
			ByteBuffer b = ByteBuffer.wrap(words).order(ByteOrder.LITTLE_ENDIAN);
			for (int i = 0; i < ndata; i++) {
				d.append(i == 0 ? ", data " : " ").append(String.format("0x%x", b.getLong(8 * i)));
			}
			exit.setDetails(d.toString());
		} else if (reason == KvmConstants.KVM_EXIT_FAIL_ENTRY) {
			StructBytes fail = RunStructs.KVM_RUN_FAIL_ENTRY.wrap(union);
			exit.setReason(KvmExitReason.FAIL_ENTRY);
			exit.setSubcode(fail.getU64("hardware_entry_failure_reason"));
			exit.setDetails(String.format("hardware_entry_failure_reason 0x%x on CPU %d", exit.getSubcode(), fail.getU32("cpu")));
		} else {
			exit.setReason(KvmExitReason.OTHER);
			exit.setDetails("exit_reason " + reason + otherName(reason));
		}
		return exit;
	}

	/** Whether KVM_RUN can be issued again after this exit (not after SHUTDOWN, INTERNAL_ERROR or FAIL_ENTRY). */
	public static boolean canContinue(KvmExit exit) {
		return switch (exit.getReason()) {
		case IO, MMIO, HLT -> true;
		case OTHER -> exit.getExitReason() == KvmConstants.KVM_EXIT_INTR;
		default -> false;
		};
	}

	/** One line for people: "IO out port 0x10 size 1 data 42", "MMIO read 0xfed00000 size 4", … */
	public static String describe(KvmExit exit) {
		if (exit == null) {
			return "no exit";
		}
		HexFormat hex = HexFormat.of();
		String where = String.format(" at RIP 0x%x (CS base 0x%x)", exit.getRip(), exit.getCsBase());
		return "exit " + exit.getIndex() + ": " + switch (exit.getReason()) {
		case IO -> String.format("IO %s port 0x%x size %d%s data %s", exit.isWrite() ? "out" : "in", exit.getPort(),
				exit.getSize(), exit.getCount() > 1 ? " count " + exit.getCount() : "", hex.formatHex(exit.getData()));
		case MMIO -> String.format("MMIO %s 0x%x size %d data %s", exit.isWrite() ? "write" : "read", exit.getAddress(),
				exit.getSize(), hex.formatHex(exit.getData()));
		case HLT -> "HLT";
		default -> exit.getReason().getLiteral() + (exit.getDetails() == null ? "" : " (" + exit.getDetails() + ")");
		} + where;
	}

	/** KVM_INTERNAL_ERROR_* by name. */
	public static String suberrorName(long suberror) {
		if (suberror == KvmConstants.KVM_INTERNAL_ERROR_EMULATION) {
			return "KVM_INTERNAL_ERROR_EMULATION";
		}
		if (suberror == KvmConstants.KVM_INTERNAL_ERROR_SIMUL_EX) {
			return "KVM_INTERNAL_ERROR_SIMUL_EX";
		}
		if (suberror == KvmConstants.KVM_INTERNAL_ERROR_DELIVERY_EV) {
			return "KVM_INTERNAL_ERROR_DELIVERY_EV";
		}
		if (suberror == KvmConstants.KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON) {
			return "KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON";
		}
		return "suberror " + suberror;
	}

	private static String otherName(long reason) {
		if (reason == KvmConstants.KVM_EXIT_UNKNOWN) {
			return " (KVM_EXIT_UNKNOWN)";
		}
		if (reason == KvmConstants.KVM_EXIT_EXCEPTION) {
			return " (KVM_EXIT_EXCEPTION)";
		}
		if (reason == KvmConstants.KVM_EXIT_INTR) {
			return " (KVM_EXIT_INTR: a signal interrupted KVM_RUN)";
		}
		return "";
	}
}
