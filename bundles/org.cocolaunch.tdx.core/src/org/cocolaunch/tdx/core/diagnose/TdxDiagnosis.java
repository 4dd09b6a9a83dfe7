/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.diagnose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.cocolaunch.core.diagnose.FailureCatalogue;
import org.cocolaunch.core.diagnose.FailureCause;

/**
 * The TDX engine's failure diagnosis: its cause catalogue ({@code tdx-failures.tsv} beside this class, data). None
 * of its causes has a simulated change yet.
 */
public final class TdxDiagnosis {

	private static final String RESOURCE = "tdx-failures.tsv";
	private static volatile FailureCatalogue catalogue;

	private TdxDiagnosis() {
	}

	/** The catalogue, read once. */
	public static FailureCatalogue catalogue() {
		FailureCatalogue c = catalogue;
		if (c == null) {
			try (InputStream in = TdxDiagnosis.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the TDX engine bundle");
				}
				c = FailureCatalogue.read(in, RESOURCE);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catalogue = c;
		}
		return c;
	}

	/** The causes of a TDX command's failure (and of the TDX VM type missing), most likely first. */
	public static List<FailureCause> causes(String command, int errno, long status) {
		if (command == null || !command.startsWith("KVM_TDX_") && !command.equals("KVM_CREATE_VM")) {
			return List.of();
		}
		return catalogue().causes(command, errno, status);
	}
}
