/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.kvm.sys.NativeSystem;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The fake kernel library (native/fakekvm.c, built by the test build into target/native/libfakekvm.so and named by
 * -Dcocolaunch.kvm.libc): its control functions and its call log, parsed.
 */
public final class FakeKernel {

	/** The control functions fakekvm.c exports. */
	public interface Control extends Library {
		void fakekvm_reset();

		int fakekvm_inject(String point, int nth, int errno, long firmwareError);

		void fakekvm_set_vm_types(long mask);

		int fakekvm_log_count();

		String fakekvm_log_entry(int index);

		int fakekvm_live_resources();
	}

	/** One logged call: its name (open, close, ioctl, mmap, ...) and its key=value fields. */
	public record Call(String call, Map<String, String> fields) {
		public String get(String key) {
			return fields.get(key);
		}

		public int fd() {
			return Integer.parseInt(fields.get("fd"));
		}

		public int ret() {
			return Integer.parseInt(fields.get("ret"));
		}

		/** For ioctl: the sub-command of KVM_MEMORY_ENCRYPT_OP, else the request name. */
		public String what() {
			String sub = fields.get("sub");
			return sub != null && !sub.isEmpty() ? sub : fields.getOrDefault("name", call);
		}

		public byte[] bytes(String key) {
			return HexFormat.of().parseHex(fields.getOrDefault(key, ""));
		}

		@Override
		public String toString() {
			return call + " " + fields;
		}
	}

	private static Control control;

	private FakeKernel() {
	}

	/** The library path from -Dcocolaunch.kvm.libc; fails (never skips) when it is missing. */
	public static Path library() {
		String configured = System.getProperty(NativeSystem.LIBRARY_PROPERTY);
		if (configured == null || !Files.isRegularFile(Path.of(configured))) {
			throw new AssertionError("-D" + NativeSystem.LIBRARY_PROPERTY + " must name the built libfakekvm.so, got " + configured);
		}
		return Path.of(configured);
	}

	public static synchronized Control control() {
		if (control == null) {
			control = Native.load(library().toString(), Control.class);
		}
		return control;
	}

	/** Clears the log, the injections and every fake object; run before each test. */
	public static void reset() {
		control().fakekvm_reset();
	}

	/** Makes the {@code nth} next call of {@code point} fail with {@code errno} (and the firmware error). */
	public static void inject(String point, int nth, int errno, long firmwareError) {
		if (control().fakekvm_inject(point, nth, errno, firmwareError) != 0) {
			throw new AssertionError("too many injections");
		}
	}

	public static int liveResources() {
		return control().fakekvm_live_resources();
	}

	public static List<Call> log() {
		List<Call> calls = new ArrayList<>();
		int n = control().fakekvm_log_count();
		for (int i = 0; i < n; i++) {
			String[] parts = control().fakekvm_log_entry(i).split("\t");
			Map<String, String> fields = new LinkedHashMap<>();
			for (int k = 1; k < parts.length; k++) {
				int eq = parts[k].indexOf('=');
				fields.put(parts[k].substring(0, eq), parts[k].substring(eq + 1));
			}
			calls.add(new Call(parts[0], fields));
		}
		return calls;
	}

	/** The logged ioctls whose sub-command or request name is {@code what}. */
	public static List<Call> ioctls(String what) {
		return log().stream().filter(c -> c.call().equals("ioctl") && c.what().equals(what)).toList();
	}
}
