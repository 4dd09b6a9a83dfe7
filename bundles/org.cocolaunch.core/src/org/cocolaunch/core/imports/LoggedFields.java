/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.imports;

import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;

/**
 * The fields of an imported step as the QEMU log printed them, before its vendor types them
 * ({@link org.cocolaunch.core.vendor.VendorEngine#completeImport}); the importer has normalised numbers to
 * {@code 0x} hex. Only vendors read these, once, at import.
 */
public final class LoggedFields {

	private final GenericParameters fields;

	private LoggedFields(GenericParameters fields) {
		this.fields = fields;
	}

	/** The logged fields of {@code step}; empty when it has none (or is typed already). */
	public static LoggedFields of(Step step) {
		return new LoggedFields(step.getParameters() instanceof GenericParameters g ? g : null);
	}

	/** Whether the step carries logged fields at all. */
	public boolean present() {
		return fields != null;
	}

	public String text(String name) {
		if (fields != null) {
			for (Parameter p : fields.getEntries()) {
				if (p.getName().equals(name)) {
					return p.getValue();
				}
			}
		}
		return null;
	}

	/** The number the importer normalised, or null when the field is missing. */
	public Long number(String name) {
		String v = text(name);
		if (v == null) {
			return null;
		}
		try {
			return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	public long number(String name, long otherwise) {
		Long n = number(name);
		return n == null ? otherwise : n;
	}
}
