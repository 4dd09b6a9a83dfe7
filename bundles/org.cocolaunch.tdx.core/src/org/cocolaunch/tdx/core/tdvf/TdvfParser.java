/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.ImageReadException;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.TdxInputException;

/**
 * Finds and checks the TDX metadata of a TDVF image (edk2 IntelTdx OVMF or td-shim).
 *
 * <p>Location: OVMF footer-table entry {@link #METADATA_OFFSET_GUID} holds a u32 counted back from the end of the
 * image (QEMU hw/i386/tdvf.c {@code tdvf_get_metadata}). Images without the OVMF table (td-shim) store at
 * {@code size - 0x20} the offset of the 16-byte {@link #METADATA_GUID} that precedes the descriptor (td-shim spec
 * "Metadata location"). The checks are QEMU's plus the ones that keep later stages safe (bounds, overlap, size
 * limits), so any image this class accepts can be measured in bounded time.
 */
public final class TdvfParser {

	/** Footer-table entry holding the metadata offset (QEMU hw/i386/tdvf.c TDX_METADATA_OFFSET_GUID). */
	public static final EfiGuid METADATA_OFFSET_GUID = new EfiGuid("e47a6535-984a-4798-865e-4685a7bf8ec2");

	/** GUID right before the descriptor (TDVF Design Guide "TDVF_METADATA_GUID"; td-shim spec). */
	public static final EfiGuid METADATA_GUID = new EfiGuid("e9eaf9f3-168e-44d5-a8eb-7f4d8738f6ae");

	/** Footer-table entry of the SEV kernel-hashes area: u32 base, u32 size (OVMF ResetVector; QEMU sev.c). */
	static final EfiGuid SEV_HASH_TABLE_GUID = new EfiGuid("7255371f-3a3b-4b04-927b-1da6efa8d454");

	/** Footer-table entry of the SEV launch-secret area: u32 base, u32 size (OVMF ResetVector; QEMU sev.c). */
	static final EfiGuid SEV_SECRET_GUID = new EfiGuid("4c2eb361-7d9b-4cc3-8081-127c90d3d294");

	/** Descriptor signature "TDVF" read as a little-endian u32 (QEMU TDVF_SIGNATURE). */
	public static final int SIGNATURE = 0x46564454;

	/** The only metadata version defined (QEMU TDX_METADATA_VERSION). */
	public static final int VERSION = 1;

	/** Descriptor header size: Signature, Length, Version, NumberOfSectionEntries (u32 each). */
	public static final int DESCRIPTOR_SIZE = 16;

	/** Where td-shim keeps the offset of {@link #METADATA_GUID}: 0x20 bytes before the end (td-shim spec). */
	static final int TDSHIM_POINTER_FROM_END = 0x20;

	/**
	 * Largest image read from disk (the FIRMWARE input limit): OVMF images are 2–8 MiB, td-shim images with payload
	 * tens of MiB; 1 GiB images are measured by the benchmarks, read in place.
	 */
	public static final long MAX_IMAGE_SIZE = 1L << 30;

	/** Sanity bound on the number of sections; real images have 4–10. */
	static final int MAX_SECTIONS = 64;

	/** Sanity bound on one section's memory size, well above any TDVF/td-shim layout, so measuring stays bounded. */
	static final long MAX_SECTION_MEMORY = 1L << 30;

	/** Guest-physical addresses are at most 52 bits wide (TDX GPAW, TD_PARAMS CONFIG_FLAGS.MAX_GPAW). */
	static final long GPA_LIMIT = 1L << 52;

	private TdvfParser() {
	}

