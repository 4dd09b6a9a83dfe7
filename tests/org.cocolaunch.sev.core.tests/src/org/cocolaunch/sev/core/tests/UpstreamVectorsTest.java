/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.cocolaunch.sev.core.SevInputException;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.VmmType;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The test vectors of sev-snp-measure's own test suite (tests/test_guest.py, quoted in domain reference §7), computed
 * over its fixtures in testdata/upstream-sev-snp-measure. Upstream passes /dev/null as kernel and initrd; an empty
 * file is the same input.
 */
class UpstreamVectorsTest {

	private static final long EPYC_V4 = VcpuTypes.byName("EPYC-v4");

	static Path empty;
	static Path amdSev;
	static Path ovmfX64;

	@BeforeAll
	static void files() throws IOException {
		empty = Files.createTempFile("sev-empty", ".bin"); // upstream uses /dev/null: an empty input
		empty.toFile().deleteOnExit();
		amdSev = TestData.file("upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin");
		ovmfX64 = TestData.file("upstream-sev-snp-measure/ovmf_OvmfX64_suffix.bin");
	}

	private static MeasurementRequest snp(int vcpus, long features) {
		return MeasurementRequest.of(SevMode.SEV_SNP, amdSev).withVcpus(vcpus, EPYC_V4).withGuestFeatures(features);
	}

	private static String measure(MeasurementRequest r) throws SevInputException {
		return HexFormat.of().formatHex(LaunchMeasurer.measure(r).measurement());
	}

	@Test
	void snpWithKernelFeatures21() throws Exception {
		assertEquals("803f691094946e42068aaa3a8f9e26a5c89f36f7b73ecfb28c653360fe4b3aba7e534442e7e1e17895dfe778d0228977",
				measure(snp(1, 0x21).withKernel(empty, empty, "console=ttyS0 loglevel=7")));
	}

	@Test
	void snpWithKernelFeatures1() throws Exception {
		assertEquals("6d287813eb5222d770f75005c664e34c204f385ce832cc2ce7d0d6f354454362f390ef83a92046c042e706363b4b08fa",
				measure(snp(1, 0x1).withKernel(empty, empty, "console=ttyS0 loglevel=7")));
	}

	@Test
	void snpWithoutKernel() throws Exception {
		assertEquals("19358ba9a7615534a9a1e2f0dfc29384dcd4dcb7062ff9c6013b26869a5fc6ecabe033c48dd6f6db5d6d76e7c5df632d",
				measure(snp(1, 0x1)));
		assertEquals("e1e1ca029dd7973ab9513295be68198472dcd4fc834bd9af9b63f6e8a1674dbf281a9278a4a2ebe0eed9f22adbcd0e2b",
				measure(snp(1, 0x21)));
	}

	@Test
	void snpFourVcpus() throws Exception {
		assertEquals("4953b1fb416fa874980e8442b3706d345926d5f38879134e00813c5d7abcbe78eafe7b422907be0b4698e2414a631942",
				measure(snp(4, 0x21).withKernel(empty, empty, "")));
		assertEquals("5061fffb019493a903613d56d54b94912a1a2f9e4502385f5c194616753720a92441310ba6c4933de877c36e23046ad5",
				measure(snp(4, 0x1).withKernel(empty, empty, "")));
	}

	@Test
	void snpOvmfOnlyHashAndSeed() throws Exception {
		String ovmfHash = "086e2e9149ebf45abdc3445fba5b2da8270bdbb04094d7a2c37faaa4b24af3aa16aff8c374c2a55c467a50da6d466b74";
		assertEquals(ovmfHash, HexFormat.of().formatHex(LaunchMeasurer.snpOvmfHash(FirmwareImage.load(amdSev, "OVMF"))));
		byte[] seed = HexFormat.of().parseHex(ovmfHash);
		assertEquals("329c8ce0972ae52343b64d34a434a86f245dfd74f5ed7aae15d22efc78fb9683632b9b50e4e1d7fa41179ef98a7ef198",
				measure(snp(1, 0x21).withKernel(empty, empty, "").withSnpOvmfSeed(seed)));
		assertEquals("ddc5224521617a536ee7ce9dd6224d1b58a8d4fda1c741f3ac99fc4bfa04ba6e9fc98646d4a07a9079397fa3852819b5",
				measure(snp(1, 0x1).withKernel(empty, empty, "").withSnpOvmfSeed(seed)));
	}

