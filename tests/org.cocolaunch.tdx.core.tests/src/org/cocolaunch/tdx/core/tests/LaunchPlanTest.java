/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.TdHob;
import org.cocolaunch.tdx.core.measure.LaunchOperation;
import org.cocolaunch.tdx.core.measure.MrtdAccumulator;
import org.cocolaunch.tdx.core.measure.TdLaunchPlan;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxLaunchMeasurer;
import org.cocolaunch.tdx.core.tdvf.TdvfImage;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The operation list and the HOB, checked for structure; exact digests are covered by the case rows. */
class LaunchPlanTest {

	private static final long GIB = 1L << 30;

	private static TdvfImage firmware() throws TdxInputException {
		return TdvfParser.parse(TestData.file(TdvfParserTest.TDX_FW), TdvfParserTest.TDX_FW);
	}

	private static TdxLaunchInputs config(MeasureOrder order, long mem, int vcpus) throws TdxInputException {
		return new TdxLaunchInputs(firmware(), order, mem, vcpus, null, null, null, null);
	}

	@Test
	void operationListMatchesSectionsAndOrder() throws Exception {
		TdLaunchPlan plan = TdxLaunchMeasurer.plan(config(MeasureOrder.PER_PAGE, GIB, 2));
		List<LaunchOperation> ops = plan.operations();
		long pages = firmware().sections().stream().mapToLong(s -> s.pageCount()).sum();
		long extendedPages = firmware().sections().stream().filter(s -> s.mrExtend()).mapToLong(s -> s.pageCount()).sum();
		assertEquals(2 + pages + 16 * extendedPages + 1, ops.size());
		assertEquals(new LaunchOperation.InitVcpu(0, 0x809000), ops.get(0));
		assertEquals(new LaunchOperation.InitVcpu(1, 0x809000), ops.get(1));
		assertEquals(new LaunchOperation.PageAdd(0xffc84000L, 0), ops.get(2));
		assertEquals(new LaunchOperation.MrExtend(0xffc84000L, 0), ops.get(3));
		assertEquals(new LaunchOperation.MrExtend(0xffc84f00L, 15), ops.get(18));
		assertEquals(new LaunchOperation.PageAdd(0xffc85000L, 0), ops.get(19));
		assertInstanceOf(LaunchOperation.FinalizeVm.class, ops.get(ops.size() - 1));

		List<LaunchOperation> twoPass = TdxLaunchMeasurer.plan(config(MeasureOrder.AFTER_REGION, GIB, 2)).operations();
		assertEquals(ops.size(), twoPass.size());
		assertEquals(new LaunchOperation.PageAdd(0xffc85000L, 0), twoPass.get(3));
		assertEquals(ops.stream().sorted(Comparator.comparing(Object::toString)).toList(),
				twoPass.stream().sorted(Comparator.comparing(Object::toString)).toList());
	}

	@Test
	void chunksComeFromTheImage() throws Exception {
		TdvfImage fw = firmware();
		TdLaunchPlan plan = TdxLaunchMeasurer.plan(config(MeasureOrder.PER_PAGE, GIB, 1));
		byte[] first = plan.readChunk(0xffc84000L).orElseThrow();
		assertArrayEquals(Arrays.copyOfRange(fw.bytes(), 0x84000, 0x84100), first);
		assertArrayEquals(new byte[MrtdAccumulator.CHUNK_SIZE], plan.readChunk(0x800000).orElseThrow());
		assertEquals(Optional.empty(), plan.readChunk(0x1000));
		assertThrows(IllegalArgumentException.class, () -> plan.readChunk(0xffc84010L));
	}

	@Test
	void pageOrderChangesMrtdButVcpusDoNot() throws Exception {
		HexFormat hex = HexFormat.of();
		String single = hex.formatHex(TdxLaunchMeasurer.plan(config(MeasureOrder.PER_PAGE, GIB, 1)).mrtd());
		String singleMoreCpus = hex.formatHex(TdxLaunchMeasurer.plan(config(MeasureOrder.PER_PAGE, 2 * GIB, 8)).mrtd());
		String twoPass = hex.formatHex(TdxLaunchMeasurer.plan(config(MeasureOrder.AFTER_REGION, GIB, 1)).mrtd());
		assertEquals(single, singleMoreCpus);
		Assertions.assertNotEquals(single, twoPass);
	}

	/** PHIT, one resource descriptor per RAM range (split around the added TD_HOB/TempMem ranges), END. */
	@Test
	void hobStructure() throws Exception {
		TdHob hob = TdxLaunchMeasurer.hob(config(MeasureOrder.PER_PAGE, 3 * GIB, 1));
		ByteBuffer b = ByteBuffer.wrap(hob.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(0x809000, hob.gpa());
		assertEquals(1, b.getShort(0));
		assertEquals(56, b.getShort(2));
		assertEquals(hob.gpa() + hob.bytes().length, b.getLong(48));
		// RAM 0..2G and 4G..5G; the four added ranges split the low one into 8 entries: 9 descriptors.
		assertEquals(56 + 9 * 48 + 8, hob.bytes().length);
		long prevEnd = 0;
		for (int i = 0; i < 9; i++) {
			int at = 56 + i * 48;
			assertEquals(3, b.getShort(at));
			long start = b.getLong(at + 32);
			long len = b.getLong(at + 40);
			if (i < 8) {
				assertEquals(prevEnd, start, "descriptor " + i + " should continue the previous range");
			} else {
				assertEquals(1L << 32, start);
				assertEquals(GIB, len);
			}
			prevEnd = start + len;
		}
		assertEquals((short) 0xFFFF, b.getShort(56 + 9 * 48));
		assertEquals(hob.bytes().length - 8, hob.measuredBytes().length);
	}

	@Test
	void memoryTooSmallForTheSectionsIsAnInputError() {
		TdxInputException e = assertThrows(TdxInputException.class, () -> TdxLaunchMeasurer.hob(config(MeasureOrder.PER_PAGE, 0x800000, 1)));
		TdvfParserTest.assertOneLineNaming(e, TdvfParserTest.TDX_FW);
	}
}
