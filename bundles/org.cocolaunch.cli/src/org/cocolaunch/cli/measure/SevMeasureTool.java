/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.core.io.AtomicFileWriter;
import org.cocolaunch.core.io.SaveOptions;
import org.cocolaunch.core.io.SaveRefusedException;
import org.cocolaunch.core.json.JsonWriter;
import org.cocolaunch.sev.core.InputFiles;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.engine.SevLaunchConfigs;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.measure.MeasurementResult;
import org.cocolaunch.sev.core.measure.PageTrace;
import org.cocolaunch.sev.core.measure.SevLaunchDigest;
import org.cocolaunch.sev.core.measure.SnpLaunchDigest;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;

/**
 * {@code cocolaunch measure}: a drop-in for sev-snp-measure 0.0.13 (same options, same stdout, same checks in the
 * same order as its {@code cli.py}). Exit 0 on success, 2 with one line on stderr for usage errors, 1 with one line
 * on stderr for input errors. Additions: {@code --output-format json} and {@code --trace}.
 */
public final class SevMeasureTool {

	static final String PROG = "cocolaunch measure";
	static final String UPSTREAM_VERSION = "0.0.13";
	/** Upper bound on --vcpus so a typo cannot make us build millions of VMSAs (KVM's own limit is 4096). */
	static final int MAX_VCPUS = 65536;
	/** Largest family CPUID(1).EAX can express: base family 0xF plus the 8-bit extended family. */
	static final long MAX_FAMILY = 0xF + 0xFF;
	/** OVMF_VARS must fit below 4 GiB together with the firmware. */
	static final long MAX_VARS_SIZE = 1L << 32;

	private SevMeasureTool() {
	}

	/**
	 * Runs the tool.
	 *
	 * @param args       the arguments after {@code measure}
	 * @param workingDir directory against which relative paths are resolved (and VMSAs dumped)
	 */
	public static int run(List<String> args, Path workingDir, PrintStream out, PrintStream err) {
		return run(args, workingDir, out, err, null);
	}

	/**
	 * Runs the tool with the command line given as bytes that are not UTF-8 ({@code appendBytes}, null when
	 * {@code --append} is text): they are hashed as given, since QEMU hands the kernel exactly those bytes.
	 */
	public static int run(List<String> args, Path workingDir, PrintStream out, PrintStream err, byte[] appendBytes) {
		try {
			SevMeasureOptions o = SevMeasureOptions.parse(args);
			if (o.help) {
				out.print(SevMeasureOptions.helpText());
				return 0;
			}
			if (o.version) {
				out.print(PROG + " (sev-snp-measure " + UPSTREAM_VERSION + " compatible)\n");
				return 0;
			}
			out.print(execute(o, workingDir, err, appendBytes));
			out.flush();
			return 0;
		} catch (UsageException e) {
			err.print(PROG + ": error: " + e.getMessage() + "\n");
			return 2;
		} catch (SevInputException e) {
			err.print("Error: " + e.getMessage() + "\n");
			return 1;
		} catch (RuntimeException | OutOfMemoryError e) {
			// Never a stack trace on the console: say what broke in one line.
			err.print("Error: internal error: " + String.valueOf(e).replace('\n', ' ') + "\n");
			return 1;
		}
	}

