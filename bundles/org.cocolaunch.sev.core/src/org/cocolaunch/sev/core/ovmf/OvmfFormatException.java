/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.ovmf;

import org.cocolaunch.sev.core.SevInputException;

/** A firmware image (OVMF or SVSM) whose footer table or SEV metadata is not what the format requires. */
public class OvmfFormatException extends SevInputException {

	private static final long serialVersionUID = 1L;

	public OvmfFormatException(String imageName, String problem) {
		super(imageName + ": " + problem);
	}
}
