/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.hash;

import java.util.Locale;

/**
 * Chooses the SHA-384 engine once per JVM: OpenSSL's libcrypto through JNA when both are there (faster), else the
 * JDK's. JNA is an optional dependency of this bundle, so its presence is checked before any class that links
 * against it is loaded; every failure to load the native engine falls back to the JDK with a reason.
 * <ul>
 * <li>{@value #ENGINE_PROPERTY}: {@code auto} (default), {@code jdk} (force the JDK), {@code openssl} (as auto, but
 * the fallback is an error).</li>
 * <li>{@value #LIBRARY_PROPERTY}: the libcrypto to load, a JNA library name or a path (default {@code crypto}, i.e.
 * libcrypto.so or libcrypto.so.3).</li>
 * </ul>
 */
public final class Sha384Engines {

	public static final String ENGINE_PROPERTY = "cocolaunch.sha384";
	public static final String LIBRARY_PROPERTY = "cocolaunch.sha384.library";
	public static final String DEFAULT_LIBRARY = "crypto";

	/** The outcome of a choice: the engine, and why it is not the native one (null when it is). */
	public record Choice(Sha384Engine engine, String fallbackReason) {
	}

	private static final class Selected { // holder: chosen on first use, not when the class loads
		static final Choice CHOICE = fromSystemProperties();
	}

	private Sha384Engines() {
	}

	/** The engine MRTD uses in this JVM. */
	public static Sha384Engine selected() {
		return Selected.CHOICE.engine();
	}

	/** The whole choice behind {@link #selected()}. */
	public static Choice selectedChoice() {
		return Selected.CHOICE;
	}

	public static Sha384Engine jdk() {
		return JdkSha384.INSTANCE;
	}

	/** A new choice from the current system properties (not cached; {@link #selected()} is). */
	public static Choice fromSystemProperties() {
		return choose(System.getProperty(ENGINE_PROPERTY, "auto"), System.getProperty(LIBRARY_PROPERTY, DEFAULT_LIBRARY));
	}

	/**
	 * The engine for a value of {@value #ENGINE_PROPERTY} and a library name.
	 *
	 * @throws IllegalStateException for {@code openssl} when the native engine cannot be loaded
	 */
	public static Choice choose(String mode, String library) {
		String m = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
		if (m.equals("jdk")) {
			return new Choice(jdk(), ENGINE_PROPERTY + "=jdk");
		}
		Choice loaded = loadNative(library);
		if (m.equals("openssl") && loaded.fallbackReason() != null) {
			throw new IllegalStateException(ENGINE_PROPERTY + "=openssl, but " + loaded.fallbackReason());
		}
		return loaded; // any other value behaves as auto rather than breaking every measurement
	}

	private static Choice loadNative(String library) {
		try {
			Class.forName("com.sun.jna.Native", false, Sha384Engines.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return new Choice(jdk(), "JNA (com.sun.jna) is not available");
		}
		try {
			return new Choice(OpenSslSha384.load(library), null);
		} catch (LinkageError | RuntimeException e) { // UnsatisfiedLinkError for a missing library or symbol
			return new Choice(jdk(), "libcrypto '" + library + "' is unusable: " + firstLine(e));
		}
	}

	/** JNA's load errors list every path it tried, one per line; the first line says enough for a fallback note. */
	private static String firstLine(Throwable e) {
		String m = String.valueOf(e.getMessage()).strip();
		int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl).strip();
	}
}