	/**
	 * Reads and parses {@code file}; {@code displayName} is used in messages (normally the path as given). Images above
	 * {@link ImageBytes#IN_MEMORY_UP_TO} are read in place: only the footer table and the metadata are read now.
	 */
	public static TdvfImage parse(Path file, String displayName) throws TdxInputException {
		ImageBytes bytes;
		try {
			bytes = ImageBytes.open(file, InputKind.FIRMWARE); // FIRMWARE's limit is MAX_IMAGE_SIZE
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read firmware " + displayName + ": " + e.reason());
		}
		if (bytes.size() > MAX_IMAGE_SIZE) {
			throw new TdvfFormatException(displayName, "larger than any TDVF image (limit " + MAX_IMAGE_SIZE + " bytes)");
		}
		return parse(bytes, displayName);
	}

	/** Parses an image held in memory; the array is kept (not copied) by the result. */
	public static TdvfImage parse(byte[] image, String name) throws TdvfFormatException {
		return parse(ImageBytes.of(image), name);
	}

	/** Parses an image in memory or read in place (kept by the result). */
	public static TdvfImage parse(ImageBytes bytes, String name) throws TdvfFormatException {
		try {
			ImageView image = new ImageView(bytes);
			int descriptor = locateDescriptor(image, name);
			return readDescriptor(image, name, descriptor, notMeantForTdx(image));
		} catch (TdvfFormatException e) {
			throw e;
		} catch (ImageReadException e) {
			throw new TdvfFormatException(name, "cannot be read: " + e.getMessage());
		} catch (RuntimeException e) {
			// A bounds slip in the checks above must still surface as a format problem, never a crash.
			throw new TdvfFormatException(name, "malformed TDX metadata (" + e.getClass().getSimpleName() + ")");
		}
	}

	private static int locateDescriptor(ImageView image, String name) throws TdvfFormatException {
		if (image.length() < TDSHIM_POINTER_FROM_END + DESCRIPTOR_SIZE) {
			throw new TdvfFormatException(name, "only " + image.length() + " bytes, too small for a TDVF firmware image");
		}
		Optional<OvmfFooterTable> table = OvmfFooterTable.read(image, name);
		if (table.isPresent()) {
			Optional<int[]> entry = table.get().find(METADATA_OFFSET_GUID);
			if (entry.isEmpty()) {
				throw new TdvfFormatException(name, "not a TDX firmware: the OVMF footer table has no TDX metadata entry ("
						+ METADATA_OFFSET_GUID + "), so there is no TDVF descriptor to measure; expected an edk2 build"
						+ " with TDX support (IntelTdx, or OvmfPkgX64 since edk2-stable202205)");
			}
			int[] e = entry.get();
			if (e[1] < 4) {
				throw new TdvfFormatException(name, "TDX metadata-offset entry has " + e[1] + " data bytes, expected 4");
			}
			long fromEnd = Integer.toUnsignedLong(image.i32(e[0]));
			long at = image.length() - fromEnd;
			if (fromEnd == 0 || at < 0 || at + DESCRIPTOR_SIZE > image.length()) {
				throw new TdvfFormatException(name, "TDX metadata offset 0x" + Long.toHexString(fromEnd)
						+ " (from the end) points outside the " + image.length() + "-byte image; is the image truncated?");
			}
			return (int) at;
		}
		long guidAt = Integer.toUnsignedLong(image.i32(image.length() - TDSHIM_POINTER_FROM_END));
		if (image.matches(METADATA_GUID, guidAt) && guidAt + 16 + DESCRIPTOR_SIZE <= image.length()) {
			return (int) guidAt + 16;
		}
		throw new TdvfFormatException(name, "not a TDX firmware: no OVMF footer table and no TDVF metadata GUID ("
				+ METADATA_GUID + ") at the end of the image; expected an edk2 IntelTdx (TDVF) or td-shim image,"
				+ " complete and untruncated");
	}

