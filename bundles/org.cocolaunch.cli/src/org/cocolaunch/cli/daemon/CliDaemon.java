/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cocolaunch.cli.Cli;
import org.cocolaunch.cli.CliApplication;
import org.cocolaunch.cli.CliMain;

/**
 * A warm JVM for the headless commands, for scripts that call {@code ./cocolaunch} hundreds of times: started by
 * {@code ./cocolaunch daemon start}, it runs each command the launcher hands it in this JVM, whose classes are loaded
 * and whose code is compiled, so a command costs its own work instead of a JVM start (about a quarter of a second for
 * {@code measure}). One command at a time, in the order they come.
 * <p>
 * The launcher talks to it over loopback TCP (bash opens such a connection with a builtin, so no other program
 * starts): the port, a secret and the process id are in a state file readable by this user only; the launcher sends
 * NUL-terminated fields (secret, verb, and for {@code run}: working directory, argument file, and the paths under
 * {@code /proc/PID/fd} of its standard output and error, which this process opens and writes to directly) and reads
 * one line back: the exit code, or {@code fallback} when the outputs cannot be opened here (the launcher then runs the
 * command itself). The daemon stops after its idle time, on {@code stop}, or when its state file no longer names it
 * (a rebuild replaces the folder).
 */
public final class CliDaemon {

	/** Reply of a run whose outputs could not be opened: nothing ran, the launcher starts the command itself. */
	static final String FALLBACK = "fallback";

	/** How often the accept loop wakes to check the idle time and the state file. */
	private static final Duration TICK = Duration.ofSeconds(5);

	/** Longest request accepted (fields are paths and a secret; the arguments travel in their file). */
	private static final int MAX_REQUEST = 64 * 1024;

	private final Path stateFile;
	private final Duration idle;
	private final String secret;
	private final Instant started = Instant.now();
	private Instant lastUsed = started;
	private long served;

	/** A daemon that will publish itself in {@code stateFile} and stop after {@code idle} without a request. */
	public CliDaemon(Path stateFile, Duration idle) {
		this.stateFile = stateFile;
		this.idle = idle;
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		this.secret = HexFormat.of().formatHex(random);
	}

