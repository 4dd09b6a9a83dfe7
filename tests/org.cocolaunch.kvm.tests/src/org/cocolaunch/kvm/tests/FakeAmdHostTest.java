/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cocolaunch.kvm.check.HostPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of tests that run the host check and then the KVM backend on the fake kernel: a fresh fake, and a host tree
 * ({@value HostPaths#ROOT_PROPERTY}) the test fills, e.g. with an AMD host's devices and module parameters.
 */
abstract class FakeAmdHostTest {

	@TempDir
	Path root;

	@BeforeEach
	void useFakeHost() {
		FakeKernel.reset();
		System.setProperty(HostPaths.ROOT_PROPERTY, root.toString());
	}

	@AfterEach
	void leaveFakeHost() {
		System.clearProperty(HostPaths.ROOT_PROPERTY);
	}

	/** /dev/kvm, /dev/sev and kvm_amd with SEV and SEV-ES on, SNP as {@code snp} ("Y" or "N"). */
	void amdHost(String snp) throws IOException {
		for (String device : List.of("dev/kvm", "dev/sev")) {
			Files.createDirectories(root.resolve(device).getParent());
			Files.writeString(root.resolve(device), "");
		}
		Path parameters = Files.createDirectories(root.resolve("sys/module/kvm_amd/parameters"));
		Files.writeString(parameters.resolve("sev"), "Y\n");
		Files.writeString(parameters.resolve("sev_es"), "Y\n");
		Files.writeString(parameters.resolve("sev_snp"), snp + "\n");
	}
}
