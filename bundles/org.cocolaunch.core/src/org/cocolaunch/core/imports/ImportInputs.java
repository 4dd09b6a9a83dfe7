/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.imports;

import java.nio.file.Path;

/**
 * The files behind a logged launch, all optional: with them the importer binds page contents (firmware slices,
 * the kernel-hash page); without them the plan keeps its contents unbound.
 *
 * @param firmware OVMF image, or null
 * @param kernel   bzImage given to QEMU with {@code -kernel}, or null
 * @param initrd   initrd given with {@code -initrd}, or null
 * @param cmdline  command line given with {@code -append}, or null
 */
public record ImportInputs(Path firmware, Path kernel, Path initrd, String cmdline) {

	public static ImportInputs none() {
		return new ImportInputs(null, null, null, null);
	}

	public ImportInputs withFirmware(Path file) {
		return new ImportInputs(file, kernel, initrd, cmdline);
	}

	public ImportInputs withKernel(Path file) {
		return new ImportInputs(firmware, file, initrd, cmdline);
	}

	public ImportInputs withInitrd(Path file) {
		return new ImportInputs(firmware, kernel, file, cmdline);
	}

	public ImportInputs withCmdline(String text) {
		return new ImportInputs(firmware, kernel, initrd, text);
	}

	public boolean isEmpty() {
		return firmware == null && kernel == null && initrd == null && cmdline == null;
	}
}
