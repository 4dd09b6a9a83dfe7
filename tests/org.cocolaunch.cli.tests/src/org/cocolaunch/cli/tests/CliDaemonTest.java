/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cocolaunch.cli.daemon.CliDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daemon's side of its protocol, in-process: it publishes port, secret and pid in its state file; refuses a wrong
 * secret; hands back (runs nothing, leaves the argument file) a command whose outputs it cannot open; runs a command
 * into another process's outputs by their /proc paths, appending; answers status; stops on request and removes its
 * state file. The launcher's side is tested through ./cocolaunch by tests/cli-paths and tests/hostile.
 */
class CliDaemonTest {

	@TempDir
	Path dir;

	@Test
	void servesItsProtocol() throws Exception {
		Path state = dir.resolve("daemon.state");
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> served = thread.submit(() -> new CliDaemon(state, Duration.ofMinutes(1)).serve());
			for (int i = 0; i < 200 && !Files.exists(state); i++) {
				Thread.sleep(50);
			}
			String[] published = Files.readString(state).trim().split(" ");
			assertEquals(3, published.length, "port secret pid");
			int port = Integer.parseInt(published[0]);
			String secret = published[1];
			assertEquals(Long.toString(ProcessHandle.current().pid()), published[2]);
			assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
					Files.getPosixFilePermissions(state), "only this user may read the secret");

			assertEquals("denied", request(port, "not-the-secret", "status"));
			assertTrue(request(port, secret, "status").startsWith("pid "));

			Path args = dir.resolve("args");
			Files.write(args, "--version\0".getBytes(StandardCharsets.UTF_8));
			assertEquals("fallback", request(port, secret, "run", dir.toString(), args.toString(),
					dir.resolve("out").toString(), dir.resolve("err").toString()));
			assertTrue(Files.exists(args), "a handed-back command leaves its arguments for the launcher");

			// Another process's outputs, opened to append, written through /proc as the launcher's would be.
			Path out = dir.resolve("stdout.txt");
			Path err = dir.resolve("stderr.txt");
			Files.writeString(out, "before\n");
			Process holder = new ProcessBuilder("sleep", "30").redirectOutput(Redirect.appendTo(out.toFile()))
					.redirectError(Redirect.appendTo(err.toFile())).start();
			try {
				String proc = "/proc/" + holder.pid() + "/fd/";
				assertEquals("0", request(port, secret, "run", dir.toString(), args.toString(), proc + "1", proc + "2"));
				assertFalse(Files.exists(args), "the arguments file is deleted once read");
				String written = Files.readString(out);
				assertTrue(written.startsWith("before\nCoCo Launch Workbench "), written);
				assertEquals("", Files.readString(err));

				Files.write(args, "measure\0--mode\0snp\0".getBytes(StandardCharsets.UTF_8));
				assertEquals("2", request(port, secret, "run", dir.toString(), args.toString(), proc + "1", proc + "2"));
				assertTrue(Files.readString(err).startsWith("cocolaunch measure: error: "), Files.readString(err));
			} finally {
				holder.destroy();
			}
			assertTrue(request(port, secret, "status").contains(", 2 commands run,"));

			assertEquals("stopping", request(port, secret, "stop"));
			assertEquals(0, served.get(30, TimeUnit.SECONDS));
			assertFalse(Files.exists(state), "a stopped daemon removes its state file");
		} finally {
			thread.shutdownNow();
		}
	}

	/** Sends NUL-terminated fields and returns the one-line answer, as the launcher does with bash's /dev/tcp. */
	private static String request(int port, String... fields) throws IOException {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			OutputStream o = s.getOutputStream();
			for (String f : fields) {
				o.write(f.getBytes(StandardCharsets.UTF_8));
				o.write(0);
			}
			o.flush();
			InputStream in = s.getInputStream();
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
				line.write(b);
			}
			return line.toString(StandardCharsets.UTF_8);
		}
	}
}