	private static String execute(SevMeasureOptions o, Path cwd, PrintStream err, byte[] appendBytes)
			throws UsageException, SevInputException {
		if (o.mode.equals("snp:ovmf-hash")) {
			FirmwareImage ovmf = FirmwareImage.load(cwd.resolve(o.ovmf), "OVMF");
			byte[] hash = LaunchMeasurer.snpOvmfHash(ovmf);
			warn(o, err, ovmf.warnings());
			if (o.outputFormat.equals("json")) {
				return JsonWriter.compact().beginObject().field("mode", o.mode).field("measurement", hex(hash)).endObject()
						.toString();
			}
			return hex(hash) + "\n"; // sev-snp-measure prints hex here whatever --output-format says
		}
		// The kernel and initrd digests do not depend on the rest: hash them on the second core meanwhile.
		if (truthy(o.kernel)) {
			InputFiles.prefetchSha256(cwd.resolve(o.kernel), "kernel");
			if (truthy(o.initrd)) {
				InputFiles.prefetchSha256(cwd.resolve(o.initrd), "initrd");
			}
		}
		MeasurementRequest request = SevLaunchConfigs.measurementRequest(config(o, cwd), cwd)
				.withTrace(o.trace && o.outputFormat.equals("json"));
		if (appendBytes != null && request.append() != null) {
			request = request.withAppendBytes(appendBytes);
		}
		MeasurementResult result = LaunchMeasurer.measure(request);
		warn(o, err, result.warnings());
		if (o.dumpVmsa || o.vmsaDir != null) {
			dumpVmsas(result.vmsas(), vmsaDir(o, cwd));
		}
		return format(o, result);
	}

	/** sev-snp-measure's help (argparse layout). */
	public static String helpText() {
		return SevMeasureOptions.helpText();
	}

	/** The {@code --mode} values (sev-snp-measure's). */
	public static List<String> modes() {
		return SevMeasureOptions.MODES;
	}

	/**
	 * The launch configuration a {@code measure} command line (the arguments after {@code measure}) describes, checked
	 * as the tool checks it; paths stay as written. {@code --mode snp:ovmf-hash} has no launch behind it and is
	 * refused.
	 *
	 * @throws UsageException for usage mistakes, with the tool's one-line message
	 * @throws SevInputException for unusable inputs (an OVMF_VARS file that cannot be read)
	 */
	public static SevLaunchConfig parseConfig(List<String> args, Path workingDir) throws UsageException, SevInputException {
		SevMeasureOptions o = SevMeasureOptions.parse(args);
		if (o.help || o.version || o.mode.equals("snp:ovmf-hash")) {
			throw new UsageException("'" + String.join(" ", args) + "' does not describe a launch");
		}
		return config(o, workingDir);
	}

	/** The typed configuration of the options, with sev-snp-measure's checks in its order. */
	private static SevLaunchConfig config(SevMeasureOptions o, Path cwd) throws UsageException, SevInputException {
		if (truthy(o.initrd) && o.kernel == null) {
			throw new UsageException("--kernel required when using --initrd");
		}
		if (truthy(o.append) && o.kernel == null) {
			throw new UsageException("--kernel required when using --append");
		}
		if (!o.mode.equals("sev") && o.vcpus == null) {
			throw new UsageException("missing --vcpus N in guest mode '" + o.mode + "'");
		}
		VmmType vmm = VmmType.fromCliName(o.vmmType);
		if (vmm == null) {
			throw new UsageException("unknown VMM type '" + o.vmmType + "'");
		}
		long vcpuSig = vcpuSignature(o, vmm);
		SevMode mode = switch (o.mode) {
		case "sev" -> SevMode.SEV;
		case "seves" -> SevMode.SEV_ES;
		case "snp" -> SevMode.SEV_SNP;
		default -> SevMode.SEV_SNP_SVSM;
		};
		long varsSize = 0;
		if (mode == SevMode.SEV_SNP_SVSM) {
			if (truthy(o.varsFile)) {
				varsSize = InputFiles.size(cwd.resolve(o.varsFile), "OVMF_VARS");
			} else if (o.varsSize != null && o.varsSize.signum() != 0) {
				varsSize = SevMeasureOptions.inRange("--vars-size", o.varsSize, 1, MAX_VARS_SIZE);
			} else {
				throw new UsageException("snp:svsm mode requires --vars-size or --vars-file");
			}
			if (o.svsm == null) {
				throw new UsageException("snp:svsm mode requires --svsm");
			}
		}
		if ((o.dumpVmsa || o.vmsaDir != null) && mode == SevMode.SEV) {
			throw new UsageException("--dump-vmsa is not available in the selected mode");
		}
		int vcpus = vcpuCount(o.vcpus);
		if ((o.dumpVmsa || o.vmsaDir != null) && vcpus > MAX_VMSA_FILES) {
			// refused before measuring: the count, not the launch, is the mistake
			throw new UsageException("--dump-vmsa writes one file per vCPU, at most " + MAX_VMSA_FILES + " (KVM's limit);"
					+ " got --vcpus " + vcpus);
		}
		boolean seeded = o.snpOvmfHash != null && !o.snpOvmfHash.isEmpty();
		if (seeded && mode != SevMode.SEV_SNP) {
			throw new SevInputException("SNP OVMF hash only works with SNP"); // checked before the hex, as upstream
		}
		SevLaunchConfig c = SevLaunchConfigs.of(mode, o.ovmf);
		c.setKernel(truthy(o.kernel) ? o.kernel : null);
		c.setInitrd(truthy(o.initrd) ? o.initrd : null);
		c.setAppend(truthy(o.append) ? o.append : null);
		c.setGuestFeatures(SevMeasureOptions.inRange("--guest-features", o.guestFeatures, 0, -1L));
		c.setVcpus(vcpus);
		c.setVcpuType(o.vcpuType != null && o.vcpuFamily == null && o.vcpuSig == null ? o.vcpuType : null);
		c.setVcpuSig(vcpuSig);
		c.setVmm(vmm);
		c.setSnpOvmfHash(seeded ? seed(o.snpOvmfHash) : null);
		c.setSvsm(o.svsm);
		c.setVarsSize(varsSize);
		return c;
	}

