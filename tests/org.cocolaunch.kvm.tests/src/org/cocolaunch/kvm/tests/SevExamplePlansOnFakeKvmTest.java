/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.kvm.tests;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.cocolaunch.core.backend.Backend;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.kvm.backend.KvmBackends;
import org.cocolaunch.kvm.backend.KvmSevBackend;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.sev.core.vmsa.KvmVmsaSync;
import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.EcdsaSignature;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The SEV, SEV-ES and SNP example plans (and the SNP one with a signed ID block) run through
 * {@code KvmBackends.create(plan, inputs)} — the SEV model's marshaller — and the real JNA path against the fake
 * kernel. Every {@code struct kvm_sev_cmd} and parameter struct is compared byte for byte with bytes built here from
 * the declarations in arch/x86/include/uapi/asm/kvm.h (quoted at each check); host addresses are derived from the
 * memory slots the fake saw (struct kvm_userspace_memory_region2), page contents through the fake's FNV-1a hash of
 * the source the kernel was handed, and the ID block and ID authentication structure from the SNP firmware ABI
 * (SEV-SNP ABI spec, tables "ID Block" and "ID Authentication Information", domain reference §3.2.7).
 */
class SevExamplePlansOnFakeKvmTest {

	/** _IOWR(KVMIO = 0xAE, 0xba, unsigned long): (3 << 30) | (8 << 16) | 0xAEBA. */
	private static final String ENCRYPT_OP = "0xc008aeba";
	/** The fake loads at most 256 pages per SNP_LAUNCH_UPDATE call, as KVM may stop early and be called again. */
	private static final long PAGES_PER_CALL = 256;
	private static final int PAGE = 4096;

	@BeforeEach
	void reset() {
		FakeKernel.reset();
	}

