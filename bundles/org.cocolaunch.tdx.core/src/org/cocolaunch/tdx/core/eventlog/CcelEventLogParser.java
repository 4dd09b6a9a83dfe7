/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cocolaunch.core.io.BoundedInput;
import org.cocolaunch.core.io.InputFileException;
import org.cocolaunch.core.io.InputKind;
import org.cocolaunch.tdx.core.TdxInputException;

/**
 * Reads a CCEL event log as a TD exposes it in {@code /sys/firmware/acpi/tables/data/CCEL}: TCG2 crypto-agile format
 * (TCG PC Client Platform Firmware Profile, "Crypto Agile Log Entry Format"). Record 0 is a TCG_PCR_EVENT (SHA-1
 * layout: MR index u32, type u32, digest[20], size u32, data) carrying the "Spec ID Event03" structure that lists
 * each algorithm's digest size; every further record is a TCG_PCR_EVENT2 (MR index u32, type u32, digest count u32,
 * per digest {alg u16, digest}, size u32, data). The log ends at the end of the file or at padding (a record that
 * starts with 0xFFFFFFFF, or eight zero bytes).
 *
 * <p>Every length is checked against the bytes left before it is used, so any input is read in one linear pass:
 * truncated records, absurd sizes and algorithms the header does not declare end in one
 * {@link EventLogFormatException} line naming the record, its offset and the field.
 */
public final class CcelEventLogParser {

	/** SHA-384's TPM_ALG_ID. */
	public static final int TPM_ALG_SHA384 = 0x000C;
	/** Largest log read: CCEL areas are 64 KiB–a few MiB. */
	public static final long MAX_LOG_SIZE = 64L << 20;
	/** Most records read: firmware logs have tens to a few thousand; a bound keeps memory bounded on crafted input. */
	public static final int MAX_EVENTS = 100_000;
	/** Most algorithms a Spec ID header may list (the TPM defines fewer than 20 hash algorithms). */
	static final int MAX_ALGORITHMS = 32;
	private static final byte[] SPEC_ID_SIGNATURE = "Spec ID Event03\0".getBytes(StandardCharsets.US_ASCII);

	private CcelEventLogParser() {
	}