	/** sev-snp-measure's {@code get_vcpu_sig}: family beats signature beats type; QEMU needs one of them. */
	private static long vcpuSignature(SevMeasureOptions o, VmmType vmm) throws UsageException {
		if (o.mode.equals("sev")) {
			return 0;
		}
		if (o.vcpuFamily != null) {
			if (o.vcpuModel == null || o.vcpuStepping == null) {
				throw new UsageException("--vcpu-family requires --vcpu-model and --vcpu-stepping");
			}
			return VcpuTypes.signature(SevMeasureOptions.inRange("--vcpu-family", o.vcpuFamily, 0, MAX_FAMILY),
					SevMeasureOptions.inRange("--vcpu-model", o.vcpuModel, 0, 0xFF),
					SevMeasureOptions.inRange("--vcpu-stepping", o.vcpuStepping, 0, 0xF));
		}
		if (o.vcpuSig != null) {
			return SevMeasureOptions.inRange("--vcpu-sig", o.vcpuSig, 0, 0xFFFF_FFFFL);
		}
		if (o.vcpuType != null) {
			return VcpuTypes.byName(o.vcpuType);
		}
		if (vmm == VmmType.QEMU) {
			throw new UsageException("missing --vcpu-type or --vcpu-sig or --vcpu-family in guest mode '" + o.mode + "'");
		}
		return 0; // EC2 and GCE put a fixed value in RDX
	}

	private static int vcpuCount(BigInteger vcpus) throws SevInputException {
		if (vcpus == null || vcpus.signum() <= 0) {
			return 0; // Python's range() of a negative count is empty
		}
		if (vcpus.compareTo(BigInteger.valueOf(MAX_VCPUS)) > 0) {
			throw new SevInputException("--vcpus " + vcpus + " is more than " + MAX_VCPUS);
		}
		return vcpus.intValue();
	}

	private static byte[] seed(String hash) throws SevInputException {
		String h = hash.strip().replaceAll("\\s+", ""); // bytes.fromhex() skips whitespace
		try {
			byte[] seed = HexFormat.of().parseHex(h);
			if (seed.length != SnpLaunchDigest.SIZE) {
				throw new SevInputException("--snp-ovmf-hash must be 48 bytes (96 hex digits), got " + seed.length);
			}
			return seed;
		} catch (IllegalArgumentException e) {
			throw new SevInputException("--snp-ovmf-hash is not a hex string: " + e.getMessage());
		}
	}

