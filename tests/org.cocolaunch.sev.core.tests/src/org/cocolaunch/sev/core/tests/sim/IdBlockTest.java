/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.cocolaunch.core.session.Session;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.report.MeasurementComparison;
import org.cocolaunch.sev.core.report.SnpAttestationReport;
import org.cocolaunch.sev.core.sim.IdBlockCodec;
import org.cocolaunch.sev.core.sim.IdBlockSigner;
import org.cocolaunch.sev.core.sim.SevFirmwareSimulator;
import org.cocolaunch.sev.core.tests.plan.PlanRuns;
import org.cocolaunch.sev.core.tests.plan.SevCaseRow;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SNP_LAUNCH_FINISH with an ID block (domain reference §3.2.7): the firmware checks the expected launch digest
 * (BAD_MEASUREMENT), the policy and the ECDSA P-384 signatures (BAD_SIGNATURE), and the simulated report carries
 * MEASUREMENT, HOST_DATA, ID_KEY_DIGEST, AUTHOR_KEY_DIGEST, POLICY, FAMILY_ID, IMAGE_ID and GUEST_SVN. The expected
 * launch digest is the snp-01 row of cases-sev.tsv.
 */
class IdBlockTest {

	private static SevCaseRow row;
	private static KeyPair idKey;
	private static KeyPair authorKey;
	private static KeyPair otherKey;

	@BeforeAll
	static void setUp() throws Exception {
		row = SevCaseRow.planRows().stream().filter(r -> r.id().equals("snp-01")).findFirst().orElseThrow();
		KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
		g.initialize(new ECGenParameterSpec("secp384r1"));
		idKey = g.generateKeyPair();
		authorKey = g.generateKeyPair();
		otherKey = g.generateKeyPair();
	}

