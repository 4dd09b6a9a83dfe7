/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.explain;

import java.nio.file.Path;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.cocolaunch.core.explain.SearchResult;
import org.cocolaunch.core.explain.Variant;
import org.cocolaunch.sev.core.InputFiles;
import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.engine.SevLaunchConfigs;
import org.cocolaunch.sev.core.hashes.KernelHashTable;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.measure.SnpLaunchDigest;
import org.cocolaunch.sev.core.measure.SnpLaunchPlanner;
import org.cocolaunch.sev.core.measure.SnpPageMeasurer;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.SectionType;
import org.cocolaunch.sev.core.vmsa.SaveArea;
import org.cocolaunch.sev.core.vmsa.VmsaBuilder;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.VmmType;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Finds every SEV, SEV-ES or SNP configuration of a {@link SevSearchSpace} whose launch digest equals a target.
 * <p>
 * Work is shared the way the launch is built. SNP: the PAGE_INFO chain over the firmware pages is computed once per
 * firmware; the metadata pages once per (firmware, VMM preset, kernel hashes); then only VMSA pages remain. The
 * chain state is the 48-byte digest, so each (vCPU class, guest features) resumes from that prefix, and vCPU count
 * n+1 extends count n by one AP VMSA page (one 2-block SHA-384). The VMSA contents hash reuses the SHA-384 state over
 * the bytes before SEV_FEATURES. (vCPU class, guest features) units run in parallel on all cores. SEV-ES resumes a
 * cloned SHA-256 state the same way. Every hit is recomputed with {@link LaunchMeasurer} before it is reported.
 */
public final class SevVariantSearch {

	/** Bytes of a VMSA before the 128-byte SHA block holding SEV_FEATURES (0x3B0): the same for every feature value. */
	private static final int SHARED_VMSA_PREFIX = SaveArea.SEV_FEATURES / 128 * 128;
	/** Units per progress report and cancel check. */
	private static final int BATCH = 256;

	private record Firmware(Path path, FirmwareImage image, long apEip) {
	}

	private record Seed(HashChoice hashes, byte[] digest) {
	}

	private record Hit(Firmware fw, VmmType vmm, VcpuClass cls, long features, HashChoice hashes, int vcpus) {
	}

	/** Per-thread scratch, so that units allocate only the two cloned SHA-384 states. */
	private static final class Scratch {
		final byte[] page = new byte[PageUpdate.PAGE_SIZE];
		final byte[] bsp = new byte[SnpLaunchDigest.SIZE];
		final byte[] ap = new byte[SnpLaunchDigest.SIZE];
		final SnpLaunchDigest chain = new SnpLaunchDigest();
	}

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	private final SevSearchSpace space;
	private final byte[] target;
	private final Queue<Hit> hits = new ConcurrentLinkedQueue<>();
	private final List<String> skipped = new ArrayList<>();
	private byte[] kernel;
	private byte[] initrd;
	private long variants;

	private SevVariantSearch(SevSearchSpace space, byte[] target) {
		this.space = space;
		this.target = target.clone();
	}

	/**
	 * Searches {@code space} for {@code target}.
	 *
	 * @param monitor progress and cancel; may be {@code null}
	 */
	public static SearchResult search(SevSearchSpace space, byte[] target, IProgressMonitor monitor)
			throws SevInputException {
		int size = space.mode() == SevMode.SEV_SNP ? SnpLaunchDigest.SIZE : 32;
		if (space.mode() == SevMode.SEV_SNP_SVSM) {
			throw new SevInputException("the configuration search does not cover snp:svsm launches");
		}
		if (target.length != size) {
			throw new SevInputException("a " + space.mode().cliName() + " measurement has " + size + " bytes, the"
					+ " expected value has " + target.length);
		}
		return new SevVariantSearch(space, target).run(monitor);
	}

