/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.inspect;

import java.util.List;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.StepResult;

/**
 * "after step 7 KVM_SEV_SNP_LAUNCH_FINISH": where the followed session is, for a view's description. The plan's name
 * is in the Debug view and the Launch Steps view; repeating it here cut the descriptions at the default window size.
 */
public final class StepCaption {

	private StepCaption() {
	}

	public static String of(Session session) {
		List<StepResult> results = session.trace().getResults();
		String where = results.isEmpty() ? "before the first step"
				: "after step " + (results.size() - 1) + " " + results.get(results.size() - 1).getCommand();
		return where;
	}
}
