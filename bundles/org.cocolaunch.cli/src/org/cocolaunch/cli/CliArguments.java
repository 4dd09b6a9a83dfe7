/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line as the bytes the user gave. {@code ./cocolaunch} writes every argument followed by a NUL into
 * the file named by {@code -Dcocolaunch.argsFile}; arguments are decoded as strict UTF-8. An argument that is not
 * UTF-8 is refused in one line naming it, except where a command takes bytes: {@code measure --append} (the kernel
 * command line is hashed as the bytes given, because the kernel gets those bytes).
 */
public final class CliArguments {

	private CliArguments() {
	}

	/** The arguments in a NUL-terminated list (every argument, the last included, ends with NUL). */
	public static List<byte[]> split(byte[] file) {
		List<byte[]> args = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < file.length; i++) {
			if (file[i] == 0) {
				args.add(Arrays.copyOfRange(file, start, i));
				start = i + 1;
			}
		}
		if (start < file.length) { // a last argument without its NUL: keep it rather than lose it
			args.add(Arrays.copyOfRange(file, start, file.length));
		}
		return args;
	}

	/** Decoded arguments plus the raw bytes of those a command accepts as bytes. */
	public record Decoded(List<String> args, Map<Integer, byte[]> rawCommandArguments) {
	}

	/**
	 * Decodes {@code raw}; throws {@link UsageException} for a non-UTF-8 argument the command does not take as bytes.
	 * Indices in {@link Decoded#rawCommandArguments()} are relative to the command's own arguments (after its name).
	 */
	public static Decoded decode(List<byte[]> raw) throws UsageException {
		List<String> args = new ArrayList<>(raw.size());
		Map<Integer, byte[]> bytes = new HashMap<>();
		for (int i = 0; i < raw.size(); i++) {
			byte[] arg = raw.get(i);
			String text = strict(arg);
			if (text == null) {
				if (i > 0 && takesBytes(args.get(0), args.get(i - 1), arg)) {
					bytes.put(i - 1, arg);
					text = new String(arg, StandardCharsets.UTF_8);
				} else {
					throw new UsageException((i == 0 ? "the command name " : "argument " + i + " ") + escaped(arg)
							+ " is not valid UTF-8" + (i == 0 ? "" : " (only measure --append takes arbitrary bytes)"));
				}
			}
			args.add(text);
		}
		return new Decoded(args, bytes);
	}

	private static boolean takesBytes(String command, String previous, byte[] arg) {
		if (!command.equals("measure")) {
			return false;
		}
		return previous.equals("--append") || startsWith(arg, "--append=".getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean startsWith(byte[] a, byte[] prefix) {
		return a.length >= prefix.length && Arrays.equals(a, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The argument as strict UTF-8, or null. */
	static String strict(byte[] arg) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(arg)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/** Printable ASCII as is, every other byte as {@code \xNN}, in quotes. */
	public static String escaped(byte[] arg) {
		StringBuilder b = new StringBuilder("'");
		for (byte x : arg) {
			int c = x & 0xff;
			if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
				b.append((char) c);
			} else {
				b.append(String.format("\\x%02x", c));
			}
		}
		return b.append('\'').toString();
	}
}
