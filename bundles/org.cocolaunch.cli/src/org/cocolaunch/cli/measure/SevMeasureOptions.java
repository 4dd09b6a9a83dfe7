/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.measure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cocolaunch.cli.UsageException;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;

/**
 * The options of {@code measure}, parsed with the rules of Python argparse as sev-snp-measure 0.0.13 configures it:
 * {@code --opt value} and {@code --opt=value}, unique prefixes of long options, the last repeat wins, a value that
 * looks like an option is refused, choices and integer types are checked while parsing, {@code --vars-size} and
 * {@code --vars-file} exclude each other. Values are kept raw (strings) where sev-snp-measure tests truthiness.
 */
final class SevMeasureOptions {

	/** The engine's launch modes, with sev-snp-measure's {@code snp:ovmf-hash} (no launch, a hash) after snp. */
	static final List<String> MODES = modes();
	/** The choices an invalid --mode is told about: with tdx, which the measure command hands to the TDX options. */
	private static final List<String> MODES_SHOWN = Stream.concat(MODES.stream(), Stream.of("tdx")).toList();
	static final List<String> OUTPUT_FORMATS = List.of("hex", "base64", "json");

	/** argparse's {@code _negative_number_matcher}: such values are not taken for options. */
	private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

	/** Long option → whether it takes a value. Order is the help order. */
	private static final Map<String, Boolean> LONG_OPTIONS = new LinkedHashMap<>();

	static {
		for (String flag : new String[] { "--help", "--version", "--verbose", "--dump-vmsa", "--trace" }) {
			LONG_OPTIONS.put(flag, false);
		}
		for (String opt : new String[] { "--mode", "--vcpus", "--vcpu-type", "--vcpu-sig", "--vcpu-family",
				"--vcpu-model", "--vcpu-stepping", "--vmm-type", "--ovmf", "--kernel", "--initrd", "--append",
				"--guest-features", "--output-format", "--snp-ovmf-hash", "--svsm", "--vars-size", "--vars-file",
				"--vmsa-dir" }) {
			LONG_OPTIONS.put(opt, true);
		}
	}

	boolean help;
	boolean version;
	boolean verbose;
	boolean dumpVmsa;
	/** Where --dump-vmsa writes (cocolaunch's addition; sev-snp-measure writes into the current directory). */
	String vmsaDir;
	boolean trace;
	String mode;
	BigInteger vcpus;
	String vcpuType;
	BigInteger vcpuSig;
	BigInteger vcpuFamily;
	BigInteger vcpuModel;
	BigInteger vcpuStepping;
	String vmmType = "QEMU";
	String ovmf;
	String kernel;
	String initrd;
	String append;
	BigInteger guestFeatures = BigInteger.ONE; // sev-snp-measure default 0x1
	String outputFormat = "hex";
	String snpOvmfHash;
	String svsm;
	BigInteger varsSize;
	String varsFile;

	private SevMeasureOptions() {
	}

