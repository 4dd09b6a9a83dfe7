/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.plan;

import java.nio.file.Path;

import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * What a TDX launch plan is built from: the QEMU command line's choices. Files are read from their {@code Path}; the
 * plan records each under its {@code planPath} (relative to where the plan file will live), with its SHA-256.
 * Defaults are QEMU's: 128 MiB, one vCPU, attributes SEPT_VE_DISABLE, single page order.
 */
public final class TdxPlanSpec {

	/** QEMU's default TD attributes: SEPT_VE_DISABLE (bit 28). */
	public static final long QEMU_DEFAULT_ATTRIBUTES = 1L << 28;
	/**
	 * Default XFAM: x87, SSE, AVX and the three AVX-512 components (0xE7). QEMU derives XFAM from the CPU model's
	 * XCR0/XSS features; it does not affect MRTD.
	 */
	public static final long DEFAULT_XFAM = 0xE7;

	private Path firmware;
	private String firmwarePlanPath;
	private Path kernel;
	private String kernelPlanPath;
	private Path initrd;
	private String initrdPlanPath;
	private String commandLine;
	private long memory = GuestRamLayout.QEMU_DEFAULT_RAM;
	private int vcpus = 1;
	private long attributes = QEMU_DEFAULT_ATTRIBUTES;
	private long xfam = DEFAULT_XFAM;
	private byte[] mrConfigId;
	private byte[] mrOwner;
	private byte[] mrOwnerConfig;
	private MeasureOrder pageOrder = MeasureOrder.PER_PAGE;
	private String name;

	/** The TDVF image to read, and the path the plan records for it (null: the file name). */
	public TdxPlanSpec firmware(Path file, String planPath) {
		this.firmware = file;
		this.firmwarePlanPath = planPath != null || file == null ? planPath : file.getFileName().toString();
		return this;
	}

	public TdxPlanSpec kernel(Path file, String planPath) {
		this.kernel = file;
		this.kernelPlanPath = planPath != null || file == null ? planPath : file.getFileName().toString();
		return this;
	}

	public TdxPlanSpec initrd(Path file, String planPath) {
		this.initrd = file;
		this.initrdPlanPath = planPath != null || file == null ? planPath : file.getFileName().toString();
		return this;
	}

	/** The {@code -append} text, or null for none. */
	public TdxPlanSpec commandLine(String text) {
		this.commandLine = text;
		return this;
	}

	/** Guest RAM in bytes ({@code -m}). */
	public TdxPlanSpec memory(long bytes) {
		this.memory = bytes;
		return this;
	}

	public TdxPlanSpec vcpus(int count) {
		this.vcpus = count;
		return this;
	}

	public TdxPlanSpec attributes(long value) {
		this.attributes = value;
		return this;
	}

	public TdxPlanSpec xfam(long value) {
		this.xfam = value;
		return this;
	}

	/** 48-byte MRCONFIGID, or null for zero. */
	public TdxPlanSpec mrConfigId(byte[] value) {
		this.mrConfigId = value == null ? null : value.clone();
		return this;
	}

	public TdxPlanSpec mrOwner(byte[] value) {
		this.mrOwner = value == null ? null : value.clone();
		return this;
	}

	public TdxPlanSpec mrOwnerConfig(byte[] value) {
		this.mrOwnerConfig = value == null ? null : value.clone();
		return this;
	}

	public TdxPlanSpec pageOrder(MeasureOrder order) {
		this.pageOrder = order;
		return this;
	}

	/** The plan's name; a name is made up from the inputs when none is given. */
	public TdxPlanSpec name(String text) {
		this.name = text;
		return this;
	}

	public Path firmware() {
		return firmware;
	}

	public String firmwarePlanPath() {
		return firmwarePlanPath;
	}

	public Path kernel() {
		return kernel;
	}

	public String kernelPlanPath() {
		return kernelPlanPath;
	}

	public Path initrd() {
		return initrd;
	}

	public String initrdPlanPath() {
		return initrdPlanPath;
	}

	public String commandLine() {
		return commandLine;
	}

	public long memory() {
		return memory;
	}

	public int vcpus() {
		return vcpus;
	}

	public long attributes() {
		return attributes;
	}

	public long xfam() {
		return xfam;
	}

	public byte[] mrConfigId() {
		return mrConfigId == null ? null : mrConfigId.clone();
	}

	public byte[] mrOwner() {
		return mrOwner == null ? null : mrOwner.clone();
	}

	public byte[] mrOwnerConfig() {
		return mrOwnerConfig == null ? null : mrOwnerConfig.clone();
	}

	public MeasureOrder pageOrder() {
		return pageOrder;
	}

	public String name() {
		return name;
	}
}