	/**
	 * Why this image, although it carries TDX metadata, was not built to run as a TD, or null. The edk2 AmdSev
	 * platform build shares OVMF's reset vector and so carries TDX metadata, but reserves a non-empty SEV launch-secret
	 * or kernel-hashes area, which only AmdSevX64.fdf defines (IntelTdx and OvmfPkgX64 builds leave both at size 0);
	 * it has no TDX measurement driver. The TDX module measures it like any other image, so this is a warning, never
	 * a refusal.
	 */
	static String notMeantForTdx(ImageView image) {
		try {
			Optional<OvmfFooterTable> table = OvmfFooterTable.read(image, "");
			if (table.isEmpty()) {
				return null;
			}
			for (EfiGuid g : new EfiGuid[] { SEV_HASH_TABLE_GUID, SEV_SECRET_GUID }) {
				Optional<int[]> e = table.get().find(g);
				if (e.isPresent() && e.get()[1] >= 8) {
					long size = Integer.toUnsignedLong(image.i32(e.get()[0] + 4));
					if (size != 0) {
						return "an edk2 AmdSev build (it reserves AMD SEV "
								+ (g == SEV_HASH_TABLE_GUID ? "kernel-hashes" : "launch-secret")
								+ " memory), not meant for TDX: it carries TDX metadata, so this is what the TDX module"
								+ " measures, but it has no TDX measurement driver (no RTMR events, no CCEL log)";
					}
				}
			}
			return null;
		} catch (TdvfFormatException | RuntimeException e) {
			return null; // the footer was already read successfully by locateDescriptor
		}
	}

