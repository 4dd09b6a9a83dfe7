/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cocolaunch.testing.CliRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./cocolaunch run kvm-default-ovmf.cclaunch --backend kvm --exits N --json} in-process on the fake kernel: a
 * host with only /dev/kvm (no SEV, no TDX) runs a plain VM; the JSON carries each run step's {@code exit}.
 */
class PlainVmCliTest extends FakeAmdHostTest {

	private Path kvmOnlyHost() throws Exception {
		Files.createDirectories(root.resolve("dev"));
		Files.writeString(root.resolve("dev/kvm"), "");
		return PlainPlans.firmware(Files.createDirectories(root.resolve("fw")), 64 * 1024, PlainPlans.OUT_42_TO_PORT_10,
				new byte[] { (byte) 0xB0, 0x0A, (byte) 0xE6, 0x10 }, PlainPlans.HLT);
	}

	@Test
	void jsonCarriesTheDecodedExit() throws Exception {
		Path fw = kvmOnlyHost();
		CliRun run = CliRun.of(root, "run", PlainPlans.examplePath().toString(), "--backend", "kvm", "--input",
				"firmware=" + fw, "--exits", "2", "--json");
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("\"exit\": {"), out);
		assertTrue(out.contains("\"reason\": \"IO\""), out);
		assertTrue(out.contains("\"portHex\": \"0x10\""), out);
		assertTrue(out.contains("\"direction\": \"out\""), out);
		assertTrue(out.contains("\"data\": \"0a\""), "the second exit, the last one, writes 0x0a: " + out);
		assertTrue(out.contains("\"data\": \"42\""), "the first exit in exits[]: " + out);
		assertEquals(0, FakeKernel.liveResources());
	}

	@Test
	void textOutputSaysTheExitAndExitsAreValidated() throws Exception {
		Path fw = kvmOnlyHost();
		CliRun run = CliRun.of(root, "run", PlainPlans.examplePath().toString(), "--backend", "kvm", "--input",
				"firmware=" + fw);
		assertEquals(0, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertEquals(6, lines.length, run.out());
		assertTrue(lines[5].startsWith("5\tKVM_RUN\tsuccess\tKVM_RUN: exit 1: IO out port 0x10 size 1 data 42"), lines[5]);
		CliRun bad = CliRun.of(root, "run", PlainPlans.examplePath().toString(), "--exits", "0");
		assertEquals(2, bad.exitCode());
		assertTrue(bad.err().contains("--exits expects a number of KVM_RUN exits >= 1, got '0'"), bad.err());
	}

	@Test
	void simulatorSkipsTheRunStep() throws Exception {
		Path fw = kvmOnlyHost();
		CliRun run = CliRun.of(root, "run", PlainPlans.examplePath().toString(), "--input", "firmware=" + fw);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("5\tKVM_RUN\tskipped\tKVM_RUN: the simulator does not execute guest code"), run.out());
		assertTrue(FakeKernel.log().isEmpty(), "the simulator opens nothing");
	}
}
