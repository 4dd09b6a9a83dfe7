/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.memory;

import java.util.EnumMap;
import java.util.Map;

import org.cocolaunch.core.inspect.PageState;
import org.eclipse.swt.graphics.RGB;

/** The colour of each page state in the Guest Memory Map and its legend. */
public final class PageStateColors {

	private static final Map<PageState, RGB> RGBS = new EnumMap<>(PageState.class);

	static {
		RGBS.put(PageState.PRIVATE_RAM, new RGB(222, 222, 222));
		RGBS.put(PageState.NOT_ADDED, new RGB(187, 203, 222));
		RGBS.put(PageState.MEASURED, new RGB(56, 142, 60));
		RGBS.put(PageState.ZERO, new RGB(165, 214, 167));
		RGBS.put(PageState.UNMEASURED, new RGB(251, 140, 0));
		RGBS.put(PageState.SECRETS, new RGB(211, 47, 47));
		RGBS.put(PageState.CPUID, new RGB(142, 36, 170));
		RGBS.put(PageState.VMSA, new RGB(25, 118, 210));
		RGBS.put(PageState.AUG, new RGB(0, 137, 123));
		RGBS.put(PageState.SHARED, new RGB(253, 216, 53));
	}

	private PageStateColors() {
	}

	public static RGB rgb(PageState state) {
		return RGBS.get(state);
	}
}
