/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.core.hash.Sha384Engines;
import org.cocolaunch.core.io.ImageBytes;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.Sha384;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.bench.MrtdThroughputBenchmark;
import org.cocolaunch.tdx.core.measure.InitrdDigest;
import org.cocolaunch.tdx.core.measure.TdLaunchPlan;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.core.tdvf.TdvfSectionType;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TDVF images read in place (issue #14) parse and measure bit for bit as in memory: metadata, MRTD in both page orders,
 * the initial memory chunks, and an image above {@link ImageBytes#IN_MEMORY_UP_TO} opened the CLI's way; the initrd
 * is hashed as it is read.
 */
class StreamedTdvfTest {

	@TempDir
	Path dir;

	@Test
	void inPlaceImageParsesAndMeasuresAsInMemory() throws Exception {
		Path file = TestData.file(TdvfParserTest.TDX_FW);
		TdvfImage inMemory = TdvfParser.parse(Files.readAllBytes(file), "fw");
		TdvfImage inPlace = TdvfParser.parse(ImageBytes.open(file, InputKind.FIRMWARE, 0), "fw");
		assertFalse(inPlace.image().inMemory());
		assertEquals(inMemory.sections(), inPlace.sections());
		assertEquals(inMemory.metadataOffset(), inPlace.metadataOffset());
		assertEquals(inMemory.notMeantForTdx(), inPlace.notMeantForTdx());
		for (MeasureOrder order : MeasureOrder.values()) {
			TdxLaunchInputs a = new TdxLaunchInputs(inMemory, order, 128L << 20, 2, null, null, null, null);
			TdxLaunchInputs b = new TdxLaunchInputs(inPlace, order, 128L << 20, 2, null, null, null, null);
			assertArrayEquals(TdxLaunchMeasurer.measure(a).mrtd(), TdxLaunchMeasurer.measure(b).mrtd(), order.toString());
		}
		long cfv = inMemory.first(TdvfSectionType.CFV).orElseThrow().memoryAddress();
		TdLaunchPlan a = TdLaunchPlan.of(inMemory, null, MeasureOrder.PER_PAGE, 1);
		TdLaunchPlan b = TdLaunchPlan.of(inPlace, null, MeasureOrder.PER_PAGE, 1);
		assertArrayEquals(a.readChunk(cfv + 0x1000).orElseThrow(), b.readChunk(cfv + 0x1000).orElseThrow());
	}

	@Test
	void largeImageIsMeasuredInPlaceAsInMemory() throws Exception {
		byte[] bytes = MrtdThroughputBenchmark.syntheticImage(72L << 20);
		Path big = Files.write(dir.resolve("tdvf.72MiB.fd"), bytes);
		TdvfImage inPlace = TdvfParser.parse(big, "tdvf.72MiB.fd");
		assertFalse(inPlace.image().inMemory());
		TdvfImage inMemory = TdvfParser.parse(bytes, "tdvf.72MiB.fd");
		for (MeasureOrder order : MeasureOrder.values()) {
			assertArrayEquals(TdLaunchPlan.of(inMemory, null, order, 1).mrtd(Sha384Engines.jdk()),
					TdLaunchPlan.of(inPlace, null, order, 1).mrtd(Sha384Engines.jdk()), order.toString());
		}
	}

	@Test
	void initrdIsHashedAsItIsRead() throws Exception {
		Path initrd = TestData.file("inputs/initrd-oracle.cpio.gz");
		byte[] whole = Files.readAllBytes(initrd);
		InitrdDigest streamed = InitrdDigest.ofFile(initrd, "initrd.img");
		assertEquals(whole.length, streamed.size());
		assertArrayEquals(Sha384.of(whole), streamed.sha384());
		TdxInputException e = assertThrows(TdxInputException.class,
				() -> InitrdDigest.ofFile(dir.resolve("absent.img"), "absent.img"));
		assertEquals("cannot read initrd absent.img: no such file", e.getMessage());
	}
}