	private SearchResult run(IProgressMonitor monitor) throws SevInputException {
		long start = System.nanoTime();
		if (space.kernel() != null) {
			kernel = InputFiles.read(space.kernel(), "kernel");
			initrd = space.initrd() == null ? null : InputFiles.read(space.initrd(), "initrd");
		}
		List<Firmware> firmware = new ArrayList<>();
		for (Path p : space.firmware()) {
			FirmwareImage image = FirmwareImage.load(p, "OVMF");
			long apEip = 0;
			if (space.mode() != SevMode.SEV) {
				try {
					apEip = image.sevEsResetEip();
				} catch (SevInputException e) {
					apEip = 0; // no reset block: only one vCPU can start, which the search still covers
				}
				if (apEip == 0 && space.maxVcpus() > 1) {
					skipped.add("more than 1 vCPU with " + p + " (no SEV-ES reset block, so APs cannot start)");
				}
			}
			firmware.add(new Firmware(p, image, apEip));
		}
		// Plain IProgressMonitor calls only: SubMonitor needs OSGi services, and the search also runs outside OSGi.
		IProgressMonitor pm = monitor == null ? new NullProgressMonitor() : monitor;
		pm.beginTask("Searching " + space.mode().cliName() + " configurations", firmware.size() * units());
		boolean cancelled = false;
		try {
			for (Firmware fw : firmware) {
				cancelled = switch (space.mode()) {
				case SEV -> searchSev(fw, pm);
				case SEV_ES -> searchSevEs(fw, pm);
				default -> searchSnp(fw, pm);
				};
				if (cancelled) {
					break;
				}
			}
		} finally {
			pm.done();
		}
		List<Variant> matches = new ArrayList<>();
		for (Hit h : hits) {
			verified(h, matches);
		}
		return new SearchResult(target, space.mode() == SevMode.SEV_SNP ? "MEASUREMENT" : "launch digest", matches,
				dimensions(firmware), variants, cancelled, System.nanoTime() - start, skipped);
	}

	/** Progress units per firmware: SNP (vCPU class, guest features) units, SEV-ES presets, SEV one. */
	private int units() {
		return switch (space.mode()) {
		case SEV -> 1;
		case SEV_ES -> space.presets().size();
		default -> space.presets().stream().mapToInt(v -> VcpuClass.of(v, space.vcpuTypes()).size()).sum()
				* space.guestFeatures().size();
		};
	}

	// ---- kernel hashes ----

	private List<HashChoice> hashChoices(Firmware fw) {
		List<HashChoice> choices = new ArrayList<>();
		if (kernel == null || space.tryHashesOff()) {
			choices.add(HashChoice.OFF);
		}
		boolean supported = space.mode() == SevMode.SEV_SNP ? fw.image().hasSection(SectionType.SNP_KERNEL_HASHES)
				: fw.image().supportsKernelHashes();
		if (kernel != null && supported) {
			for (CmdlineVariant c : cmdlineVariants()) {
				choices.add(new HashChoice(true, c));
			}
		} else if (kernel != null) {
			skipped.add("kernel hashes on with " + fw.path() + " (the firmware has no kernel-hashes table)");
		}
		return choices;
	}

	private List<CmdlineVariant> cmdlineVariants() {
		return space.append() == null ? List.of(CmdlineVariant.AS_GIVEN) : space.cmdlines();
	}

	private KernelHashTable table(HashChoice h) {
		return h.on() ? KernelHashTable.of(kernel, initrd, h.cmdline().apply(space.append())) : null;
	}

	// ---- SEV ----

	private boolean searchSev(Firmware fw, IProgressMonitor monitor) throws SevInputException {
		for (HashChoice h : hashChoices(fw)) {
			MessageDigest sha = sha("SHA-256");
			sha.update(fw.image().data());
			if (h.on()) {
				sha.update(table(h).table());
			}
			variants++;
			if (Arrays.equals(sha.digest(), target)) {
				hits.add(new Hit(fw, VmmType.QEMU, null, 0, h, 0));
			}
		}
		monitor.worked(1);
		return monitor.isCanceled();
	}

	// ---- SEV-ES ----

	private boolean searchSevEs(Firmware fw, IProgressMonitor monitor) throws SevInputException {
		List<HashChoice> choices = hashChoices(fw);
		int maxVcpus = fw.apEip() == 0 ? 1 : space.maxVcpus();
		for (HashChoice h : choices) {
			MessageDigest prefix = sha("SHA-256");
			prefix.update(fw.image().data());
			if (h.on()) {
				prefix.update(table(h).table());
			}
			for (VmmType vmm : space.presets()) {
				if (monitor.isCanceled()) {
					return true;
				}
				for (VcpuClass cls : VcpuClass.of(vmm, space.vcpuTypes())) {
					MessageDigest sha = copy(prefix);
					byte[] ap = fw.apEip() == 0 ? null
							: VmsaBuilder.resetState(vmm, fw.apEip(), 0, cls.signature()).toBytes();
					sha.update(VmsaBuilder.resetState(vmm, VmsaBuilder.BSP_RESET_EIP, 0, cls.signature()).toBytes());
					for (int n = 1; n <= maxVcpus; n++) {
						if (n > 1) {
							sha.update(ap);
						}
						if (Arrays.equals(copy(sha).digest(), target)) {
							hits.add(new Hit(fw, vmm, cls, 0, h, n));
						}
					}
					variants += (long) maxVcpus * cls.names().size();
				}
			}
		}
		monitor.worked(space.presets().size());
		return false;
	}

