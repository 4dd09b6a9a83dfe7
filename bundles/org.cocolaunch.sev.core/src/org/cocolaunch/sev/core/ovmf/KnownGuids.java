/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

import java.util.Map;

/** GUIDs of the OVMF footer table entries the measurement engine understands (domain reference §3.2.3). */
public final class KnownGuids {

	/** Marks the footer of the GUIDed table that ends 32 bytes before the end of the image (edk2 ResetVector). */
	public static final Guid FOOTER_TABLE = Guid.parse("96b582de-1fb2-45f7-baea-a366c55a082d");
	/** u32 AP reset address for SEV-ES/SNP (QEMU {@code sev_es_set_reset_vector}). */
	public static final Guid SEV_ES_RESET_BLOCK = Guid.parse("00f771de-1a7e-4fcb-890e-68c77e2fb44e");
	/** u32 base GPA and u32 size of the kernel-hash area (QEMU {@code build_kernel_loader_hashes}). */
	public static final Guid SEV_HASH_TABLE_RV = Guid.parse("7255371f-3a3b-4b04-927b-1da6efa8d454");
	/** u32 offset from the end of the image to the "ASEV" SEV metadata header (edk2 OvmfSevMetadata.asm). */
	public static final Guid OVMF_SEV_METADATA = Guid.parse("dc886566-984a-4798-a75e-5585a7bf67cc");
	/** u32 base, u32 size of the SEV launch-secret area (QEMU sev.c). */
	public static final Guid SEV_SECRET = Guid.parse("4c2eb361-7d9b-4cc3-8081-127c90d3d294");
	/** u32 offset from the end of the image to the TDVF descriptor (Intel TDX builds). */
	public static final Guid TDX_METADATA_OFFSET = Guid.parse("e47a6535-984a-4798-865e-4685a7bf8ec2");
	/** COCONUT-SVSM info block: u32 offset of the SVSM entry point from the image start (sev-snp-measure ovmf.py). */
	public static final Guid SVSM_INFO = Guid.parse("a789a612-0597-4c4b-a49f-cbb1fe9d1ddd");

	private static final Map<Guid, String> NAMES = Map.of(SEV_ES_RESET_BLOCK, "SEV_ES_RESET_BLOCK", SEV_HASH_TABLE_RV,
			"SEV_HASH_TABLE_RV", OVMF_SEV_METADATA, "OVMF_SEV_METADATA", SEV_SECRET, "SEV_SECRET", TDX_METADATA_OFFSET,
			"TDX_METADATA_OFFSET", SVSM_INFO, "SVSM_INFO");

	private KnownGuids() {
	}

	/** The symbolic name of a known entry GUID, or {@code null}. */
	public static String nameOf(Guid guid) {
		return NAMES.get(guid);
	}
}
