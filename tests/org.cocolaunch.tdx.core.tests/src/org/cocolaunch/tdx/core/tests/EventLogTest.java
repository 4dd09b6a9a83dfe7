/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.testing.TestData;
import org.cocolaunch.cli.measure.TdxEventLogTool;
import org.cocolaunch.tdx.core.eventlog.CcelEvent;
import org.cocolaunch.tdx.core.eventlog.CcelEventLog;
import org.cocolaunch.tdx.core.eventlog.CcelEventLogParser;
import org.cocolaunch.tdx.core.eventlog.RtmrReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CCEL logs of real TDs (shared testdata/eventlogs; RTMRs from the tests of the projects that published them, in
 * expected.tsv), replayed, decoded and compared with quotes and TDREPORTs built around those RTMR values.
 */
class EventLogTest {

	static final String[] LOGS = { "CCEL_data_ovmf.bin", "CCEL_data_grub.bin", "gdc-tdx.bin" };

	record Run(int code, String out, String err) {
	}

	static Run run(Path dir, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = TdxEventLogTool.run(List.of(args), dir, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String expected(String log, int rtmr) {
		return TestData.caseField("eventlogs/expected.tsv", log, 1 + rtmr);
	}

	static CcelEventLog parse(String log) throws Exception {
		return CcelEventLogParser.parse(TestData.file("eventlogs/" + log), log);
	}

	static byte[] sha384(byte[] b) throws Exception {
		return MessageDigest.getInstance("SHA-384").digest(b);
	}

	@Test
	void realLogsReplayToTheRtmrsTheirPublishersAssert() throws Exception {
		for (String log : LOGS) {
			List<byte[]> r = RtmrReplay.replay(parse(log));
			for (int i = 0; i < 4; i++) {
				String e = expected(log, i);
				if (!e.equals("-")) {
					assertEquals(e, HexFormat.of().formatHex(r.get(i)), log + " RTMR" + i);
				}
			}
		}
	}

	/** Record counts and decoded data of the direct-boot log, read off its bytes with a throw-away script. */
	@Test
	void directBootLogIsDecoded() throws Exception {
		CcelEventLog log = parse("CCEL_data_ovmf.bin");
		assertEquals(21, log.events().size());
		assertEquals(2120, log.usedBytes());
		assertEquals("Spec ID Event03, spec 2.0, algorithms SHA-384", log.events().get(0).description());
		CcelEvent hob = log.events().get(1);
		assertEquals("EV_EFI_HANDOFF_TABLES2", hob.typeName());
		assertEquals(0, hob.rtmr());
		assertEquals("\"TdxTable\", 1 table(s) {93bb96af-b9f2-4eb8-9462-e0ba74564236} at 0x809000", hob.description());
		assertEquals("\"Fv(XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX)\" at 0xffc00000, 0x84000 bytes", log.events().get(2).description());
		assertEquals("SecureBoot {8be4df61-93ca-11d2-aa0d-00e098032b8c EFI global variable}, no data (variable absent)",
				log.events().get(3).description());
		assertEquals("dbx {d719b2cb-3d3a-4596-a3bc-dad00e67656f image security database}, no data (variable absent)",
				log.events().get(7).description());
		CcelEvent kernel = log.events().get(12);
		assertEquals("EV_EFI_BOOT_SERVICES_APPLICATION", kernel.typeName());
		assertEquals(1, kernel.rtmr());
		assertTrue(kernel.description().endsWith("VenMedia(1428f772-b64a-441e-b8c3-9ebdd7f893c7)/kernel"), kernel.description());
		assertTrue(log.events().get(13).description().startsWith("BootOrder {8be4df61"), log.events().get(13).description());
		assertTrue(log.events().get(14).description().contains(": \"UiApp\" Fv("), log.events().get(14).description());
		assertEquals("tag 0x8f3b22ed \"LOADED_IMAGE::LoadOptions\" (Linux EFI stub: the kernel command line as LoadOptions)",
				log.events().get(17).description());
		assertEquals(2, log.events().get(17).rtmr());
		assertEquals("\"Exit Boot Services Returned with Success\"", log.events().get(20).description());
	}

	@Test
	void grubLogDecodesIplCommandLineAndDevicePaths() throws Exception {
		CcelEventLog log = parse("gdc-tdx.bin");
		assertEquals(110, log.events().size());
		assertTrue(log.events().get(103).description().startsWith("\"kernel_cmdline: /vmlinuz-6.11.0-21-generic root="),
				log.events().get(103).description());
		assertTrue(log.events().get(26).description().contains("\\EFI\\ubuntu\\grubx64.efi"), log.events().get(26).description());
		assertTrue(log.events().get(21).description().contains("PciRoot(0x0)/Pci(0x"), log.events().get(21).description());
		assertTrue(log.events().get(20).description().startsWith("GPT of disk {"), log.events().get(20).description());
		assertTrue(log.events().get(24).description().startsWith("SbatLevel {605dab50-e046-4300-abb6-3dd810dd8b23 shim}"),
				log.events().get(24).description());
	}

	/**
	 * The digest rules the prediction relies on, checked against every real log with an independent hash: variables
	 * hash their whole UEFI_VARIABLE_DATA, EFI actions their text, separators their four zero bytes.
	 */
	@Test
	void digestRulesHoldInRealLogs() throws Exception {
		int checked = 0;
		for (String name : LOGS) {
			for (CcelEvent e : parse(name).measured()) {
				byte[] expected = switch (e.typeName()) {
				case "EV_EFI_VARIABLE_DRIVER_CONFIG", "EV_EFI_ACTION", "EV_SEPARATOR" -> sha384(e.data());
				default -> null;
				};
				if (expected != null) {
					assertEquals(HexFormat.of().formatHex(expected), e.digestHex(), name + " #" + e.index() + " " + e.typeName());
					checked++;
				}
			}
		}
		assertEquals(3 * 5 + 3 * 3 + 3 * 2, checked); // per log: 5 Secure Boot variables, 3 actions, 2 separators
	}

	static byte[] tdreport(String log) {
		byte[] r = new byte[1024];
		r[0] = (byte) 0x81;
		for (int i = 0; i < 4; i++) {
			String e = expected(log, i);
			byte[] v = e.equals("-") ? new byte[48] : HexFormat.of().parseHex(e);
			System.arraycopy(v, 0, r, 0x200 + 0xD0 + 48 * i, 48); // TDINFO.RTMR0 (domain reference 5.3)
		}
		return r;
	}

	static byte[] quoteV4(String log) {
		ByteBuffer q = ByteBuffer.allocate(48 + 584 + 4).order(ByteOrder.LITTLE_ENDIAN);
		q.putShort((short) 4).putShort((short) 2).putInt(0x81);
		for (int i = 0; i < 4; i++) {
			q.put(48 + 0x148 + 48 * i, HexFormat.of().parseHex(expected(log, i))); // body RTMR0 at 0x148 (5.4)
		}
		return q.array();
	}

	@Test
	void replayIsComparedWithAQuoteAndATdreport(@TempDir Path tmp) throws Exception {
		Path quote = tmp.resolve("quote.bin");
		Files.write(quote, quoteV4("CCEL_data_ovmf.bin"));
		Path log = TestData.file("eventlogs/CCEL_data_ovmf.bin");
		Run r = run(tmp, log.toString(), "--quote", "quote.bin", "--json");
		assertEquals(0, r.code(), r.err());
		Object j = MiniJson.parse(r.out());
		for (int i = 0; i < 4; i++) {
			assertEquals(expected("CCEL_data_ovmf.bin", i), MiniJson.select(j, "rtmr" + i));
			assertEquals(expected("CCEL_data_ovmf.bin", i), MiniJson.select(j, "quote_rtmrs.rtmr" + i));
			assertEquals(Boolean.TRUE, MiniJson.select(j, "match.rtmr" + i));
		}
		assertEquals(21, ((List<?>) MiniJson.select(j, "events")).size());
		assertEquals(1L, MiniJson.select(j, "events[1].index"));
		assertEquals(0L, MiniJson.select(j, "events[1].rtmr"));
		assertEquals("EV_EFI_HANDOFF_TABLES2", MiniJson.select(j, "events[1].type"));
		assertEquals(expected("CCEL_data_ovmf.bin", 0).length(), 96);
		assertNull(MiniJson.select(j, "first_mismatch"));
		// one byte of the quote's RTMR1 changed: RTMR1 is named, exit 1
		byte[] bad = quoteV4("CCEL_data_ovmf.bin");
		bad[48 + 0x148 + 48 + 7] ^= 1;
		Files.write(quote, bad);
		r = run(tmp, log.toString(), "--quote", "quote.bin");
		assertEquals(1, r.code());
		assertTrue(r.out().contains("RTMR1 differs: the log replays to " + expected("CCEL_data_ovmf.bin", 1)), r.out());
		r = run(tmp, log.toString(), "--quote", "quote.bin", "--json");
		assertEquals("rtmr1", MiniJson.select(MiniJson.parse(r.out()), "first_mismatch"));
		assertEquals(Boolean.FALSE, MiniJson.select(MiniJson.parse(r.out()), "match.rtmr1"));
		// a TDREPORT of the grub boot
		Path report = tmp.resolve("report.bin");
		Files.write(report, tdreport("CCEL_data_grub.bin"));
		r = run(tmp, TestData.file("eventlogs/CCEL_data_grub.bin").toString(), "--report", "report.bin");
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("all four RTMRs replayed from the log match the TDREPORT"), r.out());
		// the grub log against the ovmf boot's report: RTMR0 is the first that differs
		Files.write(report, tdreport("CCEL_data_ovmf.bin"));
		r = run(tmp, TestData.file("eventlogs/CCEL_data_grub.bin").toString(), "--report", "report.bin");
		assertEquals(1, r.code());
		assertTrue(r.out().contains("RTMR0 differs"), r.out());
	}

	@Test
	void usageAndInputErrorsAreOneLine(@TempDir Path tmp) throws Exception {
		String log = TestData.file("eventlogs/CCEL_data_ovmf.bin").toString();
		for (String[] args : new String[][] { {}, { log, "--quote", "a", "--report", "b" }, { log, "--kernel", "k" },
				{ log, "--bogus" }, { log, "x", "y" }, { log, "--ovmf", "f", "--append", "x" }, { log, "--ovmf", "f", "--mem", "12" } }) {
			Run r = run(tmp, args);
			assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
			assertEquals(1, r.err().lines().count(), r.err());
		}
		Files.write(tmp.resolve("short.bin"), new byte[100]);
		for (String[] args : new String[][] { { "missing.bin" }, { log, "--quote", "missing.bin" },
				{ log, "--report", "short.bin" }, { log, "--quote", "short.bin" }, { "short.bin" } }) {
			Run r = run(tmp, args);
			assertEquals(1, r.code(), String.join(" ", args));
			assertEquals(1, r.err().lines().count(), r.err());
			assertTrue(r.err().startsWith("eventlog: "), r.err());
		}
	}

	/** A real v4 quote (dstack, Dstack-TEE/dstack verifier fixture) with its event log: all four RTMRs match. */
	@Test
	void realQuoteMatchesTheReplayOfItsLog() throws Exception {
		Path dir = DebianOvmfBuildsTest.debianDir().resolveSibling("eventlogs");
		Run r = run(dir, "dstack-quote-report.ccel.bin", "--quote", "dstack-quote-report.quote.bin", "--json");
		assertEquals(0, r.code(), r.out() + r.err());
		Object j = MiniJson.parse(r.out());
		assertEquals("quote v4", MiniJson.select(j, "evidence"));
		assertEquals("2e3843265f8ecdd4e2282694747f6f2f111605c33f2a8882f5734ee6f3a6ce63d8f34aeef06093dcda76fa5f9d33d8d6",
				MiniJson.select(j, "quote_rtmrs.rtmr0")); // read off the quote's hex at body offset 0x148
		for (int i = 0; i < 4; i++) {
			assertEquals(Boolean.TRUE, MiniJson.select(j, "match.rtmr" + i));
		}
		assertEquals(29L, (long) ((List<?>) MiniJson.select(j, "events")).size());
		assertEquals("0x08000001", MiniJson.select(j, "events[28].type"));
		assertEquals(3L, MiniJson.select(j, "events[28].rtmr"));
		// the same log against another boot's quote: the first differing RTMR is named
		Path tmp = Files.createTempFile("quote", ".bin");
		try {
			byte[] q = Files.readAllBytes(dir.resolve("dstack-quote-report.quote.bin"));
			q[48 + 0x148 + 3 * 48] ^= (byte) 0x80; // RTMR3
			Files.write(tmp, q);
			r = run(dir, "dstack-quote-report.ccel.bin", "--quote", tmp.toString());
			assertEquals(1, r.code());
			assertTrue(r.out().contains("RTMR3 differs: the log replays to 0f787c3877f3e950"), r.out());
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * The TD HOB of a real 64 GiB dstack TD (event #1 of its log) is the one predicted for --mem 64 GiB (the sid
	 * IntelTdx image has the same TD_HOB/TempMem layout as dstack's OVMF); its RTMR3 runtime events are not a divergence,
	 * and the first divergence is its own firmware's CFV.
	 */
	@Test
	void realTdHobOf64GibMatchesThePrediction() throws Exception {
		Path dir = DebianOvmfBuildsTest.debianDir().resolveSibling("eventlogs");
		Run r = run(TestData.dir(), dir.resolve("dstack-quote-report.ccel.bin").toString(), "--ovmf",
				"firmware/OVMF.inteltdx.ms.sid-2026.08.fd", "--mem", Long.toString(64L << 30), "--json");
		assertEquals(1, r.code(), r.err());
		Object j = MiniJson.parse(r.out());
		assertEquals("match", MiniJson.select(j, "prediction.rows[index=1].status"));
		assertEquals("8ae1e425351df7992c444586eff99d35af3b779aa2b0e981cb4b73bc5b279f2ade19b6a62a203fc3c3bbdaae80af596d",
				MiniJson.select(j, "prediction.rows[index=1].observed_digest"));
		assertEquals("not_predicted", MiniJson.select(j, "prediction.rows[index=28].status"));
		assertTrue(((String) MiniJson.select(j, "prediction.first_divergence")).startsWith(
				"first divergence: event #2 (RTMR0 EV_EFI_PLATFORM_FIRMWARE_BLOB2"), r.out());
		// with the default 128 MiB the HOB differs
		r = run(TestData.dir(), dir.resolve("dstack-quote-report.ccel.bin").toString(), "--ovmf",
				"firmware/OVMF.inteltdx.ms.sid-2026.08.fd", "--json");
		assertEquals("differs", MiniJson.select(MiniJson.parse(r.out()), "prediction.rows[index=1].status"));
	}
}
