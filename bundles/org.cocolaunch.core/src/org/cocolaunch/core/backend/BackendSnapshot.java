/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.backend;

/** Opaque saved state of a backend; only the backend that made it can restore it. */
public interface BackendSnapshot {
}