	private static TdvfImage readDescriptor(ImageView image, String name, int at, String notForTdx)
			throws TdvfFormatException {
		int signature = image.i32(at);
		if (signature != SIGNATURE) {
			throw new TdvfFormatException(name, String.format(
					"TDX metadata at 0x%x has signature 0x%08x, expected 0x%08x (\"TDVF\")", at, signature, SIGNATURE));
		}
		long length = Integer.toUnsignedLong(image.i32(at + 4));
		long version = Integer.toUnsignedLong(image.i32(at + 8));
		long count = Integer.toUnsignedLong(image.i32(at + 12));
		if (version != VERSION) {
			throw new TdvfFormatException(name, "TDX metadata version " + version + ", expected " + VERSION);
		}
		if (count < 1 || count > MAX_SECTIONS) {
			throw new TdvfFormatException(name,
					"TDX metadata declares " + count + " sections, expected 1.." + MAX_SECTIONS);
		}
		if (length != DESCRIPTOR_SIZE + count * TdvfSection.ENTRY_SIZE) {
			throw new TdvfFormatException(name, "TDX metadata length " + length + " does not match " + count
					+ " sections (expected " + (DESCRIPTOR_SIZE + count * TdvfSection.ENTRY_SIZE) + ")");
		}
		if (at + length > image.length()) {
			throw new TdvfFormatException(name, "TDX metadata at 0x" + Integer.toHexString(at)
					+ " runs past the end of the image; is the image truncated?");
		}
		List<TdvfSection> sections = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sections.add(readSection(image, name, at + DESCRIPTOR_SIZE + i * TdvfSection.ENTRY_SIZE, i));
		}
		checkLayout(name, sections);
		return new TdvfImage(name, image.bytes(), at, sections, notForTdx);
	}

	private static TdvfSection readSection(ImageView image, String name, int at, int index)
			throws TdvfFormatException {
		long dataOffset = Integer.toUnsignedLong(image.i32(at));
		long rawSize = Integer.toUnsignedLong(image.i32(at + 4));
		long gpa = image.i64(at + 8);
		long memSize = image.i64(at + 16);
		long typeCode = Integer.toUnsignedLong(image.i32(at + 24));
		int attributes = image.i32(at + 28);
		String where = "TDX metadata section #" + index;
		TdvfSectionType type = TdvfSectionType.ofCode(typeCode);
		if (type == null) {
			throw new TdvfFormatException(name, where + " has unknown type " + typeCode + ", expected 0..8");
		}
		where += " (" + type + ")";
		if ((attributes & ~(TdvfSection.ATTR_MR_EXTEND | TdvfSection.ATTR_PAGE_AUG)) != 0) {
			throw new TdvfFormatException(name, where + " has reserved attribute bits set: 0x" + Integer.toHexString(attributes));
		}
		if ((attributes & TdvfSection.ATTR_MR_EXTEND) != 0 && (attributes & TdvfSection.ATTR_PAGE_AUG) != 0) {
			throw new TdvfFormatException(name, where + " asks for both MR.EXTEND and PAGE.AUG");
		}
		if (Long.compareUnsigned(gpa, GPA_LIMIT) >= 0 || gpa % TdvfSection.PAGE_SIZE != 0) {
			throw new TdvfFormatException(name, where + " MemoryAddress 0x" + Long.toHexString(gpa)
					+ " is not a 4 KiB-aligned 52-bit guest-physical address");
		}
		if (memSize <= 0 || memSize > MAX_SECTION_MEMORY || memSize % TdvfSection.PAGE_SIZE != 0) {
			throw new TdvfFormatException(name, where + " MemoryDataSize 0x" + Long.toHexString(memSize)
					+ " is not a non-zero 4 KiB multiple of at most 1 GiB");
		}
		if (gpa + memSize > GPA_LIMIT) {
			throw new TdvfFormatException(name, where + " ends above the 52-bit guest-physical address space");
		}
		if (rawSize > memSize) {
			throw new TdvfFormatException(name, where + " RawDataSize 0x" + Long.toHexString(rawSize)
					+ " exceeds MemoryDataSize 0x" + Long.toHexString(memSize));
		}
		if (dataOffset + rawSize > image.length()) {
			throw new TdvfFormatException(name, String.format(
					"%s data 0x%x+0x%x ends beyond the 0x%x-byte image: its bytes are not in the file; this looks"
							+ " like a CODE-only (split) or truncated image, expected the unified image QEMU's -bios loads"
							+ " (e.g. OVMF.inteltdx.fd, or OVMF_VARS.fd followed by OVMF_CODE.fd)",
					where, dataOffset, rawSize, image.length()));
		}
		// QEMU hw/i386/tdvf.c: BFV/CFV must carry data, TD_HOB/TempMem must not.
		if ((type == TdvfSectionType.BFV || type == TdvfSectionType.CFV) && rawSize == 0) {
			throw new TdvfFormatException(name, where + " has RawDataSize 0, expected image data");
		}
		if ((type == TdvfSectionType.TD_HOB || type == TdvfSectionType.TEMP_MEM) && rawSize != 0) {
			throw new TdvfFormatException(name, where + " has RawDataSize 0x" + Long.toHexString(rawSize) + ", expected 0");
		}
		return new TdvfSection(index, dataOffset, rawSize, gpa, memSize, type, attributes);
	}

	private static void checkLayout(String name, List<TdvfSection> sections) throws TdvfFormatException {
		if (sections.stream().noneMatch(s -> s.type() == TdvfSectionType.BFV)) {
			throw new TdvfFormatException(name, "TDX metadata has no BFV (firmware code) section");
		}
		if (sections.stream().filter(s -> s.type() == TdvfSectionType.TD_HOB).count() > 1) {
			throw new TdvfFormatException(name, "TDX metadata has more than one TD_HOB section");
		}
		// Two sections on the same page would be PAGE.ADDed twice, which the TDX module refuses.
		List<TdvfSection> byAddress = new ArrayList<>(sections);
		byAddress.sort(Comparator.comparingLong(TdvfSection::memoryAddress));
		for (int i = 1; i < byAddress.size(); i++) {
			TdvfSection a = byAddress.get(i - 1);
			TdvfSection b = byAddress.get(i);
			if (b.memoryAddress() < a.memoryEnd()) {
				throw new TdvfFormatException(name, "TDX metadata sections #" + a.index() + " (" + a.type() + ") and #"
						+ b.index() + " (" + b.type() + ") overlap in guest memory");
			}
		}
	}
}