	/** {@code CliDaemon STATE_FILE IDLE_MINUTES [WARM_UP_COMMANDS]}. */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: CliDaemon STATE_FILE IDLE_MINUTES [WARM_UP_COMMANDS]");
			System.exit(Cli.USAGE);
		}
		Path state = Path.of(args[0]).toAbsolutePath();
		CliDaemon daemon = new CliDaemon(state, Duration.ofMinutes(Long.parseLong(args[1])));
		// Stopped by a signal (kill, the end of a CI job): the launcher must not keep trying a port nobody serves.
		Runtime.getRuntime().addShutdownHook(new Thread(daemon::unpublish, "cocolaunch-daemon-unpublish"));
		if (args.length > 2 && Files.isRegularFile(Path.of(args[2]))) {
			// Compiles the code of the commands scripts call in loops before the first of them arrives.
			CliMain.train(Path.of(args[2]), state.getParent());
		}
		System.exit(daemon.serve());
	}

	/** Serves requests until stopped; the exit code for the process. */
	public int serve() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout((int) TICK.toMillis());
			publish(server.getLocalPort());
			System.err.println("cocolaunch daemon: listening on 127.0.0.1:" + server.getLocalPort() + ", pid "
					+ ProcessHandle.current().pid());
			while (true) {
				Socket client;
				try {
					client = server.accept();
				} catch (SocketTimeoutException tick) {
					if (!stillNamed()) {
						System.err.println("cocolaunch daemon: " + stateFile + " names another daemon or is gone; stopping");
						return Cli.OK;
					}
					if (Duration.between(lastUsed, Instant.now()).compareTo(idle) > 0) {
						System.err.println("cocolaunch daemon: idle for " + idle.toMinutes() + " min; stopping");
						unpublish();
						return Cli.OK;
					}
					continue;
				}
				try (client) {
					if (!handle(client)) {
						unpublish();
						return Cli.OK;
					}
				} catch (IOException | RuntimeException e) {
					System.err.println("cocolaunch daemon: a request failed: " + Cli.describe(e));
				} catch (OutOfMemoryError e) {
					// The heap may be in any state: later commands get a fresh JVM from the launcher instead.
					System.err.println("cocolaunch daemon: out of memory; stopping");
					unpublish();
					return Cli.FAILURE;
				}
				lastUsed = Instant.now();
			}
		}
	}

	/** Serves one request and answers it in one line; false when asked to stop. */
	private boolean handle(Socket client) throws IOException {
		client.setSoTimeout(10_000); // the launcher writes its request at once; a silent peer is not it
		List<String> fields = readFields(client.getInputStream());
		String verb = fields.size() > 1 && sameSecret(fields.get(0)) ? fields.get(1) : "";
		String answer = switch (verb) {
		case "stop" -> "stopping";
		case "status" -> status();
		case "run" -> fields.size() == 6 ? run(client, fields.get(2), fields.get(3), fields.get(4), fields.get(5))
				: "denied";
		default -> "denied"; // a wrong secret, or not a request of the launcher's
		};
		client.getOutputStream().write((answer + "\n").getBytes(StandardCharsets.UTF_8));
		return !verb.equals("stop");
	}

	/**
	 * Runs one command with the client's outputs; its exit code, or {@link #FALLBACK} when they cannot be opened. A
	 * client that goes away (Ctrl-C) closes its connection: from then on the command writes nothing more to the
	 * outputs it shared (a terminal would show it after the prompt) and is interrupted.
	 */
	private String run(Socket client, String cwd, String argsFile, String outPath, String errPath) throws IOException {
		Charset charset = System.out.charset();
		AtomicBoolean abandoned = new AtomicBoolean();
		PrintStream out;
		PrintStream err;
		try {
			out = open(outPath, charset, abandoned);
		} catch (IOException e) {
			System.err.println("cocolaunch daemon: cannot open " + outPath + " (" + Cli.describe(e) + "); handed back");
			return FALLBACK;
		}
		try {
			err = open(errPath, charset, abandoned);
		} catch (IOException e) {
			System.err.println("cocolaunch daemon: cannot open " + errPath + " (" + Cli.describe(e) + "); handed back");
			out.close();
			return FALLBACK;
		}
		Thread command = Thread.currentThread();
		Object ending = new Object(); // the watcher's interrupt and the command's end exclude each other
		boolean[] done = { false };
		client.setSoTimeout(0);
		InputStream fromClient = client.getInputStream();
		// Ends with the connection, which the caller closes after the reply.
		Thread.ofPlatform().daemon().name("cocolaunch-daemon-client").start(() -> {
			try {
				while (fromClient.read() >= 0) {
					// the client sends nothing more; only the end of its connection matters
				}
			} catch (IOException e) {
				// reset by the peer: gone as well
			}
			synchronized (ending) {
				if (!done[0]) {
					abandoned.set(true);
					command.interrupt();
				}
			}
		});
		int code;
		try {
			code = CliApplication.runArgumentsFile(Path.of(argsFile), Path.of(cwd), out, err);
		} catch (OutOfMemoryError e) {
			err.println("cocolaunch: out of memory");
			throw e;
		} catch (Throwable e) { // NOPMD: one line and exit 1, as a command started on its own gives
			err.println("cocolaunch: internal error: " + Cli.describe(e));
			code = Cli.FAILURE;
		} finally {
			synchronized (ending) {
				done[0] = true;
			}
			Thread.interrupted(); // an interrupt that came as the command ended must not reach the next one
			out.close();
			err.close();
		}
		if (abandoned.get()) {
			System.err.println("cocolaunch daemon: the client of a command went away before it ended");
		}
		served++;
		return Integer.toString(code);
	}

	/**
	 * The client's output by its {@code /proc} path, opened for appending: a pipe or a terminal is the same one the
	 * client has, and a file it redirected to is written at its end, after what the script wrote there before.
	 */
	private static PrintStream open(String path, Charset charset, AtomicBoolean abandoned) throws IOException {
		if (!path.startsWith("/proc/")) {
			throw new IOException("not a /proc path: " + path);
		}
		FileOutputStream file = new FileOutputStream(path, true);
		OutputStream unlessAbandoned = new FilterOutputStream(file) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (!abandoned.get()) {
					file.write(b, off, len);
				}
			}

			@Override
			public void write(int b) throws IOException {
				if (!abandoned.get()) {
					file.write(b);
				}
			}
		};
		return new PrintStream(new BufferedOutputStream(unlessAbandoned, 8192), true, charset);
	}

	private String status() {
		Instant now = Instant.now();
		return "pid " + ProcessHandle.current().pid() + ", up " + Duration.between(started, now).toSeconds() + " s, "
				+ served + " commands run, idle " + Duration.between(lastUsed, now).toSeconds() + " s of "
				+ idle.toMinutes() + " min";
	}

	private static List<String> readFields(InputStream in) throws IOException {
		ByteArrayOutputStream field = new ByteArrayOutputStream();
		List<String> fields = new ArrayList<>();
		int total = 0;
		for (int b = in.read(); b >= 0; b = in.read()) {
			if (++total > MAX_REQUEST) {
				throw new IOException("request longer than " + MAX_REQUEST + " bytes");
			}
			if (b == 0) {
				fields.add(field.toString(fileNameCharset()));
				field.reset();
				if (fields.size() == 6 || fields.size() == 2 && !fields.get(1).equals("run")) {
					break; // complete: the client keeps the connection open for the reply
				}
			} else {
				field.write(b);
			}
		}
		return fields;
	}

	/** The charset the JVM decodes file names with, so a path the shell sent as bytes names the same file. */
	private static Charset fileNameCharset() {
		String jnu = System.getProperty("sun.jnu.encoding");
		try {
			return jnu == null ? Charset.defaultCharset() : Charset.forName(jnu);
		} catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}

	private boolean sameSecret(String given) {
		return MessageDigest.isEqual(secret.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
	}

	/** Writes "port secret pid" to the state file, readable by this user only, replacing it in one step. */
	private void publish(int port) throws IOException {
		Path dir = stateFile.getParent();
		Path tmp = Files.createTempFile(dir, ".daemon", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(tmp, port + " " + secret + " " + ProcessHandle.current().pid() + "\n",
					StandardCharsets.US_ASCII);
			try {
				Files.move(tmp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	private boolean stillNamed() {
		try {
			return Files.readString(stateFile, StandardCharsets.US_ASCII).contains(" " + secret + " ");
		} catch (IOException e) {
			return false;
		}
	}

	/** Removes the state file if it still names this daemon, so the launcher stops trying it. */
	private void unpublish() {
		if (stillNamed()) {
			try {
				Files.deleteIfExists(stateFile);
			} catch (IOException e) {
				// the launcher finds the port closed and starts commands itself
			}
		}
	}
}