	public static CcelEventLog parse(Path file, String displayName) throws TdxInputException {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_LOG_SIZE) {
				throw new EventLogFormatException(displayName, "file of " + size
						+ " bytes is larger than any CCEL event log (limit " + MAX_LOG_SIZE + ")");
			}
			try (InputStream in = BoundedInput.open(file, InputKind.LOG)) {
				bytes = in.readNBytes((int) MAX_LOG_SIZE + 1);
			}
		} catch (InputFileException e) {
			throw new TdxInputException("cannot read event log " + displayName + ": " + e.reason());
		} catch (NoSuchFileException e) {
			throw new TdxInputException("cannot read event log " + displayName + ": no such file");
		} catch (IOException e) {
			throw new TdxInputException("cannot read event log " + displayName + ": "
					+ String.valueOf(e.getMessage()).replace('\n', ' '));
		}
		if (bytes.length > MAX_LOG_SIZE) {
			throw new EventLogFormatException(displayName, "larger than any CCEL event log (limit " + MAX_LOG_SIZE + ")");
		}
		return parse(bytes, displayName);
	}

	public static CcelEventLog parse(byte[] data, String name) throws EventLogFormatException {
		try {
			return new Reader(data, name).read();
		} catch (EventLogFormatException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new EventLogFormatException(name, "malformed event log (" + e.getClass().getSimpleName() + ")");
		}
	}

	private static final class Reader {
		private final byte[] d;
		private final String name;
		private final ByteBuffer le;

		Reader(byte[] d, String name) {
			this.d = d;
			this.name = name;
			this.le = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
		}

		private long recordAt;

		private void need(long at, long n, int record, String what) throws EventLogFormatException {
			if (n < 0 || at + n > d.length) {
				throw new EventLogFormatException(name, String.format(
						"event #%d at offset 0x%x: %s needs %d bytes at 0x%x but the log ends at 0x%x (truncated?)", record,
						recordAt, what, n, at, d.length));
			}
		}

		private long u32(long at) {
			return Integer.toUnsignedLong(le.getInt((int) at));
		}

		CcelEventLog read() throws EventLogFormatException {
			if (d.length < 32) {
				throw new EventLogFormatException(name, "only " + d.length
						+ " bytes, too short for the TCG_PCR_EVENT header record; expected a CCEL event log");
			}
			long mr0 = u32(0);
			int type0 = le.getInt(4);
			long size0 = u32(28);
			if (type0 != EventTypes.EV_NO_ACTION) {
				throw new EventLogFormatException(name, String.format(
						"first record has type 0x%x, expected EV_NO_ACTION (3) with the \"Spec ID Event03\" header;"
								+ " not a TCG2 crypto-agile (CCEL) event log", type0));
			}
			need(32, size0, 0, "the Spec ID event data of " + size0 + " bytes");
			if (size0 < 29 || !Arrays.equals(d, 32, 48, SPEC_ID_SIGNATURE, 0, 16)) {
				throw new EventLogFormatException(name,
						"first record does not carry the \"Spec ID Event03\" signature; not a TCG2 crypto-agile event log");
			}
			long algCount = u32(32 + 24);
			if (algCount < 1 || algCount > MAX_ALGORITHMS || 28 + algCount * 4 + 1 > size0) {
				throw new EventLogFormatException(name, "Spec ID event lists " + algCount + " algorithms in "
						+ size0 + " bytes, expected 1.." + MAX_ALGORITHMS + " that fit");
			}
			Map<Integer, Integer> sizes = new LinkedHashMap<>();
			for (int i = 0; i < algCount; i++) {
				int alg = Short.toUnsignedInt(le.getShort(32 + 28 + 4 * i));
				int sz = Short.toUnsignedInt(le.getShort(32 + 30 + 4 * i));
				if (sz == 0 || sz > 64) {
					throw new EventLogFormatException(name, String.format(
							"Spec ID event gives algorithm 0x%04x a digest size of %d bytes, expected 1..64", alg, sz));
				}
				sizes.put(alg, sz);
			}
			if (!sizes.containsKey(TPM_ALG_SHA384)) {
				throw new EventLogFormatException(name,
						"Spec ID event declares no SHA-384 (algorithm 0x000c); a CCEL log records SHA-384 digests");
			}
			List<CcelEvent> events = new ArrayList<>();
			events.add(new CcelEvent(0, 0, mr0, type0, null, Arrays.copyOfRange(d, 32, (int) (32 + size0))));
			long at = 32 + size0;
			while (at + 8 <= d.length) {
				if (padding(at)) {
					break;
				}
				if (events.size() > MAX_EVENTS) {
					throw new EventLogFormatException(name, String.format(
							"more than %d records (at offset 0x%x); not a firmware event log", MAX_EVENTS, at));
				}
				events.add(record(events.size(), at, sizes));
				at = end;
			}
			if (at < d.length && at + 8 > d.length && !allPadding(at)) {
				throw new EventLogFormatException(name, String.format(
						"event #%d at offset 0x%x: %d stray bytes at the end, too short for a record (truncated?)",
						events.size(), at, d.length - at));
			}
			return new CcelEventLog(name, sizes, events, Math.min(at, d.length));
		}

		private long end;

		private boolean padding(long at) {
			long mr = u32(at);
			long type = u32(at + 4);
			return mr == 0xFFFF_FFFFL || (mr == 0 && type == 0);
		}

		private boolean allPadding(long at) {
			for (long i = at; i < d.length; i++) {
				if (d[(int) i] != (byte) 0xFF && d[(int) i] != 0) {
					return false;
				}
			}
			return true;
		}

		private CcelEvent record(int index, long at, Map<Integer, Integer> sizes) throws EventLogFormatException {
			recordAt = at;
			need(at, 12, index, "the record header (MR index, type, digest count)");
			long mr = u32(at);
			int type = le.getInt((int) at + 4);
			long count = u32(at + 8);
			if (count > sizes.size()) {
				throw new EventLogFormatException(name, String.format(
						"event #%d at offset 0x%x: digest count %d, but the Spec ID header declares only %d algorithm(s)",
						index, at, count, sizes.size()));
			}
			long p = at + 12;
			byte[] sha384 = null;
			for (int i = 0; i < count; i++) {
				need(p, 2, index, "digest " + i + "'s algorithm id");
				int alg = Short.toUnsignedInt(le.getShort((int) p));
				Integer size = sizes.get(alg);
				if (size == null) {
					throw new EventLogFormatException(name, String.format(
							"event #%d at offset 0x%x: digest %d uses algorithm 0x%04x, which the Spec ID header does not"
									+ " declare (declared: %s), so its size is unknown",
							index, at, i, alg, declared(sizes)));
				}
				need(p + 2, size, index, String.format("the digest of algorithm 0x%04x", alg));
				if (alg == TPM_ALG_SHA384) {
					sha384 = Arrays.copyOfRange(d, (int) p + 2, (int) p + 2 + size);
				}
				p += 2 + size;
			}
			need(p, 4, index, "the event data size");
			long size = u32(p);
			need(p + 4, size, index, "event data of " + size + " bytes");
			if (sha384 == null && type != EventTypes.EV_NO_ACTION) {
				throw new EventLogFormatException(name, String.format(
						"event #%d at offset 0x%x (%s) has no SHA-384 digest, so it cannot be replayed into an RTMR",
						index, at, EventTypes.name(type)));
			}
			end = p + 4 + size;
			return new CcelEvent(index, at, mr, type, sha384, Arrays.copyOfRange(d, (int) p + 4, (int) (p + 4 + size)));
		}

		private static String declared(Map<Integer, Integer> sizes) {
			StringBuilder b = new StringBuilder();
			sizes.forEach((a, s) -> b.append(b.length() == 0 ? "" : ", ").append(String.format("0x%04x", a)));
			return b.toString();
		}
	}
}