	private static SnpIdBlock block(byte[] ld, long policy) {
		SnpIdBlock b = SevFactory.eINSTANCE.createSnpIdBlock();
		b.setLd(ld);
		b.setFamilyId(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"));
		b.setImageId(HexFormat.of().parseHex("ffeeddccbbaa99887766554433221100"));
		b.setVersion(1);
		b.setGuestSvn(7);
		b.setPolicy(policy);
		return b;
	}

	private record Run(StepResult finish, SevFirmwareSimulator sim, Session session) {
	}

	private static Run run(SnpIdBlock block, SnpIdAuth auth, boolean authorEnabled) throws Exception {
		LaunchPlan plan = SevPlanBuilder.build(row.request());
		Step last = plan.getSteps().get(plan.getSteps().size() - 1);
		SnpLaunchFinish p = (SnpLaunchFinish) last.getParameters();
		p.setIdBlockEn(true);
		p.setAuthKeyEn(authorEnabled);
		p.setIdBlock(block);
		p.setIdAuth(auth);
		p.setHostData(HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
		SevFirmwareSimulator sim = PlanRuns.simulator(plan, TestData.dir());
		Session session = new Session(plan, sim);
		List<StepResult> results = session.runToEnd(null);
		return new Run(results.get(results.size() - 1), sim, session);
	}

	@Test
	void signedIdBlockWithTheRightDigestFinishesAndIsReported() throws Exception {
		byte[] ld = HexFormat.of().parseHex(row.expected());
		SnpIdBlock block = block(ld, 0x30000);
		Run r = run(block, IdBlockSigner.sign(block, idKey, authorKey), true);
		assertEquals(StepStatus.SUCCESS, r.finish().getStatus(), r.finish().getMessage());
		SnpAttestationReport report = SnpAttestationReport.parse(r.sim().attestationReport());
		assertArrayEquals(ld, report.measurement());
		assertTrue(MeasurementComparison.of(report, r.session().registers()).matches());
		assertEquals(0x30000, report.policy());
		assertEquals(7, report.guestSvn());
		assertArrayEquals(block.getFamilyId(), report.familyId());
		assertArrayEquals(block.getImageId(), report.imageId());
		assertEquals("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
				HexFormat.of().formatHex(report.hostData()));
		assertArrayEquals(keyDigest((ECPublicKey) idKey.getPublic()), report.idKeyDigest());
		assertArrayEquals(keyDigest((ECPublicKey) authorKey.getPublic()), report.authorKeyDigest());
		assertTrue(report.authorKeyEnabled());
	}

	@Test
	void idAuthStructureLayout() throws Exception {
		SnpIdBlock block = block(HexFormat.of().parseHex(row.expected()), 0x30000);
		byte[] auth = IdBlockCodec.encode(IdBlockSigner.sign(block, idKey, authorKey));
		ByteBuffer b = ByteBuffer.wrap(auth).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(4096, auth.length);
		assertEquals(1, b.getInt(0x000)); // ID_KEY_ALGO
		assertEquals(1, b.getInt(0x004)); // AUTH_KEY_ALGO
		assertEquals(2, b.getInt(0x240)); // ID_KEY.CURVE
		assertEquals(2, b.getInt(0x880)); // AUTHOR_KEY.CURVE
		assertArrayEquals(keyDigest((ECPublicKey) idKey.getPublic()),
				MessageDigest.getInstance("SHA-384").digest(Arrays.copyOfRange(auth, 0x240, 0x240 + 1028)));
		byte[] blockBytes = IdBlockCodec.encode(block);
		assertEquals(96, blockBytes.length);
		assertEquals(1, ByteBuffer.wrap(blockBytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0x50));
		assertEquals(0x30000L, ByteBuffer.wrap(blockBytes).order(ByteOrder.LITTLE_ENDIAN).getLong(0x58));
	}

	@Test
	void wrongExpectedDigestIsBadMeasurement() throws Exception {
		byte[] ld = HexFormat.of().parseHex(row.expected());
		ld[47] ^= 1;
		SnpIdBlock block = block(ld, 0x30000);
		Run r = run(block, IdBlockSigner.sign(block, idKey, null), false);
		assertFailure(r, 0x0B, "BAD_MEASUREMENT");
	}

	@Test
	void signatureByAnotherKeyIsBadSignature() throws Exception {
		SnpIdBlock block = block(HexFormat.of().parseHex(row.expected()), 0x30000);
		SnpIdAuth auth = IdBlockSigner.sign(block, otherKey, null);
		auth.setIdKey(IdBlockSigner.sign(block, idKey, null).getIdKey()); // claims idKey, signed by otherKey
		assertFailure(run(block, auth, false), 0x0A, "BAD_SIGNATURE");
	}

	@Test
	void idKeyNotSignedByTheAuthorKeyIsBadSignature() throws Exception {
		SnpIdBlock block = block(HexFormat.of().parseHex(row.expected()), 0x30000);
		SnpIdAuth auth = IdBlockSigner.sign(block, idKey, otherKey);
		auth.setAuthorKey(IdBlockSigner.sign(block, idKey, authorKey).getAuthorKey());
		assertFailure(run(block, auth, true), 0x0A, "BAD_SIGNATURE");
	}

	@Test
	void idBlockPolicyMustMatchTheLaunchPolicy() throws Exception {
		SnpIdBlock block = block(HexFormat.of().parseHex(row.expected()), 0x30001);
		assertFailure(run(block, IdBlockSigner.sign(block, idKey, null), false), 0x07, "POLICY_FAILURE");
	}

	private static void assertFailure(Run r, int code, String name) {
		assertEquals(StepStatus.FAILED, r.finish().getStatus());
		assertEquals(code, r.finish().getFirmwareError(), r.finish().getMessage());
		assertEquals(name, r.finish().getFirmwareErrorName());
		assertEquals(5, r.finish().getErrno());
		assertNull(r.sim().attestationReport());
	}

	/** SHA-384 of the AMD public-key structure, built here from §3.2.7: CURVE 2, QX and QY little-endian in 72 bytes. */
	private static byte[] keyDigest(ECPublicKey key) throws Exception {
		ByteBuffer b = ByteBuffer.allocate(1028).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(2);
		b.put(4, littleEndian72(key.getW().getAffineX()));
		b.put(4 + 72, littleEndian72(key.getW().getAffineY()));
		return MessageDigest.getInstance("SHA-384").digest(b.array());
	}

	private static byte[] littleEndian72(BigInteger v) {
		byte[] be = v.toByteArray();
		byte[] le = new byte[72];
		for (int i = 0; i < be.length && i < 72; i++) {
			le[i] = be[be.length - 1 - i];
		}
		return le;
	}
}