	private static String format(SevMeasureOptions o, MeasurementResult r) {
		byte[] ld = r.measurement();
		switch (o.outputFormat) {
		case "json" -> {
			return json(o, r); // the writer ends its text with a newline
		}
		case "base64" -> {
			return line(o, r.mode(), Base64.getEncoder().encodeToString(ld));
		}
		default -> {
			return line(o, r.mode(), hex(ld));
		}
		}
	}

	private static String line(SevMeasureOptions o, SevMode mode, String measurement) {
		return o.verbose ? "Calculated " + mode.name() + " guest measurement: " + measurement + "\n"
				: measurement + "\n";
	}

	private static String json(SevMeasureOptions o, MeasurementResult r) {
		JsonWriter j = JsonWriter.compact().beginObject();
		j.field("mode", o.mode).field("measurement", hex(r.measurement()));
		if (o.trace) {
			if (r.mode().isSnp()) {
				j.name("pages").beginArray();
				for (PageTrace p : r.pages()) {
					j.beginObject().field("gpa", "0x" + Long.toHexString(p.gpa())).field("page_type", p.type().getLiteral().toLowerCase(Locale.ROOT))
							.field("contents_digest", hex(p.contentsDigest())).field("digest_after", hex(p.digestAfter()))
							.endObject();
				}
				j.endArray();
			} else {
				j.name("updates").beginArray();
				for (SevLaunchDigest.Update u : r.updates()) {
					j.beginObject().field("what", u.what()).field("gpa", u.gpa() < 0 ? null : "0x" + Long.toHexString(u.gpa()))
							.field("length", u.length()).field("digest_after", hex(u.digestAfter())).endObject();
				}
				j.endArray();
			}
		}
		return j.endObject().toString();
	}

	/**
	 * The most files {@code --dump-vmsa} writes: one per vCPU, and KVM on x86 creates at most 4096 vCPUs
	 * ({@code KVM_MAX_VCPUS}); a larger count is a mistake, not a launch, and must not fill a directory.
	 */
	static final int MAX_VMSA_FILES = 4096;

	/** The directory VMSAs are written to: {@code --vmsa-dir}, else the current directory; it must exist. */
	private static Path vmsaDir(SevMeasureOptions o, Path cwd) throws SevInputException {
		Path dir = o.vmsaDir == null ? cwd : cwd.resolve(o.vmsaDir);
		if (!Files.isDirectory(dir)) {
			throw new SevInputException("--vmsa-dir " + dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
		}
		return dir;
	}

	/**
	 * Writes {@code vmsa<N>.bin} into {@code dir}, each atomically through {@link AtomicFileWriter}: a planted
	 * symbolic link or a FIFO of that name is refused (never followed or opened), an existing regular file is replaced.
	 */
	private static void dumpVmsas(List<byte[]> vmsas, Path dir) throws SevInputException {
		if (vmsas.size() > MAX_VMSA_FILES) {
			throw new SevInputException("--dump-vmsa writes one file per vCPU, at most " + MAX_VMSA_FILES + "; this launch has "
					+ vmsas.size());
		}
		for (int i = 0; i < vmsas.size(); i++) {
			Path f = dir.resolve("vmsa" + i + ".bin");
			byte[] vmsa = vmsas.get(i);
			if (Files.isSymbolicLink(f)) { // measure has no --force: a planted link is never written through
				throw new SevInputException(f + ": is a symbolic link; --dump-vmsa does not write through links (remove it)");
			}
			try {
				AtomicFileWriter.write(f, SaveOptions.defaults(), out -> out.write(vmsa));
			} catch (SaveRefusedException e) {
				throw new SevInputException(e.getMessage(), e);
			} catch (IOException e) {
				throw new SevInputException("cannot write " + f + ": " + e.getMessage(), e);
			}
		}
	}

	private static void warn(SevMeasureOptions o, PrintStream err, List<String> warnings) {
		if (o.verbose) {
			for (String w : warnings) {
				err.print("Warning: " + w + "\n");
			}
		}
	}

	private static boolean truthy(String s) {
		return s != null && !s.isEmpty();
	}

	private static String hex(byte[] b) {
		return HexFormat.of().formatHex(b);
	}
}
