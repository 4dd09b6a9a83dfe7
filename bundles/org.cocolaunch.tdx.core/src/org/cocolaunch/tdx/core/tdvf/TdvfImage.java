/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.io.ImageBytes;

/**
 * A parsed TDVF firmware image: its bytes and the sections of its TDX metadata, in metadata order (which is the
 * order QEMU launches them in, target/i386/kvm/tdx.c {@code tdx_finalize_vm}).
 *
 * <p>The bytes are shared, not copied: callers must not modify them. Images above
 * {@link ImageBytes#IN_MEMORY_UP_TO} are read in place ({@link #image()}); measuring streams them.
 */
public final class TdvfImage {

	private final String name;
	private final ImageBytes bytes;
	private final int metadataOffset;
	private final List<TdvfSection> sections;
	private final String notMeantForTdx;

	TdvfImage(String name, ImageBytes bytes, int metadataOffset, List<TdvfSection> sections, String notMeantForTdx) {
		this.notMeantForTdx = notMeantForTdx;
		this.name = name;
		this.bytes = bytes;
		this.metadataOffset = metadataOffset;
		this.sections = List.copyOf(sections);
	}

	/** The name used in messages (normally the path given by the user). */
	public String name() {
		return name;
	}

	/**
	 * The whole image in one array: shared for an image in memory (do not modify), read now for one read in place
	 * (measuring uses {@link #image()} instead).
	 */
	public byte[] bytes() {
		return bytes.array();
	}

	/** The image's bytes, in memory or read in place. */
	public ImageBytes image() {
		return bytes;
	}

	/** {@code length} bytes at {@code offset} (a copy). */
	public byte[] read(long offset, int length) {
		return bytes.read(offset, length);
	}

	public int size() {
		return (int) bytes.size();
	}

	/** Offset of the TDVF descriptor (signature "TDVF") in the image. */
	public int metadataOffset() {
		return metadataOffset;
	}

	public List<TdvfSection> sections() {
		return sections;
	}

	/**
	 * Why this image, which carries TDX metadata and is measured like any other, was not built to run as a TD (e.g.
	 * an edk2 AmdSev build); empty for TDX-capable builds. Front ends show it as one warning line.
	 */
	public Optional<String> notMeantForTdx() {
		return Optional.ofNullable(notMeantForTdx);
	}

	/** The first section of {@code type}. */
	public Optional<TdvfSection> first(TdvfSectionType type) {
		return sections.stream().filter(s -> s.type() == type).findFirst();
	}
}
