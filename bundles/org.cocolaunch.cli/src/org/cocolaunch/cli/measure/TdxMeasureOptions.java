/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.tdx.core.engine.TdxLaunchConfigs;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdxLaunchConfig;

/**
 * The options of {@code measure --mode tdx}, parsed and checked for form (not for file contents).
 *
 * @param ovmf         firmware path as given
 * @param order        page order (default {@link MeasureOrder#SINGLE})
 * @param ramSize      guest RAM in bytes (default {@link GuestRamLayout#QEMU_DEFAULT_RAM}, QEMU's own default)
 * @param vcpus        vCPU count (default 1)
 * @param kernel       kernel path or null
 * @param initrd       initrd path or null
 * @param commandLine  {@code --append} text or null
 * @param json         true for {@code --output-format json}, false for hex
 */
public record TdxMeasureOptions(String ovmf, MeasureOrder order, long ramSize, int vcpus, String kernel, String initrd,
		String commandLine, boolean json) {

	/** Largest vCPU count accepted (KVM's KVM_MAX_VCPUS on x86). */
	static final int MAX_VCPUS = 4096;

	static final String USAGE = "usage: measure --mode tdx --ovmf FILE [--page-order single|two-pass] [--mem BYTES]"
			+ " [--vcpus N] [--kernel FILE [--initrd FILE] [--append CMDLINE]] [--output-format hex|json];"
			+ " --mem is decimal or 0x hex, default 134217728 (QEMU's default -m)";

	private static final Set<String> OPTIONS = Set.of("--mode", "--ovmf", "--page-order", "--mem", "--vcpus",
			"--kernel", "--initrd", "--append", "--output-format");

	public static TdxMeasureOptions parse(List<String> args) throws UsageException {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			if (!OPTIONS.contains(name)) {
				throw new UsageException(arg.startsWith("-") ? "unknown option " + name : "unexpected argument '" + arg + "'");
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException("option " + name + " needs a value");
				}
				value = args.get(++i);
			}
			if (values.put(name, value) != null) {
				throw new UsageException("option " + name + " given twice");
			}
		}
		String mode = values.getOrDefault("--mode", "tdx");
		if (!mode.equals("tdx")) {
			throw new UsageException("--mode " + mode + " is not handled by the TDX engine, expected --mode tdx");
		}
		String ovmf = values.get("--ovmf");
		if (ovmf == null || ovmf.isEmpty()) {
			throw new UsageException("--ovmf FILE is required");
		}
		String orderName = values.getOrDefault("--page-order", TdxPageOrders.cliName(MeasureOrder.PER_PAGE));
		MeasureOrder order = TdxPageOrders.ofCliName(orderName)
				.orElseThrow(() -> new UsageException("--page-order " + orderName + ": expected single or two-pass"));
		long mem = values.containsKey("--mem") ? parseMem(values.get("--mem")) : GuestRamLayout.QEMU_DEFAULT_RAM;
		int vcpus = values.containsKey("--vcpus") ? parseVcpus(values.get("--vcpus")) : 1;
		String kernel = values.get("--kernel");
		String initrd = values.get("--initrd");
		String append = values.get("--append");
		if (kernel == null && (initrd != null || append != null)) {
			throw new UsageException((initrd != null ? "--initrd" : "--append") + " needs --kernel (as in QEMU)");
		}
		String format = values.getOrDefault("--output-format", "hex");
		if (!format.equals("hex") && !format.equals("json")) {
			throw new UsageException("--output-format " + format + ": expected hex or json");
		}
		return new TdxMeasureOptions(ovmf, order, mem, vcpus, kernel, initrd, append, format.equals("json"));
	}

	/** The typed launch configuration these options describe (paths as written). */
	public TdxLaunchConfig config() {
		TdxLaunchConfig c = TdxLaunchConfigs.of(ovmf);
		c.setPageOrder(order);
		c.setMemory(ramSize);
		c.setVcpus(vcpus);
		c.setKernel(kernel);
		c.setInitrd(initrd);
		c.setAppend(commandLine);
		return c;
	}

	static long parseMem(String text) throws UsageException {
		long v;
		try {
			String t = text.trim().toLowerCase(Locale.ROOT);
			v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
		} catch (NumberFormatException e) {
			throw new UsageException("--mem " + text + ": expected a byte count, decimal or 0x hex");
		}
		if (v <= 0 || v > GuestRamLayout.MAX_RAM || v % 4096 != 0) {
			throw new UsageException("--mem " + text + ": expected a positive multiple of 4096 bytes up to 2^46");
		}
		return v;
	}

	static int parseVcpus(String text) throws UsageException {
		try {
			int n = Integer.parseInt(text.trim());
			if (n >= 1 && n <= MAX_VCPUS) {
				return n;
			}
		} catch (NumberFormatException e) {
			// fall through to the message below
		}
		throw new UsageException("--vcpus " + text + ": expected a number from 1 to " + MAX_VCPUS);
	}
}
