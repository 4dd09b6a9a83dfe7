/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli;

import java.util.List;
import java.util.Optional;

import org.cocolaunch.core.io.BoundedInput;

/**
 * Dispatches {@code ./cocolaunch <command> ...}: exit 0 ok, 1 failure, 2 usage error. Whatever happens, the user gets
 * exactly one line on standard error naming the command and what broke: a {@link UsageException} or
 * {@link CliFailure} as its message, anything else (an {@link OutOfMemoryError} included) as what ran out or broke.
 * No stack trace, no exit 0 after a failure.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILURE = 1;
	public static final int USAGE = 2;

	/** Released when the heap runs out, so the one line about it can still be written. */
	private static volatile byte[] reserve = new byte[1 << 20];

	private Cli() {
	}

	/** Runs the command given as the bytes the user typed (see {@link CliArguments}). */
	public static int runRaw(List<byte[]> raw, CliContext context) {
		CliArguments.Decoded decoded;
		try {
			decoded = CliArguments.decode(raw);
		} catch (UsageException e) {
			String command = raw.isEmpty() ? null : CliArguments.strict(raw.get(0));
			context.err().println("cocolaunch" + (command == null ? "" : " " + oneLine(command)) + ": " + oneLine(e.getMessage()));
			return USAGE;
		}
		return run(decoded.args(), context.withRawArguments(decoded.rawCommandArguments()));
	}

	public static int run(List<String> args, CliContext context) {
		if (args.isEmpty()) {
			context.err().println("cocolaunch: no command given; try 'cocolaunch help'");
			return USAGE;
		}
		String word = args.get(0);
		String name = switch (word) {
		case "--version", "-V" -> "version";
		case "--help", "-h" -> "help";
		default -> word;
		};
		Optional<CliCommand> command = CliCommands.find(name);
		if (command.isEmpty()) {
			context.err().println("cocolaunch: unknown command '" + oneLine(word) + "'; try 'cocolaunch help'");
			return USAGE;
		}
		String prefix = "cocolaunch " + name + ": ";
		try {
			int code = command.get().run(args.subList(1, args.size()), context);
			// PrintStream swallows write errors: a full disk or closed pipe would otherwise end in exit 0.
			if (context.out().checkError()) {
				context.err().println(prefix + "cannot write to standard output (full disk or closed pipe?)");
				return code == OK ? FAILURE : code;
			}
			return code;
		} catch (UsageException e) {
			context.err().println(prefix + oneLine(e.getMessage()));
			return USAGE;
		} catch (CliFailure e) {
			context.err().println(prefix + oneLine(e.getMessage()));
			return FAILURE;
		} catch (OutOfMemoryError e) {
			reserve = null;
			context.err().println(prefix + "out of memory (Java heap limit " + BoundedInput.sizeText(Runtime.getRuntime().maxMemory())
					+ "); the input is too large for this heap");
			reserve = new byte[1 << 20];
			return FAILURE;
		} catch (StackOverflowError e) {
			context.err().println(prefix + "ran out of stack (an input nested too deeply?)");
			return FAILURE;
		} catch (Throwable e) { // NOPMD: the one place that turns any failure into one line and exit 1
			context.err().println(prefix + "internal error: " + describe(e));
			return FAILURE;
		} finally {
			context.out().flush();
			context.err().flush();
		}
	}

	/** What broke, in one line: the class's simple name and the first line of its message. */
	public static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + oneLine(message));
	}

	/** {@code text} on one line: line breaks and other control characters become visible escapes. */
	public static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				b.append("\\n");
			} else if (c == '\r') {
				b.append("\\r");
			} else if (c == '\t') {
				b.append(' ');
			} else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
				b.append(String.format("\\x%02x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