	// ---- SNP ----

	private boolean searchSnp(Firmware fw, IProgressMonitor monitor) throws SevInputException {
		FirmwareImage image = fw.image();
		byte[] imageDigest;
		try (SnpPageMeasurer m = new SnpPageMeasurer(null, 2, false)) {
			m.acceptAll(SnpLaunchPlanner.imagePages(image, image.ovmfGpa()));
			imageDigest = m.digest();
		}
		List<HashChoice> choices = hashChoices(fw);
		int maxVcpus = fw.apEip() == 0 ? 1 : space.maxVcpus();
		List<Long> features = space.guestFeatures();
		for (VmmType vmm : space.presets()) {
			List<Seed> seeds = new ArrayList<>();
			for (HashChoice h : choices) {
				KernelHashTable table = table(h);
				try (SnpPageMeasurer m = new SnpPageMeasurer(imageDigest, 1, false)) {
					m.acceptAll(SnpLaunchPlanner.metadataPages(image, table, table == null ? 0 : image.sevHashTableGpa(),
							vmm));
					seeds.add(new Seed(h, m.digest()));
				}
			}
			for (VcpuClass cls : VcpuClass.of(vmm, space.vcpuTypes())) {
				byte[] bsp = VmsaBuilder.resetState(vmm, VmsaBuilder.BSP_RESET_EIP, 0, cls.signature()).toBytes();
				byte[] ap = fw.apEip() == 0 ? null : VmsaBuilder.resetState(vmm, fw.apEip(), 0, cls.signature()).toBytes();
				MessageDigest bspPrefix = sha("SHA-384");
				bspPrefix.update(bsp, 0, SHARED_VMSA_PREFIX);
				MessageDigest apPrefix = sha("SHA-384");
				if (ap != null) {
					apPrefix.update(ap, 0, SHARED_VMSA_PREFIX);
				}
				for (int from = 0; from < features.size(); from += BATCH) {
					int to = Math.min(features.size(), from + BATCH);
					IntStream.range(from, to).parallel().forEach(i -> unit(fw, vmm, cls, features.get(i), seeds, bsp,
							bspPrefix, ap, apPrefix, maxVcpus));
					variants += (long) (to - from) * seeds.size() * maxVcpus * cls.names().size();
					monitor.worked(to - from);
					if (monitor.isCanceled()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** One (vCPU class, guest features) unit: hash its two VMSA pages, then walk every seed through 1..max vCPUs. */
	private void unit(Firmware fw, VmmType vmm, VcpuClass cls, long features, List<Seed> seeds, byte[] bsp,
			MessageDigest bspPrefix, byte[] ap, MessageDigest apPrefix, int maxVcpus) {
		Scratch s = SCRATCH.get();
		vmsaDigest(bsp, bspPrefix, features, s.page, s.bsp);
		if (ap != null && maxVcpus > 1) {
			vmsaDigest(ap, apPrefix, features, s.page, s.ap);
		}
		SnpLaunchDigest chain = s.chain;
		for (Seed seed : seeds) {
			chain.reset(seed.digest());
			chain.update(SnpPageType.VMSA, PageUpdate.VMSA_GPA, s.bsp, 0);
			if (chain.digestEquals(target)) {
				hits.add(new Hit(fw, vmm, cls, features, seed.hashes(), 1));
			}
			for (int n = 2; n <= maxVcpus; n++) {
				chain.update(SnpPageType.VMSA, PageUpdate.VMSA_GPA, s.ap, 0);
				if (chain.digestEquals(target)) {
					hits.add(new Hit(fw, vmm, cls, features, seed.hashes(), n));
				}
			}
		}
	}

	private static void vmsaDigest(byte[] template, MessageDigest prefix, long features, byte[] page, byte[] out) {
		System.arraycopy(template, SHARED_VMSA_PREFIX, page, SHARED_VMSA_PREFIX, page.length - SHARED_VMSA_PREFIX);
		for (int i = 0; i < 8; i++) {
			page[SaveArea.SEV_FEATURES + i] = (byte) (features >>> (8 * i));
		}
		MessageDigest md = copy(prefix);
		md.update(page, SHARED_VMSA_PREFIX, page.length - SHARED_VMSA_PREFIX);
		try {
			md.digest(out, 0, SnpLaunchDigest.SIZE);
		} catch (DigestException e) {
			throw new IllegalStateException("SHA-384 output does not fit 48 bytes", e);
		}
	}

	// ---- results ----

	/** Recomputes a hit with the plain measurer and adds it to {@code matches} only when it reproduces the target. */
	private void verified(Hit h, List<Variant> matches) throws SevInputException {
		String append = h.hashes().on() ? h.hashes().cmdline().apply(space.append()) : null;
		SevLaunchConfig c = SevLaunchConfigs.of(space.mode(), h.fw().path().toString());
		if (h.hashes().on()) {
			c.setKernel(space.kernel().toString());
			c.setInitrd(space.initrd() == null ? null : space.initrd().toString());
			c.setAppend(append);
		}
		c.setVcpus(h.vcpus());
		c.setVcpuSig(h.cls() == null ? 0 : h.cls().signature());
		if (h.cls() != null && !h.cls().fixedRdx()) {
			c.setVcpuType(h.cls().names().get(0));
		}
		c.setVmm(h.vmm());
		c.setGuestFeatures(space.mode() == SevMode.SEV_SNP ? h.features() : MeasurementRequest.DEFAULT_GUEST_FEATURES);
		MeasurementRequest r = SevLaunchConfigs.measurementRequest(c, Path.of("").toAbsolutePath());
		if (!Arrays.equals(LaunchMeasurer.measure(r).measurement(), target)) {
			return; // the shared-work path disagreed with the plain measurer: never report it
		}
		Map<String, String> settings = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		settings.put("firmware", h.fw().path().toString());
		if (space.mode() != SevMode.SEV) {
			settings.put("vmm-type", h.vmm().cliName());
			settings.put("vcpus", Integer.toString(h.vcpus()));
			settings.put("vcpu-type", h.cls().label(h.vmm()));
		}
		if (space.mode() == SevMode.SEV_SNP) {
			String hex = "0x" + Long.toHexString(h.features());
			settings.put("guest-features", hex + " (" + GuestFeatureBits.describe(h.features()) + ")");
		}
		settings.put("kernel-hashes", h.hashes().label());
		if (h.hashes().on() && !h.hashes().cmdline().passableAsArgument()) {
			notes.add("the command line ends in a NUL, which no shell argument can carry: the measure command"
					+ " line shown cannot reproduce it");
		}
		String register = space.mode() == SevMode.SEV_SNP ? "MEASUREMENT" : "launch digest";
		matches.add(new Variant(c, settings, SevLaunchConfigs.measureArguments(c), List.of(register), notes));
	}

	private Map<String, List<String>> dimensions(List<Firmware> firmware) {
		Map<String, List<String>> d = new LinkedHashMap<>();
		d.put("firmware", firmware.stream().map(f -> f.path().toString()).toList());
		List<String> hashes = new ArrayList<>();
		if (kernel == null || space.tryHashesOff()) {
			hashes.add("off");
		}
		if (kernel != null) {
			cmdlineVariants().forEach(c -> hashes.add(new HashChoice(true, c).label()));
		}
		d.put("kernel-hashes", hashes);
		if (space.mode() != SevMode.SEV) {
			d.put("vmm-type", space.presets().stream().map(VmmType::cliName).toList());
			d.put("vcpus", IntStream.rangeClosed(1, space.maxVcpus()).mapToObj(Integer::toString).toList());
			d.put("vcpu-type", space.vcpuTypes());
		}
		if (space.mode() == SevMode.SEV_SNP) {
			d.put("guest-features", space.guestFeatures().stream().map(f -> "0x" + Long.toHexString(f)).toList());
		}
		return d;
	}

	private static MessageDigest sha(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides " + algorithm, e);
		}
	}

	private static MessageDigest copy(MessageDigest md) {
		try {
			return (MessageDigest) md.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("JDK message digests are cloneable", e);
		}
	}
}
