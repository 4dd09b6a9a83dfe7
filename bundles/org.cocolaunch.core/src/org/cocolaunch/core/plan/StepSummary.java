/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cocolaunch.core.imports.ImpliedCreateVm;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A one-line text of a step's key parameters, the same in the Launch Steps view and the CLI. Works for any vendor
 * model by reading the parameter object's set attributes reflectively; addresses and sizes print in hex.
 */
public final class StepSummary {

	/** Longer summaries are cut, so a table cell stays readable. */
	private static final int MAX_LENGTH = 160;

	private StepSummary() {
	}

	public static String keyParameters(Step step) {
		List<String> parts = new ArrayList<>();
		EObject parameters = step.getParameters();
		if (parameters instanceof KvmCreateVm create) {
			VmType type = VmType.get(create.getVmType());
			parts.add("type=" + create.getVmType() + (type == null ? "" : " (" + ImpliedCreateVm.typeName(type) + ")"));
		} else if (parameters instanceof GenericParameters generic) {
			for (Parameter p : generic.getEntries()) {
				parts.add(p.getName() + "=" + p.getValue());
			}
		} else if (parameters != null) {
			for (EAttribute attribute : parameters.eClass().getEAllAttributes()) {
				if (parameters.eIsSet(attribute) && !attribute.isMany()) {
					parts.add(attribute.getName() + "=" + format(attribute.getName(), parameters.eGet(attribute)));
				}
			}
		}
		if (!step.getPages().isEmpty()) {
			parts.add(pagesText(step.getPages()));
		}
		String text = String.join(", ", parts);
		return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "\u2026";
	}

	/** "3 ranges 0x800000+0x9000 …" style description of the pages a step touches. */
	static String pagesText(List<PageRange> pages) {
		PageRange first = pages.get(0);
		String firstText = hex(first.getGpa()) + "+" + hex(first.getLength()) + " " + first.getKind().getLiteral().toLowerCase(Locale.ROOT);
		if (pages.size() == 1) {
			return "pages " + firstText;
		}
		long total = 0;
		for (PageRange p : pages) {
			total += p.getLength();
		}
		return pages.size() + " page ranges from " + firstText + ", " + hex(total) + " bytes";
	}

	private static String format(String name, Object value) {
		if (value instanceof Long l) {
			return hex(l.longValue());
		}
		if (value instanceof Integer i && showsInHex(name, Integer.class)) {
			return hex(i.intValue() & 0xffffffffL);
		}
		if (value instanceof byte[] bytes) {
			return bytes.length + " bytes";
		}
		return String.valueOf(value);
	}

	/**
	 * Whether a numeric field of this name and type reads in hex: every 64-bit field (addresses, GFNs, policies,
	 * bit masks), and 32-bit fields named like addresses, lengths, flags, policies or sizes; counts and indexes stay
	 * decimal. Editors and views format (and parse) the same way.
	 */
	public static boolean showsInHex(String name, Class<?> type) {
		if (type == Long.class || type == long.class) {
			return true;
		}
		return (type == Integer.class || type == int.class) && looksLikeAddressOrFlags(name);
	}

	private static boolean looksLikeAddressOrFlags(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.contains("gpa") || n.contains("addr") || n.contains("len") || n.contains("flags") || n.contains("policy")
				|| n.contains("size");
	}

	public static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}

	public static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
