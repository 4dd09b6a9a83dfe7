/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.sim;

import org.cocolaunch.core.backend.BackendSnapshot;

/** A saved state of one {@link TdxModuleSimulator}; restoring it elsewhere is refused. */
final class TdxSnapshot implements BackendSnapshot {

	final TdxModuleSimulator owner;
	final TdxModuleState state;

	TdxSnapshot(TdxModuleSimulator owner, TdxModuleState state) {
		this.owner = owner;
		this.state = state;
	}
}
