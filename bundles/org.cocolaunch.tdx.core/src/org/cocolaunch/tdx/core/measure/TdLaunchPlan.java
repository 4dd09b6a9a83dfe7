/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfSection;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;
import org.cocolaunch.tdx.model.MeasureOrder;

/**
 * The ordered host-side operations that build a TD's initial private memory, as QEMU's {@code tdx_finalize_vm}
 * (target/i386/kvm/tdx.c) and KVM's {@code tdx_vcpu_init_mem_region} issue them: KVM_TDX_INIT_VCPU for every vCPU,
 * then for each metadata section in metadata order its pages (PAGE.ADD, and MR.EXTEND when the section has the
 * MR.EXTEND attribute) in the chosen {@link MeasureOrder}, then KVM_TDX_FINALIZE_VM. Sections with the PAGE.AUG attribute
 * are not added before launch (td-shim spec), so they contribute nothing.
 */
public final class TdLaunchPlan {

	private static final int PAGE = TdvfSection.PAGE_SIZE;
	private static final int CHUNKS_PER_PAGE = PAGE / MrtdAccumulator.CHUNK_SIZE;

	private final List<SectionContent> contents;
	private final MeasureOrder order;
	private final int vcpus;
	private final long hobGpa;

	private TdLaunchPlan(List<SectionContent> contents, MeasureOrder order, int vcpus, long hobGpa) {
		this.contents = contents;
		this.order = order;
		this.vcpus = vcpus;
		this.hobGpa = hobGpa;
	}

	/**
	 * @param hob the TD HOB QEMU built, or null when only MRTD matters (the HOB is never MR.EXTENDed by OVMF, so its
	 *            content does not affect MRTD; a TD_HOB section is then treated as zero)
	 */
	public static TdLaunchPlan of(TdvfImage image, TdHob hob, MeasureOrder order, int vcpus) {
		if (vcpus < 1) {
			throw new IllegalArgumentException("a TD needs at least one vCPU");
		}
		List<SectionContent> contents = new ArrayList<>();
		for (TdvfSection s : image.sections()) {
			if (s.rawDataSize() > 0) {
				contents.add(new SectionContent(s, image.image(), s.dataOffset(), (int) s.rawDataSize()));
			} else if (s.type() == TdvfSectionType.TD_HOB && hob != null) {
				byte[] b = hob.bytes();
				contents.add(new SectionContent(s, b, 0, (int) Math.min(b.length, s.memoryDataSize())));
			} else {
				contents.add(SectionContent.zero(s));
			}
		}
		long hobGpa = hob != null ? hob.gpa()
				: image.first(TdvfSectionType.TD_HOB).map(TdvfSection::memoryAddress).orElse(0L);
		return new TdLaunchPlan(List.copyOf(contents), order, vcpus, hobGpa);
	}

	public MeasureOrder order() {
		return order;
	}

	/** Sends every operation, in launch order, to {@code sink}. */
	public void replay(LaunchOperationSink sink) {
		for (int v = 0; v < vcpus; v++) {
			sink.initVcpu(v, hobGpa);
		}
		byte[] scratch = new byte[MrtdAccumulator.CHUNK_SIZE];
		for (SectionContent c : contents) {
			TdvfSection s = c.section;
			if (s.pageAug()) {
				continue;
			}
			long size = s.memoryDataSize();
			SectionContent.Reader r = c.reader();
			if (order == MeasureOrder.PER_PAGE) {
				for (long page = 0; page < size; page += PAGE) {
					sink.pageAdd(s.memoryAddress() + page, s.index());
					if (s.mrExtend()) {
						for (int k = 0; k < CHUNKS_PER_PAGE; k++) {
							r.extendChunk(sink, page + (long) k * MrtdAccumulator.CHUNK_SIZE, scratch);
						}
					}
				}
			} else {
				for (long page = 0; page < size; page += PAGE) {
					sink.pageAdd(s.memoryAddress() + page, s.index());
				}
				if (s.mrExtend()) {
					for (long at = 0; at < size; at += MrtdAccumulator.CHUNK_SIZE) {
						r.extendChunk(sink, at, scratch);
					}
				}
			}
		}
		sink.finalizeVm();
	}

	/** The MRTD this plan produces. */
	public byte[] mrtd() {
		return mrtd(Sha384Engines.selected());
	}

	/** The MRTD this plan produces, hashed with {@code engine}. */
	public byte[] mrtd(Sha384Engine engine) {
		MrtdAccumulator acc = new MrtdAccumulator(engine);
		replay(acc);
		return acc.finish();
	}

	/** All operations as records (about one per 256 measured bytes; for plans and UIs, not for hashing). */
	public List<LaunchOperation> operations() {
		List<LaunchOperation> ops = new ArrayList<>();
		replay(new LaunchOperationSink() {
			@Override
			public void initVcpu(int vcpu, long rcx) {
				ops.add(new LaunchOperation.InitVcpu(vcpu, rcx));
			}

			@Override
			public void pageAdd(long gpa, int section) {
				ops.add(new LaunchOperation.PageAdd(gpa, section));
			}

			@Override
			public void mrExtend(long gpa, byte[] content, int offset) {
				ops.add(new LaunchOperation.MrExtend(gpa, (int) ((gpa % PAGE) / MrtdAccumulator.CHUNK_SIZE)));
			}

			@Override
			public void finalizeVm() {
				ops.add(new LaunchOperation.FinalizeVm());
			}
		});
		return ops;
	}

	/** The 256 bytes of initial private memory at {@code gpa} (256-aligned), if a section covers it. */
	public Optional<byte[]> readChunk(long gpa) {
		if (gpa % MrtdAccumulator.CHUNK_SIZE != 0) {
			throw new IllegalArgumentException("MR.EXTEND chunks are 256-byte aligned: 0x" + Long.toHexString(gpa));
		}
		for (SectionContent c : contents) {
			TdvfSection s = c.section;
			if (gpa >= s.memoryAddress() && gpa < s.memoryEnd()) {
				return Optional.of(c.chunk(gpa - s.memoryAddress()));
			}
		}
		return Optional.empty();
	}
}
