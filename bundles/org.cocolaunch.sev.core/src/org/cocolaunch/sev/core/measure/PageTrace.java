/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.measure;

import org.cocolaunch.sev.model.SnpPageType;

/**
 * What one SNP page update did to the launch digest.
 *
 * @param gpa            the PAGE_INFO GPA
 * @param type           the page type
 * @param contentsDigest the PAGE_INFO CONTENTS field (SHA-384 of the page, or 48 zero bytes)
 * @param digestAfter    the launch digest after this page
 */
public record PageTrace(long gpa, SnpPageType type, byte[] contentsDigest, byte[] digestAfter) {
}
