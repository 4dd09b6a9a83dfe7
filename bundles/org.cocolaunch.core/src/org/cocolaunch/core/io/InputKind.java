/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

/**
 * What a user-named input file is, and so how large it may be. Every command that reads a file the user named opens
 * it through {@link BoundedInput} with one of these kinds: the limit bounds the memory a hostile or mistaken input (a
 * device, a multi-gigabyte log) can take, and is named in the message that refuses it.
 */
public enum InputKind {

	/** OVMF / TDVF / SVSM images: 4 MiB typically; 1 GiB images are measured in benchmarks (issue #14). */
	FIRMWARE("firmware", 1L << 30),
	/** A bzImage or vmlinuz as QEMU loads it for direct kernel boot. */
	KERNEL("kernel", 1L << 30),
	/** An initrd / initramfs: the largest thing read whole (one Java array at most). */
	INITRD("initrd", Integer.MAX_VALUE - 64L),
	/** A payload a plan names (firmware, kernel, initrd or raw data); large ones are read in place, never whole. */
	PLAN_INPUT("plan input", 64L << 30),
	/** QEMU trace logs are read line by line, so only the time to scan them is bounded. */
	LOG("log", 16L << 30),
	/** An SNP report (1184 bytes), a TDREPORT (1024), a TDX quote with its certification data (tens of KiB). */
	REPORT("report", 1L << 20),
	/** A VCEK/VLEK/PCK certificate or chain. */
	CERTIFICATE("certificate", 1L << 20),
	/** A launch plan (.cclaunch, XMI); its model is several times larger in memory than the file. */
	PLAN("plan", 256L << 20),
	/** A launch trace (.cctrace, XMI). */
	TRACE("trace", 256L << 20),
	/** A variables store (OVMF_VARS.fd) and other small binary inputs. */
	DATA("input", 256L << 20);

	private final String noun;
	private final long limit;

	InputKind(String noun, long limit) {
		this.noun = noun;
		this.limit = limit;
	}

	/** How a message names it: "kernel", "firmware", "report". */
	public String noun() {
		return noun;
	}

	/** The noun with its article: "a kernel", "an initrd". */
	public String withArticle() {
		return ("aeio".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	/** The largest size accepted, in bytes. */
	public long limit() {
		return limit;
	}

	/** The limit for messages: {@code 256 MiB}, {@code 1 GiB}, or bytes when not a whole MiB. */
	public String limitText() {
		return BoundedInput.sizeText(limit);
	}
}
