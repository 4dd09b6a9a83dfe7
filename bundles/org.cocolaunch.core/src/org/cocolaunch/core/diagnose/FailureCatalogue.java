/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.diagnose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A vendor's cause catalogue, read from a tab-separated resource of its bundle so causes can be added without code.
 * Each row: {@code command errno status id summary check confirm fix source change}; {@code *} in the first three
 * columns matches anything, a command ending in {@code *} matches by prefix, a status is decimal or {@code 0x} hex
 * (a TDX status whose low 32 bits are 0 matches its class, as KVM compares). Lines starting with {@code #} and blank
 * lines are comments. Causes of one failure are ranked most specific row first, then in file order.
 */
public final class FailureCatalogue {

	private record Row(String command, Integer errno, Long status, FailureCause cause, int order) {

		int specificity() {
			return (command.equals("*") ? 0 : command.endsWith("*") ? 1 : 2) + (errno == null ? 0 : 2)
					+ (status == null ? 0 : 4);
		}
	}

	private final List<Row> rows;

	private FailureCatalogue(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/**
	 * The catalogue a vendor bundle keeps as a resource beside {@code owner} (read on each call: callers keep it).
	 *
	 * @throws IllegalStateException when the bundle lacks it, UncheckedIOException when it cannot be read
	 */
	public static FailureCatalogue ofResource(Class<?> owner, String resource) {
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing beside " + owner.getName());
			}
			return read(in, resource);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a catalogue resource named {@code name} (for messages).
	 *
	 * @throws IllegalArgumentException naming the line when a row is malformed (a bundle's own data: a build error)
	 */
	public static FailureCatalogue read(InputStream in, String name) throws IOException {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int n = 0;
			while ((line = r.readLine()) != null) {
				n++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				if (f.length < 9) {
					throw new IllegalArgumentException(name + ":" + n + ": expected 10 tab-separated columns, got " + f.length);
				}
				try {
					Integer errno = f[1].equals("*") ? null : Integer.valueOf(f[1]);
					Long status = f[2].equals("*") ? null
							: f[2].startsWith("0x") ? Long.valueOf(Long.parseUnsignedLong(f[2].substring(2), 16))
									: Long.valueOf(f[2]);
					rows.add(new Row(f[0], errno, status,
							new FailureCause(f[3], f[4], f[5], f[6], f[7], f[8], f.length > 9 ? f[9] : ""), rows.size()));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(name + ":" + n + ": errno and status must be numbers or *", e);
				}
			}
		}
		return new FailureCatalogue(rows);
	}

	/** The causes of {@code command} failing with {@code errno} and {@code status}, most likely first. */
	public List<FailureCause> causes(String command, int errno, long status) {
		return rows.stream().filter(r -> matches(r, command, errno, status))
				.sorted(Comparator.comparingInt(Row::specificity).reversed().thenComparingInt(Row::order))
				.map(Row::cause).distinct().toList();
	}

	/** Every cause in the catalogue, in file order. */
	public List<FailureCause> all() {
		return rows.stream().map(Row::cause).toList();
	}

	private static boolean matches(Row r, String command, int errno, long status) {
		boolean cmd = r.command.equals("*") || r.command.equals(command)
				|| r.command.endsWith("*") && command.startsWith(r.command.substring(0, r.command.length() - 1));
		boolean err = r.errno == null || r.errno == errno;
		boolean st = r.status == null || r.status == status
				|| (r.status & 0xFFFFFFFFL) == 0 && r.status != 0 && (r.status >>> 32) == (status >>> 32);
		return cmd && err && st;
	}
}
