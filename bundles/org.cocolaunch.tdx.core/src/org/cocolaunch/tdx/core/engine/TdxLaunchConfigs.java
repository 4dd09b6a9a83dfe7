/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.TdxInputException;
import org.cocolaunch.tdx.core.hob.GuestRamLayout;
import org.cocolaunch.tdx.core.measure.InitrdDigest;
import org.cocolaunch.tdx.core.measure.TdxLaunchInputs;
import org.cocolaunch.tdx.core.measure.TdxPageOrders;
import org.cocolaunch.tdx.core.plan.TdxPlanSpec;
import org.cocolaunch.tdx.core.tdvf.TdvfParser;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxLaunchConfig;

/**
 * The TDX engine's reading of its typed launch configuration ({@link TdxLaunchConfig}): the loaded inputs the
 * measurer takes, the plan builder's specification, and the {@code measure --mode tdx} arguments that reproduce it.
 */
public final class TdxLaunchConfigs {

	private TdxLaunchConfigs() {
	}

	/** QEMU's defaults: 1 vCPU, 128 MiB, upstream page order. */
	public static TdxLaunchConfig of(String firmware) {
		TdxLaunchConfig c = TdxFactory.eINSTANCE.createTdxLaunchConfig();
		c.setFirmware(firmware);
		c.setVcpus(1);
		c.setMemory(GuestRamLayout.QEMU_DEFAULT_RAM);
		return c;
	}

	/** Reads and parses the inputs (firmware, kernel, initrd) for the measurer. */
	public static TdxLaunchInputs load(TdxLaunchConfig c, Path cwd) throws TdxInputException {
		byte[] kernel = c.getKernel() == null ? null : read(cwd, c.getKernel(), "kernel");
		// Only its size and digest enter the measurement: hashed as it is read, never held whole.
		InitrdDigest initrd = c.getInitrd() == null ? null
				: InitrdDigest.ofFile(cwd.resolve(c.getInitrd()), c.getInitrd());
		return new TdxLaunchInputs(TdvfParser.parse(cwd.resolve(c.getFirmware()), c.getFirmware()), c.getPageOrder(),
				c.getMemory(), c.getVcpus(), kernel, c.getKernel(), initrd, c.getAppend());
	}

	/** The plan builder's specification, input paths absolute. */
	public static TdxPlanSpec planSpec(TdxLaunchConfig c, Path cwd) {
		TdxPlanSpec spec = new TdxPlanSpec().pageOrder(c.getPageOrder()).memory(c.getMemory()).vcpus(c.getVcpus())
				.commandLine(c.getAppend());
		Path firmware = cwd.resolve(c.getFirmware()).toAbsolutePath().normalize();
		spec.firmware(firmware, firmware.toString());
		if (c.getKernel() != null) {
			Path kernel = cwd.resolve(c.getKernel()).toAbsolutePath().normalize();
			spec.kernel(kernel, kernel.toString());
		}
		if (c.getInitrd() != null) {
			Path initrd = cwd.resolve(c.getInitrd()).toAbsolutePath().normalize();
			spec.initrd(initrd, initrd.toString());
		}
		return spec;
	}

	/** The {@code measure --mode tdx} arguments; options at QEMU's defaults are left out. */
	public static List<String> measureArguments(TdxLaunchConfig c) {
		List<String> a = new ArrayList<>(List.of("--mode", "tdx", "--ovmf", c.getFirmware(), "--page-order",
				TdxPageOrders.cliName(c.getPageOrder())));
		if (c.getMemory() != GuestRamLayout.QEMU_DEFAULT_RAM) {
			a.addAll(List.of("--mem", Long.toString(c.getMemory())));
		}
		if (c.getVcpus() != 1) {
			a.addAll(List.of("--vcpus", Integer.toString(c.getVcpus())));
		}
		if (c.getKernel() != null) {
			a.addAll(List.of("--kernel", c.getKernel()));
			if (c.getInitrd() != null) {
				a.addAll(List.of("--initrd", c.getInitrd()));
			}
			if (c.getAppend() != null) {
				a.addAll(List.of("--append", c.getAppend()));
			}
		}
		return a;
	}


	private static byte[] read(Path cwd, String path, String what) throws TdxInputException {
		Path p = cwd.resolve(path);
		try {
			return BoundedInput.readAll(p, InputKind.KERNEL);
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read " + what + " " + path + ": " + e.reason());
		}
	}
}
