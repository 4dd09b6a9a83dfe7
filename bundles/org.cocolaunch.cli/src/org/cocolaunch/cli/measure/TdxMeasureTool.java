/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.engine.TdxLaunchConfigs;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxMeasurement;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;

/**
 * {@code measure --mode tdx}: MRTD (and the RTMR events) of a QEMU/KVM TD launch. Exit status 0 on success, 2 with a
 * one-line message for command-line mistakes, 1 with a one-line message for unusable inputs.
 */
public final class TdxMeasureTool {

	public static final int EXIT_OK = 0;
	public static final int EXIT_INPUT = 1;
	public static final int EXIT_USAGE = 2;

	private TdxMeasureTool() {
	}

	/**
	 * @param args       the arguments after the word {@code measure}
	 * @param workingDir base for relative paths
	 */
	public static int run(List<String> args, Path workingDir, PrintStream out, PrintStream err) {
		TdxMeasureOptions options;
		try {
			options = TdxMeasureOptions.parse(args);
		} catch (UsageException e) {
			err.println("measure: " + e.getMessage() + "; " + TdxMeasureOptions.USAGE);
			return EXIT_USAGE;
		}
		try {
			TdxLaunchInputs inputs = TdxLaunchConfigs.load(options.config(), workingDir);
			inputs.firmware().notMeantForTdx().ifPresent(why -> err.println("measure: warning: " + options.ovmf() + ": " + why));
			TdxMeasurement m = TdxLaunchMeasurer.measure(inputs);
			out.print(options.json() ? json(options, m) : HexFormat.of().formatHex(m.mrtd()) + "\n");
			out.flush();
			return EXIT_OK;
		} catch (TdxInputException e) {
			err.println("measure: " + oneLine(e.getMessage()));
			return EXIT_INPUT;
		} catch (RuntimeException | OutOfMemoryError e) {
			err.println("measure: internal error: " + oneLine(String.valueOf(e)));
			return EXIT_INPUT;
		}
	}

	/** The options of {@code --mode tdx}. */
	public static String helpText() {
		return """
				--mode tdx (Intel TDX: MRTD, and with --output-format json RTMR0-3 and the RTMR events):
				  --ovmf PATH           TDVF/OVMF image with TDX metadata
				  --page-order single|two-pass
				                        PAGE.ADD/MR.EXTEND order: single (upstream KVM, QEMU 9+, default) or
				                        two-pass (QEMU 8.x TDX trees); MRTD depends on it
				  --mem BYTES           guest RAM, decimal or 0x hex (default 134217728, QEMU's -m default)
				  --vcpus N             vCPUs (default 1)
				  --kernel PATH         kernel for direct boot (RTMR1); --initrd PATH, --append CMDLINE with it
				  --output-format hex|json
				""";
	}

	static String json(TdxMeasureOptions options, TdxMeasurement m) {
		HexFormat hex = HexFormat.of();
		JsonWriter w = JsonWriter.pretty().beginObject();
		w.name("mode").value("tdx");
		w.name("page_order").value(TdxPageOrders.cliName(options.order()));
		w.name("memory_bytes").value(options.ramSize());
		w.name("vcpus").value(options.vcpus());
		w.name("mrtd").value(hex.formatHex(m.mrtd()));
		for (int i = 0; i < m.rtmrs().size(); i++) {
			byte[] r = m.rtmrs().get(i);
			w.name("rtmr" + i).value(r == null ? null : hex.formatHex(r));
		}
		w.name("events").beginArray();
		for (RtmrEvent e : m.events()) {
			w.beginObject().name("rtmr").value(e.rtmr()).name("name").value(e.name()).name("digest").value(e.digestHex())
					.endObject();
		}
		w.endArray();
		return w.endObject().toString();
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
	}
}
