/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SEV-SNP ATTESTATION_REPORT (1184 bytes, versions 2 to 5; domain reference §5.1 after go-sev {@code abi.go}),
 * decoded field by field. Version 4 is read like version 3; the v3+ CPUID fields are absent (-1) in v2, the v5
 * mitigation vectors are absent (-1) before v5. Reserved bytes must be zero and the signature algorithm known, as
 * go-sev checks.
 */
public record SnpAttestationReport(int version, int guestSvn, long policy, byte[] familyId, byte[] imageId, int vmpl,
		int signatureAlgo, TcbVersion currentTcb, long platformInfo, int signerInfo, byte[] reportData,
		byte[] measurement, byte[] hostData, byte[] idKeyDigest, byte[] authorKeyDigest, byte[] reportId,
		byte[] reportIdMa, TcbVersion reportedTcb, int cpuidFamily, int cpuidModel, int cpuidStepping, byte[] chipId,
		TcbVersion committedTcb, int currentBuild, int currentMinor, int currentMajor, int committedBuild,
		int committedMinor, int committedMajor, TcbVersion launchTcb, long launchMitVector, long currentMitVector,
		byte[] signatureR, byte[] signatureS) {

	public static final int SIZE = 0x4A0;
	/** Bytes covered by the signature. */
	public static final int SIGNED_SIZE = 0x2A0;

	/** Parses a report; throws a one-line {@link ReportFormatException} for anything malformed. */
	public static SnpAttestationReport parse(byte[] data) throws ReportFormatException {
		if (data == null || data.length != SIZE) {
			throw new ReportFormatException("an SNP attestation report has " + SIZE + " bytes, this one has "
					+ (data == null ? 0 : data.length));
		}
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int version = b.getInt(0x000);
		if (version < 2 || version > 5) {
			throw new ReportFormatException("report version " + Integer.toUnsignedString(version)
					+ " is not supported (2 to 5)");
		}
		int signatureAlgo = b.getInt(0x034);
		if (signatureAlgo != 1) {
			throw new ReportFormatException("signature algorithm " + Integer.toUnsignedString(signatureAlgo)
					+ " is not ECDSA P-384 with SHA-384 (1)");
		}
		int signerInfo = b.getInt(0x048);
		if ((signerInfo & ~0x1F) != 0) {
			throw new ReportFormatException(String.format("SIGNER_INFO 0x%08x has must-be-zero bits 31:5 set", signerInfo));
		}
		int signingKey = signerInfo >>> 2 & 0x7;
		if (signingKey != 0 && signingKey != 1 && signingKey != 7) {
			throw new ReportFormatException("SIGNER_INFO names signing key " + signingKey + " (0 VCEK, 1 VLEK, 7 none)");
		}
		requireZero(data, 0x04C, 4, "reserved bytes 0x04C-0x04F");
		requireZero(data, 0x18B, 0x1A0 - 0x18B, "reserved bytes 0x18B-0x19F");
		if (version == 2) {
			requireZero(data, 0x188, 3, "reserved bytes 0x188-0x18A (version 2)");
		}
		requireZero(data, 0x1EB, 1, "reserved byte 0x1EB");
		requireZero(data, 0x1EF, 1, "reserved byte 0x1EF");
		if (version < 5) {
			requireZero(data, 0x1F8, 0x2A0 - 0x1F8, "reserved bytes 0x1F8-0x29F");
		} else {
			requireZero(data, 0x208, 0x2A0 - 0x208, "reserved bytes 0x208-0x29F");
		}
		requireZero(data, 0x2A0 + 2 * 72, 512 - 2 * 72, "signature padding");
		boolean v3 = version >= 3;
		return new SnpAttestationReport(version, b.getInt(0x004), b.getLong(0x008), bytes(data, 0x010, 16),
				bytes(data, 0x020, 16), b.getInt(0x030), signatureAlgo, new TcbVersion(b.getLong(0x038)),
				b.getLong(0x040), signerInfo, bytes(data, 0x050, 64), bytes(data, 0x090, 48), bytes(data, 0x0C0, 32),
				bytes(data, 0x0E0, 48), bytes(data, 0x110, 48), bytes(data, 0x140, 32), bytes(data, 0x160, 32),
				new TcbVersion(b.getLong(0x180)), v3 ? data[0x188] & 0xFF : -1, v3 ? data[0x189] & 0xFF : -1,
				v3 ? data[0x18A] & 0xFF : -1, bytes(data, 0x1A0, 64), new TcbVersion(b.getLong(0x1E0)),
				data[0x1E8] & 0xFF, data[0x1E9] & 0xFF, data[0x1EA] & 0xFF, data[0x1EC] & 0xFF, data[0x1ED] & 0xFF,
				data[0x1EE] & 0xFF, new TcbVersion(b.getLong(0x1F0)), version >= 5 ? b.getLong(0x1F8) : -1,
				version >= 5 ? b.getLong(0x200) : -1, bytes(data, 0x2A0, 72), bytes(data, 0x2E8, 72));
	}

	/** Whether MEASUREMENT equals {@code expected} (48 bytes, e.g. a plan's final MEASUREMENT register). */
	public boolean measurementMatches(byte[] expected) {
		return expected != null && Arrays.equals(measurement, expected);
	}

	/** SIGNER_INFO.AUTHOR_KEY_EN. */
	public boolean authorKeyEnabled() {
		return (signerInfo & 1) != 0;
	}

	/** SIGNER_INFO.MASK_CHIP_KEY. */
	public boolean chipKeyMasked() {
		return (signerInfo & 2) != 0;
	}

	/** SIGNER_INFO.SIGNING_KEY: "VCEK", "VLEK" or "none". */
	public String signingKey() {
		return switch (signerInfo >>> 2 & 7) {
		case 0 -> "VCEK";
		case 1 -> "VLEK";
		default -> "none";
		};
	}

	/** Every field as name → text, in report order (for views and the CLI). */
	public Map<String, String> fields() {
		HexFormat h = HexFormat.of();
		Map<String, String> m = new LinkedHashMap<>();
		m.put("VERSION", Integer.toString(version));
		m.put("GUEST_SVN", Integer.toUnsignedString(guestSvn));
		m.put("POLICY", "0x" + Long.toHexString(policy));
		m.put("FAMILY_ID", h.formatHex(familyId));
		m.put("IMAGE_ID", h.formatHex(imageId));
		m.put("VMPL", Integer.toUnsignedString(vmpl));
		m.put("SIGNATURE_ALGO", Integer.toString(signatureAlgo));
		m.put("CURRENT_TCB", currentTcb.toString());
		m.put("PLATFORM_INFO", "0x" + Long.toHexString(platformInfo));
		m.put("SIGNER_INFO", String.format("0x%x (author key %s, chip key %s, signing key %s)", signerInfo,
				authorKeyEnabled() ? "enabled" : "disabled", chipKeyMasked() ? "masked" : "not masked", signingKey()));
		m.put("REPORT_DATA", h.formatHex(reportData));
		m.put("MEASUREMENT", h.formatHex(measurement));
		m.put("HOST_DATA", h.formatHex(hostData));
		m.put("ID_KEY_DIGEST", h.formatHex(idKeyDigest));
		m.put("AUTHOR_KEY_DIGEST", h.formatHex(authorKeyDigest));
		m.put("REPORT_ID", h.formatHex(reportId));
		m.put("REPORT_ID_MA", h.formatHex(reportIdMa));
		m.put("REPORTED_TCB", reportedTcb.toString());
		if (cpuidFamily >= 0) {
			m.put("CPUID_FAM_ID", "0x" + Integer.toHexString(cpuidFamily));
			m.put("CPUID_MOD_ID", "0x" + Integer.toHexString(cpuidModel));
			m.put("CPUID_STEP", "0x" + Integer.toHexString(cpuidStepping));
		}
		m.put("CHIP_ID", h.formatHex(chipId));
		m.put("COMMITTED_TCB", committedTcb.toString());
		m.put("CURRENT_VERSION", currentMajor + "." + currentMinor + " build " + currentBuild);
		m.put("COMMITTED_VERSION", committedMajor + "." + committedMinor + " build " + committedBuild);
		m.put("LAUNCH_TCB", launchTcb.toString());
		if (version >= 5) {
			m.put("LAUNCH_MIT_VECTOR", "0x" + Long.toHexString(launchMitVector));
			m.put("CURRENT_MIT_VECTOR", "0x" + Long.toHexString(currentMitVector));
		}
		m.put("SIGNATURE_R", h.formatHex(signatureR));
		m.put("SIGNATURE_S", h.formatHex(signatureS));
		return m;
	}

	private static byte[] bytes(byte[] data, int at, int n) {
		return Arrays.copyOfRange(data, at, at + n);
	}

	private static void requireZero(byte[] data, int at, int n, String what) throws ReportFormatException {
		for (int i = at; i < at + n; i++) {
			if (data[i] != 0) {
				throw new ReportFormatException(what + " must be zero; byte 0x" + Integer.toHexString(i) + " is 0x"
						+ Integer.toHexString(data[i] & 0xFF));
			}
		}
	}
}