	static SevExamples.Example[] examples() {
		return SevExamples.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void examplePlanRunsAndEveryStructIsAsTheUapiSays(SevExamples.Example example) throws Exception {
		LaunchPlan plan = example.plan().get();
		PlanInputs inputs = SevExamples.inputs(plan);
		Backend backend = KvmBackends.create(plan, inputs);
		assertInstanceOf(KvmSevBackend.class, backend);
		try (Session session = new Session(plan, backend)) {
			List<StepResult> results = session.runToEnd(null);
			assertEquals(plan.getSteps().size(), results.size());
			for (StepResult r : results) {
				assertEquals(StepStatus.SUCCESS, r.getStatus(), r.getCommand() + ": " + r.getMessage());
			}
		}
		List<FakeKernel.Call> log = FakeKernel.log();
		checkCreateVm(plan, log);
		checkCommands(plan, inputs, log);
		assertEquals(0, FakeKernel.liveResources());
		ReleaseOrder.assertReleasedInReverse(log);
	}

	private static void checkCreateVm(LaunchPlan plan, List<FakeKernel.Call> log) {
		FakeKernel.Call create = log.stream().filter(c -> "KVM_CREATE_VM".equals(c.get("name"))).findFirst().orElseThrow();
		// KVM_CREATE_VM takes the type as the immediate argument: KVM_X86_DEFAULT_VM 0, SEV 2, SEV_ES 3, SNP 4
		assertEquals(Integer.toString(plan.getVmType().getValue()), create.get("value"));
	}

	/** The launch commands, in plan order, each with its struct. */
	private static void checkCommands(LaunchPlan plan, PlanInputs inputs, List<FakeKernel.Call> log) throws Exception {
		int sevFd = log.stream().filter(c -> c.call().equals("open") && c.get("path").endsWith("/dev/sev")).findFirst()
				.orElseThrow().ret();
		GuestSlots slots = new GuestSlots(log);
		List<FakeKernel.Call> ops = log.stream().filter(c -> ENCRYPT_OP.equals(c.get("req"))).toList();
		int op = 0;
		for (Step s : plan.getSteps()) {
			String command = s.getCommand();
			if (command.equals("KVM_CREATE_VM")) {
				continue;
			}
			FakeKernel.Call c = ops.get(op++);
			assertEquals(command, c.what(), s.getName());
			switch (command) {
			case "KVM_SEV_INIT" -> assertCommand(c, 0, sevFd, false);
			case "KVM_SEV_ES_INIT" -> assertCommand(c, 1, sevFd, false);
			case "KVM_SEV_INIT2" -> {
				SevInit init = (SevInit) s.getParameters();
				assertCommand(c, 22, sevFd, true);
				// struct kvm_sev_init { __u64 vmsa_features @0; __u32 flags @8; __u16 ghcb_version @12; __u16 pad1 @14;
				// __u32 pad2[8] @16; } — 48 bytes
				assertArrayEquals(Le.of(48).u64(0, init.getVmsaFeatures()).u16(12, init.getGhcbVersion()).get(), c.bytes("data"));
			}
			case "KVM_SEV_LAUNCH_START" -> {
				SevLaunchStart start = (SevLaunchStart) s.getParameters();
				assertCommand(c, 2, sevFd, true);
				// struct kvm_sev_launch_start { __u32 handle @0; __u32 policy @4; __u64 dh_uaddr @8; __u32 dh_len @16;
				// __u32 pad0 @20; __u64 session_uaddr @24; __u32 session_len @32; __u32 pad1 @36; } — no certificate, no session
				assertArrayEquals(Le.of(40).u32(0, start.getHandle()).u32(4, start.getPolicy()).get(), c.bytes("data"));
			}
			case "KVM_SEV_LAUNCH_UPDATE_DATA" -> {
				assertCommand(c, 3, sevFd, true);
				byte[] content = inputs.content(s.getPages().get(0).getContent());
				long gpa = s.getPages().get(0).getGpa();
				// struct kvm_sev_launch_update_data { __u64 uaddr @0; __u32 len @8; __u32 pad0 @12; }
				assertArrayEquals(Le.of(16).u64(0, slots.host(gpa)).u32(8, content.length).get(), c.bytes("data"), s.getName());
				assertEquals(hash(content), c.get("src"), s.getName() + ": the pages encrypted in place hold the step's contents");
			}
			case "KVM_SEV_LAUNCH_UPDATE_VMSA" -> {
				assertCommand(c, 4, sevFd, false);
				assertEquals(s.getPages().stream().filter(p -> p.getKind() == PageKind.VMSA).count(), plan.getVcpus().size());
				assertEquals(vmsaHash(plan, s, inputs), c.get("vmsa"), s.getName() + ": the VMSAs KVM built from the registers");
			}
			case "KVM_SEV_LAUNCH_MEASURE" -> {
				// struct kvm_sev_launch_measure { __u64 uaddr @0; __u32 len @8; __u32 pad0 @12; }: the length query, then
				// the 48-byte MEASURE || MNONCE into a host buffer
				assertCommand(c, 6, sevFd, true);
				assertArrayEquals(Le.of(16).get(), c.bytes("data"));
				assertEquals("5", c.get("errno"), "EIO with INVALID_LENGTH and the length written back");
				FakeKernel.Call blob = ops.get(op++);
				assertEquals(command, blob.what());
				long uaddr = Le.u64(blob.bytes("data"), 0);
				assertNotEquals(0, uaddr);
				assertArrayEquals(Le.of(16).u64(0, uaddr).u32(8, 48).get(), blob.bytes("data"));
				// then KVM_SEV_GET_ATTESTATION_REPORT (20): struct kvm_sev_attestation_report { __u8 mnonce[16] @0;
				// __u64 uaddr @16; __u32 len @24; __u32 pad0 @28; } — a length query, then the report into a host buffer
				FakeKernel.Call query = ops.get(op++);
				assertCommand(query, 20, sevFd, true);
				byte[] mnonce = Arrays.copyOf(query.bytes("data"), 16);
				assertArrayEquals(Le.of(32).bytes(0, mnonce).get(), query.bytes("data"), "length query: uaddr 0, len 0");
				FakeKernel.Call report = ops.get(op++);
				assertCommand(report, 20, sevFd, true);
				long reportAddress = Le.u64(report.bytes("data"), 16);
				assertNotEquals(0, reportAddress);
				assertArrayEquals(Le.of(32).bytes(0, mnonce).u64(16, reportAddress).u32(24, 208).get(), report.bytes("data"));
				assertEquals("0", report.get("ret"));
			}
			case "KVM_SEV_LAUNCH_FINISH" -> assertCommand(c, 7, sevFd, false);
			case "KVM_SEV_SNP_LAUNCH_START" -> {
				SnpLaunchStart start = (SnpLaunchStart) s.getParameters();
				assertCommand(c, 100, sevFd, true);
				// struct kvm_sev_snp_launch_start { __u64 policy @0; __u8 gosvw[16] @8; __u16 flags @24; __u8 pad0[6] @26;
				// __u64 pad1[4] @32; } — 64 bytes
				Le expected = Le.of(64).u64(0, start.getPolicy());
				if (start.getGosvw() != null) {
					expected.bytes(8, start.getGosvw());
				}
				assertArrayEquals(expected.get(), c.bytes("data"));
			}
			case "KVM_SEV_SNP_LAUNCH_UPDATE" -> op += checkSnpUpdate(s, inputs, slots, ops, op - 1, sevFd) - 1;
			case "KVM_SEV_SNP_LAUNCH_FINISH" -> checkSnpFinish(plan, inputs, s, c, sevFd);
			default -> throw new AssertionError("unexpected command " + command);
			}
		}
		assertEquals(ops.size(), op, "no launch command beyond the plan's");
	}

	/** Checks the calls of one SNP_LAUNCH_UPDATE step; returns how many there were. */
	private static int checkSnpUpdate(Step s, PlanInputs inputs, GuestSlots slots, List<FakeKernel.Call> ops, int first,
			int sevFd) throws Exception {
		SnpLaunchUpdate u = (SnpLaunchUpdate) s.getParameters();
		long gpa = u.getGfnStart() << 12;
		long src = slots.host(gpa);
		boolean zero = u.getType() == SnpPageType.ZERO;
		byte[] pages = new byte[(int) u.getLen()];
		if (!zero && s.getPages().get(0).getContent() != null) {
			byte[] content = inputs.content(s.getPages().get(0).getContent());
			System.arraycopy(content, 0, pages, 0, content.length);
		}
		long total = u.getLen() / PAGE;
		int calls = (int) ((total + PAGES_PER_CALL - 1) / PAGES_PER_CALL);
		for (int k = 0; k < calls; k++) {
			FakeKernel.Call c = ops.get(first + k);
			assertEquals("KVM_SEV_SNP_LAUNCH_UPDATE", c.what());
			assertCommand(c, 101, sevFd, true);
			long done = k * PAGES_PER_CALL;
			// struct kvm_sev_snp_launch_update { __u64 gfn_start @0; __u64 uaddr @8; __u64 len @16; __u8 type @24;
			// __u8 pad0 @25; __u16 flags @26; __u32 pad1 @28; __u64 pad2[4] @32; } — 64 bytes; KVM advances gfn_start
			// and (not for ZERO pages) uaddr, and shrinks len, when it stops early
			long uaddr = zero ? src : src + done * PAGE;
			assertArrayEquals(Le.of(64).u64(0, u.getGfnStart() + done).u64(8, uaddr).u64(16, (total - done) * PAGE)
					.u8(24, u.getType().getValue()).get(), c.bytes("data"), s.getName() + " call " + k);
			long n = Math.min(PAGES_PER_CALL, total - done);
			String expected = zero ? String.format("%016x", 0) : hash(Arrays.copyOfRange(pages, (int) (done * PAGE),
					(int) ((done + n) * PAGE)));
			assertEquals(expected, c.get("src"), s.getName() + ": the shared source pages hold the step's contents");
		}
		return calls;
	}

	/**
	 * FNV-1a of the VMSA pages of {@code step} in vCPU order as KVM's sev_es_sync_vmsa writes them: SEV_FEATURES from
	 * the VM's vmsa_features (KVM_SEV_INIT2; SNPActive added on SNP; 0 with legacy init) and the x87/SSE area only on VM
	 * types other than KVM_X86_DEFAULT_VM (domain reference §1.8 B, §3.2.6).
	 */
	static String vmsaHash(LaunchPlan plan, Step step, PlanInputs inputs) throws Exception {
		long type = plan.getVmType().getValue();
		long features = 0;
		for (Step s : plan.getSteps()) {
			if (s.getParameters() instanceof SevInit init) {
				features = init.getVmsaFeatures() | (type == 4 ? 1 : 0);
			}
		}
		ByteArrayOutputStream pages = new ByteArrayOutputStream();
		for (PageRange p : step.getPages()) {
			if (p.getKind() == PageKind.VMSA) {
				pages.writeBytes(KvmVmsaSync.apply(inputs.content(p.getContent()), features, type != 0));
			}
		}
		return hash(pages.toByteArray());
	}

	private static void checkSnpFinish(LaunchPlan plan, PlanInputs inputs, Step s, FakeKernel.Call c, int sevFd) throws Exception {
		SnpLaunchFinish f = (SnpLaunchFinish) s.getParameters();
		assertCommand(c, 102, sevFd, true);
		assertEquals(vmsaHash(plan, s, inputs), c.get("vmsa"), s.getName() + ": the VMSAs KVM built from the registers");
		assertEquals(plan.getVcpus().size(), s.getPages().stream().filter(p -> p.getKind() == PageKind.VMSA).count());
		// struct kvm_sev_snp_launch_finish { __u64 id_block_uaddr @0; __u64 id_auth_uaddr @8; __u8 id_block_en @16;
		// __u8 auth_key_en @17; __u8 vcek_disabled @18; __u8 host_data[32] @19; __u8 pad0[3] @51; __u16 flags @54;
		// __u64 pad1[4] @56; } — 88 bytes
		byte[] data = c.bytes("data");
		Le expected = Le.of(88).u8(16, f.isIdBlockEn() ? 1 : 0).u8(17, f.isAuthKeyEn() ? 1 : 0).u8(18, f.isVcekDisabled() ? 1 : 0);
		if (f.getHostData() != null) {
			expected.bytes(19, f.getHostData());
		}
		assertArrayEquals(expected.get(), Le.withoutPointer(Le.withoutPointer(data, 0), 8));
		assertEquals(f.isIdBlockEn(), Le.u64(data, 0) != 0, "id_block_uaddr");
		assertEquals(f.isIdBlockEn(), Le.u64(data, 8) != 0, "id_auth_uaddr");
		if (f.isIdBlockEn()) {
			ByteArrayOutputStream both = new ByteArrayOutputStream();
			both.writeBytes(idBlock(f.getIdBlock()));
			both.writeBytes(idAuth(f.getIdAuth()));
			assertEquals(hash(both.toByteArray()), c.get("src"), "the ID block and ID authentication the firmware reads");
		} else {
			assertEquals(String.format("%016x", 0), c.get("src"));
		}
	}

	/**
	 * The ID block (SEV-SNP ABI, 96 bytes): LD[48] @0x00, FAMILY_ID[16] @0x30, IMAGE_ID[16] @0x40, VERSION u32 @0x50,
	 * GUEST_SVN u32 @0x54, POLICY u64 @0x58.
	 */
	static byte[] idBlock(SnpIdBlock b) {
		return Le.of(96).bytes(0x00, b.getLd()).bytes(0x30, b.getFamilyId()).bytes(0x40, b.getImageId()).u32(0x50, b.getVersion())
				.u32(0x54, b.getGuestSvn()).u64(0x58, b.getPolicy()).get();
	}

	/**
	 * The ID authentication information (SEV-SNP ABI, 4096 bytes): ID_KEY_ALGO u32 @0, AUTH_KEY_ALGO u32 @4,
	 * ID_BLOCK_SIG[512] @0x40, ID_KEY[1028] @0x240, ID_KEY_SIG[512] @0x680, AUTHOR_KEY[1028] @0x880. A signature is R[72]
	 * @0, S[72] @0x48 (little-endian); a public key is CURVE u32 @0, QX[72] @4, QY[72] @0x4C.
	 */
	static byte[] idAuth(SnpIdAuth a) {
		Le le = Le.of(4096).u32(0, a.getIdKeyAlgo()).u32(4, a.getAuthKeyAlgo());
		signature(le, 0x40, a.getIdBlockSig());
		key(le, 0x240, a.getIdKey());
		signature(le, 0x680, a.getIdKeySig());
		key(le, 0x880, a.getAuthorKey());
		return le.get();
	}

	private static void signature(Le le, int at, EcdsaSignature sig) {
		if (sig != null) {
			le.bytes(at, sig.getR()).bytes(at + 0x48, sig.getS());
		}
	}

	private static void key(Le le, int at, EcdsaPublicKey key) {
		if (key != null) {
			le.u32(at, key.getCurve()).bytes(at + 4, key.getQx()).bytes(at + 0x4C, key.getQy());
		}
	}

	/** struct kvm_sev_cmd { __u32 id @0; __u32 pad0 @4; __u64 data @8; __u32 error @16; __u32 sev_fd @20; } */
	private static void assertCommand(FakeKernel.Call c, long id, int sevFd, boolean hasData) {
		assertEquals(ENCRYPT_OP, c.get("req"));
		assertArrayEquals(Le.of(24).u32(0, id).u32(20, sevFd).get(), Le.withoutPointer(c.bytes("arg"), 8), c.what());
		assertEquals(hasData, Le.u64(c.bytes("arg"), 8) != 0, c.what() + " data pointer");
	}

	private static String hash(byte[] bytes) {
		return String.format("%016x", TdxPlanOnFakeKvmTest.fnv(bytes));
	}
}
