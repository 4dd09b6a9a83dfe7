/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.tdvf;

import org.cocolaunch.tdx.core.TdxInputException;

/**
 * The firmware file is not a usable TDVF image. The message is one line naming the file and what was expected; no
 * other exception type leaves {@link TdvfParser}.
 */
public final class TdvfFormatException extends TdxInputException {

	private static final long serialVersionUID = 1L;

	public TdvfFormatException(String imageName, String problem) {
		super(imageName + ": " + problem);
	}
}
