/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.cli;

import org.cocolaunch.core.json.JsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.measure.RtmrEvent;
import org.cocolaunch.tdx.core.measure.TdxLaunchConfig;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.measure.TdxMeasurement;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;

/**
 * {@code measure --mode tdx}: MRTD (and the RTMR events) of a QEMU/KVM TD launch. Exit status 0 on success, 2 with a
 * one-line message for command-line mistakes, 1 with a one-line message for unusable inputs.
 */
public final class TdxMeasureTool {

	public static final int EXIT_OK = 0;
	public static final int EXIT_INPUT = 1;
	public static final int EXIT_USAGE = 2;

	/** Largest kernel/initrd read: what a Java array holds (QEMU's fw_cfg sizes are 32-bit anyway). */
	private static final long MAX_BLOB = Integer.MAX_VALUE - 64;

	private TdxMeasureTool() {
	}

	/**
	 * @param args       the arguments after the word {@code measure}
	 * @param workingDir base for relative paths
	 */
	public static int run(List<String> args, Path workingDir, PrintStream out, PrintStream err) {
		MeasureOptions options;
		try {
			options = MeasureOptions.parse(args);
		} catch (UsageException e) {
			err.println("measure: " + e.getMessage() + "; " + MeasureOptions.USAGE);
			return EXIT_USAGE;
		}
		try {
			TdvfImage firmware = TdvfParser.parse(resolve(workingDir, options.ovmf()), options.ovmf());
			firmware.notMeantForTdx().ifPresent(why -> err.println("measure: warning: " + options.ovmf() + ": " + why));
			byte[] kernel = options.kernel() == null ? null : read(workingDir, options.kernel(), "kernel");
			byte[] initrd = options.initrd() == null ? null : read(workingDir, options.initrd(), "initrd");
			TdxLaunchConfig config = new TdxLaunchConfig(firmware, options.order(), options.ramSize(), options.vcpus(),
					kernel, options.kernel(), initrd, options.commandLine());
			TdxMeasurement m = TdxLaunchMeasurer.measure(config);
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

	private static Path resolve(Path workingDir, String path) {
		return workingDir.resolve(path);
	}

	private static byte[] read(Path workingDir, String path, String what) throws TdxInputException {
		Path p = resolve(workingDir, path);
		try {
			if (Files.size(p) > MAX_BLOB) {
				throw new TdxInputException(what + " " + path + " is too large (over 2 GiB)");
			}
			return Files.readAllBytes(p);
		} catch (NoSuchFileException e) {
			throw new TdxInputException("cannot read " + what + " " + path + ": no such file");
		} catch (IOException e) {
			throw new TdxInputException("cannot read " + what + " " + path + ": " + oneLine(String.valueOf(e.getMessage())));
		}
	}

	static String json(MeasureOptions options, TdxMeasurement m) {
		HexFormat hex = HexFormat.of();
		JsonWriter w = JsonWriter.pretty().beginObject();
		w.name("mode").value("tdx");
		w.name("page_order").value(options.order().cliName());
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
