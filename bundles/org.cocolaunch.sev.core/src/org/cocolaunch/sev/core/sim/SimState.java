/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.sim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SnpGuestState;

/** Everything the simulated KVM + AMD secure processor remember about one VM; copied whole for snapshots. */
final class SimState {

	// KVM
	boolean vmCreated;
	int vmType = -1;
	boolean initialized;
	boolean legacyInit;
	boolean es;
	boolean snp;
	long vmsaFeatures;
	int ghcbVersion;
	boolean vmsasEncrypted;

	// SEV / SEV-ES firmware guest context
	SevGuestState sevState = SevGuestState.UNINIT;
	int handle;
	long policy;
	MessageDigest sevDigest = newSha256();
	byte[] tik;
	byte[] launchMeasure;

	// SNP firmware guest context
	SnpGuestState snpState = SnpGuestState.INIT;
	boolean snpContext;
	byte[] snpDigest;
	PrivatePages privatePages = new PrivatePages();
	byte[] report;

	/** VMSAs as measured, in vCPU order. */
	List<byte[]> vmsas = new ArrayList<>();

	SimState copy() {
		SimState c = new SimState();
		c.vmCreated = vmCreated;
		c.vmType = vmType;
		c.initialized = initialized;
		c.legacyInit = legacyInit;
		c.es = es;
		c.snp = snp;
		c.vmsaFeatures = vmsaFeatures;
		c.ghcbVersion = ghcbVersion;
		c.vmsasEncrypted = vmsasEncrypted;
		c.sevState = sevState;
		c.handle = handle;
		c.policy = policy;
		try {
			c.sevDigest = (MessageDigest) sevDigest.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-256 digests are cloneable in the JDK", e);
		}
		c.tik = tik == null ? null : tik.clone();
		c.launchMeasure = launchMeasure == null ? null : launchMeasure.clone();
		c.snpState = snpState;
		c.snpContext = snpContext;
		c.snpDigest = snpDigest == null ? null : snpDigest.clone();
		c.privatePages = privatePages.copy();
		c.report = report == null ? null : report.clone();
		c.vmsas = new ArrayList<>(vmsas); // the pages themselves are never modified
		return c;
	}

	/** The SEV launch digest so far (the running hash continues). */
	byte[] sevDigestNow() {
		try {
			return ((MessageDigest) sevDigest.clone()).digest();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-256 digests are cloneable in the JDK", e);
		}
	}

	static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-256", e);
		}
	}
}