	/** Parses the arguments after {@code measure}. Help and version stop parsing where they appear. */
	static SevMeasureOptions parse(List<String> args) throws UsageException {
		SevMeasureOptions o = new SevMeasureOptions();
		List<String> unrecognized = new ArrayList<>();
		String varsSeen = null;
		boolean positionalOnly = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (positionalOnly || !isOptionLike(arg)) {
				if (arg.equals("--") && !positionalOnly) {
					positionalOnly = true;
					continue;
				}
				unrecognized.add(arg);
				continue;
			}
			String name;
			String inline = null;
			if (arg.equals("-h")) {
				name = "--help";
			} else if (arg.equals("-v")) {
				name = "--verbose";
			} else if (arg.startsWith("--")) {
				int eq = arg.indexOf('=');
				String given = eq < 0 ? arg : arg.substring(0, eq);
				inline = eq < 0 ? null : arg.substring(eq + 1);
				name = resolve(given);
				if (name == null) {
					unrecognized.add(arg);
					continue;
				}
			} else {
				unrecognized.add(arg);
				continue;
			}
			if (!LONG_OPTIONS.get(name)) {
				if (inline != null) {
					throw new UsageException("argument " + display(name) + ": ignored explicit argument '" + inline + "'");
				}
				switch (name) {
				case "--help" -> o.help = true;
				case "--version" -> o.version = true;
				case "--verbose" -> o.verbose = true;
				case "--dump-vmsa" -> o.dumpVmsa = true;
				case "--trace" -> o.trace = true;
				default -> throw new IllegalStateException(name);
				}
				if (o.help || o.version) {
					return o; // argparse acts on these as soon as it meets them
				}
				continue;
			}
			String value = inline;
			if (value == null) {
				if (i + 1 >= args.size() || isOptionLike(args.get(i + 1))) {
					throw new UsageException("argument " + display(name) + ": expected one argument");
				}
				value = args.get(++i);
			}
			if (name.equals("--vars-size") || name.equals("--vars-file")) {
				if (varsSeen != null && !varsSeen.equals(name)) {
					throw new UsageException("argument " + name + ": not allowed with argument " + varsSeen);
				}
				varsSeen = name;
			}
			o.set(name, value);
		}
		List<String> missing = new ArrayList<>();
		if (o.mode == null) {
			missing.add("--mode");
		}
		if (o.ovmf == null) {
			missing.add("--ovmf");
		}
		if (!missing.isEmpty()) {
			throw new UsageException("the following arguments are required: " + String.join(", ", missing));
		}
		if (!unrecognized.isEmpty()) {
			throw new UsageException("unrecognized arguments: " + String.join(" ", unrecognized));
		}
		return o;
	}

	private void set(String name, String v) throws UsageException {
		switch (name) {
		case "--mode" -> mode = choice(name, v, MODES_SHOWN);
		case "--vcpus" -> vcpus = integer(name, v, "int", PythonInts.decimal(v));
		case "--vcpu-type" -> vcpuType = choice(name, v, List.copyOf(VcpuTypes.all().keySet()));
		case "--vcpu-sig" -> vcpuSig = integer(name, v, "auto_base_int", PythonInts.auto(v));
		case "--vcpu-family" -> vcpuFamily = integer(name, v, "int", PythonInts.decimal(v));
		case "--vcpu-model" -> vcpuModel = integer(name, v, "int", PythonInts.decimal(v));
		case "--vcpu-stepping" -> vcpuStepping = integer(name, v, "int", PythonInts.decimal(v));
		case "--vmm-type" -> vmmType = v;
		case "--ovmf" -> ovmf = v;
		case "--kernel" -> kernel = v;
		case "--initrd" -> initrd = v;
		case "--append" -> append = v;
		case "--guest-features" -> guestFeatures = integer(name, v, "<lambda>", PythonInts.auto(v));
		case "--output-format" -> outputFormat = choice(name, v, OUTPUT_FORMATS);
		case "--snp-ovmf-hash" -> snpOvmfHash = v;
		case "--svsm" -> svsm = v;
		case "--vars-size" -> varsSize = integer(name, v, "int", PythonInts.decimal(v));
		case "--vars-file" -> varsFile = v;
		case "--vmsa-dir" -> vmsaDir = v;
		default -> throw new IllegalStateException(name);
		}
	}

	/** argparse's test whether a command-line word is an option rather than a value. */
	private static boolean isOptionLike(String arg) {
		if (!arg.startsWith("-") || arg.length() < 2) {
			return false;
		}
		if (arg.equals("-h") || arg.equals("-v")) {
			return true;
		}
		if (arg.startsWith("--")) {
			int eq = arg.indexOf('=');
			String given = eq < 0 ? arg : arg.substring(0, eq);
			if (LONG_OPTIONS.containsKey(given) || !matches(given).isEmpty()) {
				return true;
			}
		}
		if (NEGATIVE_NUMBER.matcher(arg).matches()) {
			return false;
		}
		return !arg.contains(" ");
	}

	/** The long option {@code given} names exactly or as a unique prefix; {@code null} if none. */
	private static String resolve(String given) throws UsageException {
		if (LONG_OPTIONS.containsKey(given)) {
			return given;
		}
		List<String> m = matches(given);
		if (m.size() > 1) {
			throw new UsageException("ambiguous option: " + given + " could match " + String.join(", ", m));
		}
		return m.isEmpty() ? null : m.get(0);
	}

	private static List<String> matches(String prefix) {
		List<String> m = new ArrayList<>();
		if (prefix.length() <= 2) {
			return m;
		}
		for (String opt : LONG_OPTIONS.keySet()) {
			if (opt.startsWith(prefix)) {
				m.add(opt);
			}
		}
		return m;
	}

	private static String display(String name) {
		return switch (name) {
		case "--help" -> "-h/--help";
		case "--verbose" -> "-v/--verbose";
		default -> name;
		};
	}

	private static String choice(String name, String v, List<String> choices) throws UsageException {
		if (!choices.contains(v)) {
			throw new UsageException("argument " + name + ": invalid choice: '" + v + "' (choose from "
					+ String.join(", ", choices.stream().map(c -> "'" + c + "'").toList()) + ")");
		}
		return v;
	}

	private static BigInteger integer(String name, String v, String typeName, BigInteger parsed)
			throws UsageException {
		if (parsed == null) {
			throw new UsageException("argument " + name + ": invalid " + typeName + " value: '" + v + "'");
		}
		return parsed;
	}

	/**
	 * {@code value} as a number of the field's width, refused with the option's name and range when it does not fit
	 * (sev-snp-measure truncates such values silently into its ctypes fields). {@code max == -1} means 2^64 - 1: the
	 * result is then the unsigned 64-bit pattern.
	 */
	static long inRange(String option, BigInteger value, long min, long max) throws UsageException {
		BigInteger hi = max == -1 ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) : BigInteger.valueOf(max);
		if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(hi) > 0) {
			throw new UsageException("argument " + option + ": " + value + " is out of range (expected " + min + " to "
					+ (max == -1 ? "0xffffffffffffffff" : "0x" + Long.toHexString(max)) + ")");
		}
		return value.longValue();
	}

	private static List<String> modes() {
		List<String> modes = new ArrayList<>();
		for (SevMode m : SevMode.values()) {
			modes.add(m.cliName());
			if (m == SevMode.SEV_SNP) {
				modes.add("snp:ovmf-hash");
			}
		}
		return List.copyOf(modes);
	}

	/** The help text (argparse layout). */
	static String helpText() {
		String types = String.join(", ", VcpuTypes.all().keySet());
		return """
				usage: cocolaunch measure [-h] [--version] [-v] --mode {sev,seves,snp,snp:ovmf-hash,snp:svsm,tdx}
				                          [--vcpus N] [--vcpu-type CPUTYPE] [--vcpu-sig VALUE]
				                          [--vcpu-family FAMILY] [--vcpu-model MODEL]
				                          [--vcpu-stepping STEPPING] [--vmm-type VMMTYPE] --ovmf PATH
				                          [--kernel PATH] [--initrd PATH] [--append CMDLINE]
				                          [--guest-features VALUE] [--output-format {hex,base64,json}] [--trace]
				                          [--snp-ovmf-hash HASH] [--dump-vmsa] [--vmsa-dir DIR] [--svsm PATH]
				                          [--vars-size SIZE | --vars-file PATH]

				Calculate AMD SEV/SEV-ES/SEV-SNP guest launch measurement (same options and output as
				sev-snp-measure 0.0.13, plus --output-format json, --trace and --vmsa-dir)

				options:
				  -h, --help            show this help message and exit
				  --version             show program's version number and exit
				  -v, --verbose
				  --mode {sev,seves,snp,snp:ovmf-hash,snp:svsm,tdx}
				                        Guest mode (tdx: its options are in cocolaunch help measure)
				  --vcpus N             Number of guest vcpus
				  --vcpu-type CPUTYPE   Type of guest vcpu (%s)
				  --vcpu-sig VALUE      Guest vcpu signature value
				  --vcpu-family FAMILY  Guest vcpu family
				  --vcpu-model MODEL    Guest vcpu model
				  --vcpu-stepping STEPPING
				                        Guest vcpu stepping
				  --vmm-type VMMTYPE    Type of guest vmm (QEMU, ec2, gce)
				  --ovmf PATH           OVMF file to calculate hash from
				  --kernel PATH         Kernel file to calculate hash from
				  --initrd PATH         Initrd file to calculate hash from (use with --kernel)
				  --append CMDLINE      Kernel command line to calculate hash from (use with --kernel)
				  --guest-features VALUE
				                        Hex representation of the guest kernel features expected to be included
				                        (defaults to 0x1)
				  --output-format {hex,base64,json}
				                        Measurement output format
				  --trace               With json output: list every measured page (SNP) or update (SEV)
				  --snp-ovmf-hash HASH  Precalculated hash of the OVMF binary (hex string)
				  --dump-vmsa           Write measured VMSAs to vmsa<N>.bin (seves, snp, and snp:svsm modes only)
				  --vmsa-dir DIR        Directory --dump-vmsa writes to (default: the current directory); at
				                        most 4096 files, never through a symbolic link or over a non-regular file

				snp:svsm Mode:
				  AMD SEV-SNP with Coconut-SVSM. This mode additionally requires --svsm and either
				  --vars-file or --vars-size to be set.

				  --svsm PATH           SVSM binary
				  --vars-size SIZE      Size of the OVMF_VARS file in bytes (conflicts with --vars-file)
				  --vars-file PATH      OVMF_VARS file (conflicts with --vars-size)
				""".formatted(types);
	}
}
