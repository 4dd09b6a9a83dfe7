/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cocolaunch.core.hash.Sha384Engine;
import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.sev.core.measure.LaunchMeasurer;
import org.cocolaunch.sev.core.measure.MeasurementRequest;
import org.cocolaunch.sev.core.measure.MeasurementResult;
import org.cocolaunch.sev.core.measure.PageTrace;
import org.cocolaunch.sev.core.measure.PageUpdate;
import org.cocolaunch.sev.core.measure.SnpLaunchPlanner;
import org.cocolaunch.sev.core.measure.SnpPageMeasurer;
import org.cocolaunch.sev.core.ovmf.FirmwareImage;
import org.cocolaunch.sev.core.ovmf.FooterEntry;
import org.cocolaunch.sev.core.ovmf.Guid;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Firmware read in place (issue #14: a 1 GiB image is never held whole) parses and measures bit for bit as the same
 * image held in memory: the footer table, the metadata, the SNP page chain (one or two threads, with its trace) and the
 * SEV digest; an image above {@link ImageBytes#IN_MEMORY_UP_TO} goes through the CLI's path read in place.
 */
class StreamedFirmwareTest {

	private static final String AMDSEV = "firmware/OVMF.amdsev.sid-2026.08.fd";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { AMDSEV, "firmware/OVMF.inteltdx.ms.sid-2026.08.fd", "upstream-sev-snp-measure/svsm_ovmf.fd",
			"upstream-sev-snp-measure/ovmf_AmdSev_suffix.bin", "upstream-sev-snp-measure/ovmf_OvmfX64_suffix.bin" })
	void inPlaceImageParsesAndMeasuresAsInMemory(String firmware) throws Exception {
		Path file = TestData.file(firmware);
		FirmwareImage inMemory = FirmwareImage.parse(firmware, Files.readAllBytes(file));
		FirmwareImage inPlace = FirmwareImage.parse(firmware, ImageBytes.open(file, InputKind.FIRMWARE, 0));
		assertFalse(inPlace.bytes().inMemory());
		assertEquals(inMemory.size(), inPlace.size());
		assertEquals(inMemory.footerTable().keySet(), inPlace.footerTable().keySet());
		for (Map.Entry<Guid, FooterEntry> e : inMemory.footerTable().entrySet()) {
			FooterEntry other = inPlace.footerTable().get(e.getKey());
			assertEquals(e.getValue().offset(), other.offset());
			assertArrayEquals(e.getValue().data(), other.data());
		}
		assertEquals(inMemory.metadataSections(), inPlace.metadataSections());
		assertEquals(inMemory.warnings(), inPlace.warnings());

		if (inMemory.size() % PageUpdate.PAGE_SIZE == 0) {
			List<PageUpdate> pages = SnpLaunchPlanner.imagePages(inMemory, inMemory.ovmfGpa());
			for (int parallelism : new int[] { 1, 2 }) {
				try (SnpPageMeasurer reference = new SnpPageMeasurer(null, parallelism, true);
						SnpPageMeasurer streamed = new SnpPageMeasurer(null, parallelism, true);
						SnpPageMeasurer fromArray = new SnpPageMeasurer(null, parallelism, false)) {
					reference.acceptAll(pages);
					streamed.acceptImage(inPlace.bytes(), inPlace.ovmfGpa());
					fromArray.acceptImage(inMemory.bytes(), inMemory.ovmfGpa());
					assertArrayEquals(reference.digest(), streamed.digest(), firmware + " parallelism " + parallelism);
					assertArrayEquals(reference.digest(), fromArray.digest());
					assertEquals(pages.size(), streamed.pageCount());
					List<PageTrace> a = reference.trace();
					List<PageTrace> b = streamed.trace();
					assertEquals(a.size(), b.size());
					for (int i = 0; i < a.size(); i++) {
						assertEquals(a.get(i).gpa(), b.get(i).gpa());
						assertEquals(a.get(i).type(), b.get(i).type());
						assertArrayEquals(a.get(i).contentsDigest(), b.get(i).contentsDigest());
						assertArrayEquals(a.get(i).digestAfter(), b.get(i).digestAfter());
					}
				}
			}
		}
	}

	/** 72 MiB: random pages with the real AmdSev OVMF at the end (footer and metadata where QEMU expects them). */
	private Path largeImage() throws Exception {
		Path big = dir.resolve("OVMF.72MiB.fd");
		byte[] ovmf = Files.readAllBytes(TestData.file(AMDSEV));
		SplittableRandom random = new SplittableRandom(14);
		byte[] chunk = new byte[1 << 20];
		try (OutputStream out = Files.newOutputStream(big)) {
			for (long written = 0; written < (72L << 20) - ovmf.length; written += chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk);
			}
			out.write(ovmf);
		}
		return big;
	}

	@Test
	void largeImageIsMeasuredInPlaceAsTheWholeArrayWouldBe() throws Exception {
		Path big = largeImage();
		assertFalse(FirmwareImage.load(big, "OVMF").bytes().inMemory());
		long sig = VcpuTypes.byName("EPYC-v4");
		MeasurementRequest snp = MeasurementRequest.of(SevMode.SEV_SNP, big).withVcpus(2, sig);
		MeasurementResult measured = LaunchMeasurer.measure(snp);
		// The reference: every page as a PageUpdate over the image read whole, through the page-list path.
		try (SnpPageMeasurer reference = new SnpPageMeasurer(null, 1, false)) {
			reference.acceptAll(LaunchMeasurer.snpPlan(snp));
			assertArrayEquals(reference.digest(), measured.measurement());
		}
		// Both SHA-384 engines give the same pages' digests as the reference (OpenSSL where libcrypto is installed).
		FirmwareImage image = FirmwareImage.load(big, "OVMF");
		Sha384Engines.Choice native_ = Sha384Engines.choose("auto", Sha384Engines.DEFAULT_LIBRARY);
		List<Sha384Engine> engines = native_.fallbackReason() == null ? List.of(Sha384Engines.jdk(), native_.engine())
				: List.of(Sha384Engines.jdk());
		for (Sha384Engine engine : engines) {
			try (SnpPageMeasurer byEngine = new SnpPageMeasurer(null, 2, false);
					SnpPageMeasurer reference = new SnpPageMeasurer(null, 1, false)) {
				byEngine.acceptImage(image.bytes(), image.ovmfGpa(), engine);
				reference.acceptAll(SnpLaunchPlanner.imagePages(FirmwareImage.parse("OVMF", Files.readAllBytes(big)),
						image.ovmfGpa()));
				assertArrayEquals(reference.digest(), byEngine.digest(), engine.name());
			}
		}
		// SEV without a kernel: the launch digest is the SHA-256 of the firmware.
		MeasurementResult sev = LaunchMeasurer.measure(MeasurementRequest.of(SevMode.SEV, big));
		assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(big)), sev.measurement());
	}
}