	@Test
	void ec2() throws Exception {
		// Older upstream releases put RDX=0 in EC2 VMSAs (and published vectors for that); 0.0.13 and the domain
		// reference use 0x600, which is what this vector and cases-sev.tsv row snp-16 need.
		assertEquals("0883bd0eeb716e65b7b977a321c278d1e51b33b5c655fab985443bbcc65c086b9c15e8a0bd8811050dec7e24964e5056",
				measure(snp(1, 0x1).withKernel(empty, empty, "").withVmm(VmmType.EC2)));
	}

	@Test
	void gce() throws Exception {
		assertEquals("5da7106cf14cf46b1725ebab123eb9e53bd46a1e9f400cd0c08e7827b04b688ea8b4e403c8404efed4397ea5d5d0722e",
				measure(snp(1, 0x1).withKernel(empty, empty, "").withVmm(VmmType.GCE)));
	}

	@Test
	void ovmfX64WithoutKernel() throws Exception {
		MeasurementRequest r = MeasurementRequest.of(SevMode.SEV_SNP, ovmfX64).withVcpus(1, EPYC_V4);
		assertEquals("28797ae0afaba4005a81e629acebfb59e6687949d6be44007cd5506823b0dd66f146aaae26ff291eed7b493d8a64c385",
				measure(r.withGuestFeatures(0x21)));
		assertEquals("da0296de8193586a5512078dcd719eccecbd87e2b825ad4148c44f665dc87df21e5b49e21523a9ad993afdb6a30b4005",
				measure(r.withGuestFeatures(0x1)));
		assertEquals("b4c021e085fb83ceffe6571a3d357b4a98773c83c474e47f76c876708fe316da",
				measure(MeasurementRequest.of(SevMode.SEV, ovmfX64)));
	}

	@Test
	void ovmfX64RefusesKernel() {
		SevInputException snp = assertThrows(SevInputException.class, () -> measure(
				MeasurementRequest.of(SevMode.SEV_SNP, ovmfX64).withVcpus(1, EPYC_V4).withKernel(empty, empty, "")));
		assertEquals("Kernel specified but OVMF metadata doesn't include SNP_KERNEL_HASHES section", snp.getMessage());
		SevInputException sev = assertThrows(SevInputException.class,
				() -> measure(MeasurementRequest.of(SevMode.SEV, ovmfX64).withKernel(empty, empty, "")));
		assertEquals("Kernel specified but OVMF doesn't support kernel/initrd/cmdline measurement", sev.getMessage());
	}

	@Test
	void sevEs() throws Exception {
		MeasurementRequest r = MeasurementRequest.of(SevMode.SEV_ES, amdSev).withKernel(empty, empty, "");
		assertEquals("13810ae661ea11e2bb205621f582fee268f0367c8f97bc297b7fadef3e12002c",
				measure(r.withVcpus(1, EPYC_V4)));
		// Guest features are ignored for SEV-ES.
		assertEquals("0dccbcaba8e90b261bd0d2e1863a2f9da714768b7b2a19363cd6ae35aa90de91",
				measure(r.withVcpus(4, EPYC_V4).withGuestFeatures(0x21)));
	}

	@Test
	void sev() throws Exception {
		assertEquals("82a3ee5d537c3620628270c292ae30cb40c3c878666a7890ee7ef2a08fb535ff",
				measure(MeasurementRequest.of(SevMode.SEV, amdSev).withKernel(empty, empty, "console=ttyS0 loglevel=7")));
		assertEquals("77f613d7bbcdf12a73782ea9e88b0172aeda50d1a54201cb903594ff52846898",
				measure(MeasurementRequest.of(SevMode.SEV, amdSev).withKernel(empty, null, null)));
	}
}
