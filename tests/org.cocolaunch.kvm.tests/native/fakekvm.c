/*
 * SPDX-License-Identifier: EPL-2.0
 *
 * A fake Linux kernel for the KVM backend's tests: it exports open, close, ioctl, mmap, munmap, memfd_create and
 * ftruncate so that JNA, pointed at this library with -Dcocolaunch.kvm.libc, runs the backend's real native path
 * against a pretend /dev/kvm and /dev/sev.
 *
 * - Every ioctl request number and every struct is checked against the kernel UAPI: the structs below are written
 *   from arch/x86/include/uapi/asm/kvm.h and include/uapi/linux/kvm.h (as copied in qemu/qemu linux-headers at
 *   commit 050b3d36) and their sizes and offsets are asserted at compile time; padding, reserved fields and flags
 *   must be zero where KVM requires it.
 * - A tiny launch state machine per VM: SEV/SEV-ES (UNINIT -> LUPDATE -> LSECRET -> RUNNING), SNP (context ->
 *   LUPDATE -> RUNNING, pages must be PRIVATE in a guest_memfd slot), TDX (TD UNINITIALIZED -> INITIALIZED ->
 *   RUNNABLE, vCPUs UNINITIALIZED -> INITIALIZED); wrong states give KVM's errno or the firmware's status.
 * - vCPU registers (KVM_SET_REGS, KVM_GET/SET_SREGS, KVM_SET_FPU, KVM_SET_XCRS, KVM_SET_MSRS, KVM_SET_DEBUGREGS) are
 *   kept per vCPU; LAUNCH_UPDATE_VMSA and SNP_LAUNCH_FINISH build every vCPU's VMSA from them as sev_es_sync_vmsa does
 *   (EFER.SVME ORed in, CR0.CD/NW cleared, SEV_FEATURES = vmsa_features, x87/SSE only on VM types other than 0) and
 *   log the FNV-1a hash of the pages in vCPU order as vmsa=.
 * - KVM_SEV_GET_ATTESTATION_REPORT answers a length query, then writes a 208-byte report that starts with the MNONCE.
 * - Failures on demand: fakekvm_inject(point, nth, errno, fw_error) or FAKEKVM_FAIL=point,nth,errno,fw_error (hex).
 * - Every call is logged as one tab-separated line (call, fd, kind, request, struct bytes in hex, result, errno),
 *   read back with fakekvm_log_count / fakekvm_log_entry.
 * Other paths and memfd/mmap/munmap/ftruncate go to the real kernel through syscall(2) (and are logged).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ---- ioctl encoding: include/uapi/asm-generic/ioctl.h ---- */
#define F_IOC(dir, type, nr, size) (((unsigned long)(dir) << 30) | ((unsigned long)(size) << 16) | ((type) << 8) | (nr))
#define F_IO(type, nr) F_IOC(0, type, nr, 0)
#define F_IOW(type, nr, size) F_IOC(1, type, nr, size)
#define F_IOR(type, nr, size) F_IOC(2, type, nr, size)
#define F_IOWR(type, nr, size) F_IOC(3, type, nr, size)
#define F_KVMIO 0xAE

/* ---- structs: arch/x86/include/uapi/asm/kvm.h, include/uapi/linux/kvm.h ---- */
struct f_region2 { uint32_t slot, flags; uint64_t guest_phys_addr, memory_size, userspace_addr, guest_memfd_offset;
	uint32_t guest_memfd, pad1; uint64_t pad2[14]; };
struct f_gmem { uint64_t size, flags, reserved[6]; };
struct f_attrs { uint64_t address, size, attributes, flags; };
struct f_enc_region { uint64_t addr, size; };
struct f_sev_cmd { uint32_t id, pad0; uint64_t data; uint32_t error, sev_fd; };
struct f_sev_init { uint64_t vmsa_features; uint32_t flags; uint16_t ghcb_version, pad1; uint32_t pad2[8]; };
struct f_sev_launch_start { uint32_t handle, policy; uint64_t dh_uaddr; uint32_t dh_len, pad0; uint64_t session_uaddr;
	uint32_t session_len, pad1; };
struct f_sev_update_data { uint64_t uaddr; uint32_t len, pad0; };
struct f_sev_secret { uint64_t hdr_uaddr; uint32_t hdr_len, pad0; uint64_t guest_uaddr; uint32_t guest_len, pad1;
	uint64_t trans_uaddr; uint32_t trans_len, pad2; };
struct f_sev_measure { uint64_t uaddr; uint32_t len, pad0; };
struct f_sev_status { uint32_t handle, policy, state; };
struct f_snp_start { uint64_t policy; uint8_t gosvw[16]; uint16_t flags; uint8_t pad0[6]; uint64_t pad1[4]; };
struct f_snp_update { uint64_t gfn_start, uaddr, len; uint8_t type, pad0; uint16_t flags; uint32_t pad1; uint64_t pad2[4]; };
struct f_snp_finish { uint64_t id_block_uaddr, id_auth_uaddr; uint8_t id_block_en, auth_key_en, vcek_disabled;
	uint8_t host_data[32]; uint8_t pad0[3]; uint16_t flags; uint64_t pad1[4]; };
struct f_enable_cap { uint32_t cap, flags; uint64_t args[4]; uint8_t pad[64]; };
struct f_tdx_cmd { uint32_t id, flags; uint64_t data, hw_error; };
struct f_cpuid_entry2 { uint32_t function, index, flags, eax, ebx, ecx, edx, padding[3]; };
struct f_cpuid2 { uint32_t nent, padding; };
struct f_tdx_caps { uint64_t supported_attrs, supported_xfam, kernel_tdvmcallinfo_1_r11, user_tdvmcallinfo_1_r11,
	kernel_tdvmcallinfo_1_r12, user_tdvmcallinfo_1_r12, reserved[250]; struct f_cpuid2 cpuid; };
struct f_tdx_init_vm { uint64_t attributes, xfam, mrconfigid[6], mrowner[6], mrownerconfig[6], reserved[12];
	struct f_cpuid2 cpuid; };
struct f_tdx_mem_region { uint64_t source_addr, gpa, nr_pages; };
struct f_sev_report { uint8_t mnonce[16]; uint64_t uaddr; uint32_t len, pad0; };
struct f_regs { uint64_t rax, rbx, rcx, rdx, rsi, rdi, rsp, rbp, r8, r9, r10, r11, r12, r13, r14, r15, rip, rflags; };
struct f_segment { uint64_t base; uint32_t limit; uint16_t selector; uint8_t type, present, dpl, db, s, l, g, avl, unusable, padding; };
struct f_dtable { uint64_t base; uint16_t limit, padding[3]; };
struct f_sregs { struct f_segment cs, ds, es, fs, gs, ss, tr, ldt; struct f_dtable gdt, idt;
	uint64_t cr0, cr2, cr3, cr4, cr8, efer, apic_base, interrupt_bitmap[4]; };
struct f_fpu { uint8_t fpr[8][16]; uint16_t fcw, fsw; uint8_t ftwx, pad1; uint16_t last_opcode; uint64_t last_ip, last_dp;
	uint8_t xmm[16][16]; uint32_t mxcsr, pad2; };
struct f_xcr { uint32_t xcr, reserved; uint64_t value; };
struct f_xcrs { uint32_t nr_xcrs, flags; struct f_xcr xcrs[16]; uint64_t padding[16]; };
struct f_debugregs { uint64_t db[4], dr6, dr7, flags, reserved[9]; };
struct f_msr_entry { uint32_t index, reserved; uint64_t data; };
struct f_msrs { uint32_t nmsrs, pad; };
struct f_region { uint32_t slot, flags; uint64_t guest_phys_addr, memory_size, userspace_addr; };
struct f_pit_config { uint32_t flags, pad[15]; };
/* struct kvm_run up to the exit union (offset 32); the union members used by the plain-VM run step */
struct f_run { uint8_t request_interrupt_window, immediate_exit, padding1[6]; uint32_t exit_reason;
	uint8_t ready_for_interrupt_injection, if_flag; uint16_t flags; uint64_t cr8, apic_base;
	union { struct { uint8_t direction, size; uint16_t port; uint32_t count; uint64_t data_offset; } io;
		struct { uint64_t phys_addr; uint8_t data[8]; uint32_t len; uint8_t is_write; } mmio;
		struct { uint64_t hardware_entry_failure_reason; uint32_t cpu; } fail_entry;
		struct { uint32_t suberror, ndata; uint64_t data[16]; } internal;
		char padding[256]; } u;
	uint64_t kvm_valid_regs, kvm_dirty_regs; char s[2048]; };

#define CHECK(s, size) _Static_assert(sizeof(struct s) == (size), #s " size")
#define AT(s, f, off) _Static_assert(offsetof(struct s, f) == (off), #s "." #f " offset")
CHECK(f_region2, 160); AT(f_region2, guest_phys_addr, 8); AT(f_region2, userspace_addr, 24);
AT(f_region2, guest_memfd_offset, 32); AT(f_region2, guest_memfd, 40); AT(f_region2, pad2, 48);
CHECK(f_gmem, 64); CHECK(f_attrs, 32); AT(f_attrs, attributes, 16); CHECK(f_enc_region, 16);
CHECK(f_sev_cmd, 24); AT(f_sev_cmd, data, 8); AT(f_sev_cmd, error, 16); AT(f_sev_cmd, sev_fd, 20);
CHECK(f_sev_init, 48); AT(f_sev_init, ghcb_version, 12); AT(f_sev_init, pad2, 16);
CHECK(f_sev_launch_start, 40); AT(f_sev_launch_start, session_uaddr, 24); AT(f_sev_launch_start, session_len, 32);
CHECK(f_sev_update_data, 16); CHECK(f_sev_secret, 48); AT(f_sev_secret, trans_len, 40);
CHECK(f_sev_measure, 16); CHECK(f_sev_status, 12);
CHECK(f_snp_start, 64); AT(f_snp_start, gosvw, 8); AT(f_snp_start, flags, 24); AT(f_snp_start, pad1, 32);
CHECK(f_snp_update, 64); AT(f_snp_update, type, 24); AT(f_snp_update, flags, 26); AT(f_snp_update, pad2, 32);
CHECK(f_snp_finish, 88); AT(f_snp_finish, host_data, 19); AT(f_snp_finish, flags, 54); AT(f_snp_finish, pad1, 56);
CHECK(f_enable_cap, 104); AT(f_enable_cap, args, 8); AT(f_enable_cap, pad, 40);
CHECK(f_tdx_cmd, 24); AT(f_tdx_cmd, hw_error, 16); CHECK(f_cpuid_entry2, 40); CHECK(f_cpuid2, 8);
CHECK(f_tdx_caps, 2056); AT(f_tdx_caps, reserved, 48); AT(f_tdx_caps, cpuid, 2048);
CHECK(f_tdx_init_vm, 264); AT(f_tdx_init_vm, mrowner, 64); AT(f_tdx_init_vm, reserved, 160); AT(f_tdx_init_vm, cpuid, 256);
CHECK(f_tdx_mem_region, 24);
CHECK(f_sev_report, 32); AT(f_sev_report, uaddr, 16); AT(f_sev_report, len, 24);
CHECK(f_regs, 144); AT(f_regs, rip, 128); CHECK(f_segment, 24); AT(f_segment, selector, 12); AT(f_segment, unusable, 22);
CHECK(f_dtable, 16); CHECK(f_sregs, 312); AT(f_sregs, gdt, 192); AT(f_sregs, cr0, 224); AT(f_sregs, efer, 264);
AT(f_sregs, interrupt_bitmap, 280); CHECK(f_fpu, 416); AT(f_fpu, fcw, 128); AT(f_fpu, ftwx, 132); AT(f_fpu, last_ip, 136);
AT(f_fpu, xmm, 152); AT(f_fpu, mxcsr, 408); CHECK(f_xcr, 16); CHECK(f_xcrs, 392); AT(f_xcrs, padding, 264);
CHECK(f_region, 32); AT(f_region, userspace_addr, 24); CHECK(f_pit_config, 64);
CHECK(f_run, 2352); AT(f_run, exit_reason, 8); AT(f_run, u, 32); AT(f_run, kvm_valid_regs, 288); AT(f_run, s, 304);
CHECK(f_debugregs, 128); AT(f_debugregs, dr7, 40); AT(f_debugregs, reserved, 56); CHECK(f_msr_entry, 16); CHECK(f_msrs, 8);

/* ---- request numbers: include/uapi/linux/kvm.h ---- */
#define R_GET_API_VERSION F_IO(F_KVMIO, 0x00)
#define R_CREATE_VM F_IO(F_KVMIO, 0x01)
#define R_CHECK_EXTENSION F_IO(F_KVMIO, 0x03)
#define R_CREATE_VCPU F_IO(F_KVMIO, 0x41)
#define R_SET_USER_MEMORY_REGION2 F_IOW(F_KVMIO, 0x49, sizeof(struct f_region2))
#define R_ENABLE_CAP F_IOW(F_KVMIO, 0xa3, sizeof(struct f_enable_cap))
#define R_MEMORY_ENCRYPT_OP F_IOWR(F_KVMIO, 0xba, sizeof(unsigned long))
#define R_ENC_REG_REGION F_IOR(F_KVMIO, 0xbb, sizeof(struct f_enc_region))
#define R_ENC_UNREG_REGION F_IOR(F_KVMIO, 0xbc, sizeof(struct f_enc_region))
#define R_SET_MEMORY_ATTRIBUTES F_IOW(F_KVMIO, 0xd2, sizeof(struct f_attrs))
#define R_CREATE_GUEST_MEMFD F_IOWR(F_KVMIO, 0xd4, sizeof(struct f_gmem))
#define R_SET_REGS F_IOW(F_KVMIO, 0x82, sizeof(struct f_regs))
#define R_GET_SREGS F_IOR(F_KVMIO, 0x83, sizeof(struct f_sregs))
#define R_SET_SREGS F_IOW(F_KVMIO, 0x84, sizeof(struct f_sregs))
#define R_SET_MSRS F_IOW(F_KVMIO, 0x89, sizeof(struct f_msrs))
#define R_SET_FPU F_IOW(F_KVMIO, 0x8d, sizeof(struct f_fpu))
#define R_SET_DEBUGREGS F_IOW(F_KVMIO, 0xa2, sizeof(struct f_debugregs))
#define R_SET_XCRS F_IOW(F_KVMIO, 0xa7, sizeof(struct f_xcrs))
#define R_SET_CPUID2 F_IOW(F_KVMIO, 0x90, sizeof(struct f_cpuid2))
#define R_GET_VCPU_MMAP_SIZE F_IO(F_KVMIO, 0x04)
#define R_GET_SUPPORTED_CPUID F_IOWR(F_KVMIO, 0x05, sizeof(struct f_cpuid2))
#define R_SET_USER_MEMORY_REGION F_IOW(F_KVMIO, 0x46, sizeof(struct f_region))
#define R_SET_TSS_ADDR F_IO(F_KVMIO, 0x47)
#define R_SET_IDENTITY_MAP_ADDR F_IOW(F_KVMIO, 0x48, sizeof(uint64_t))
#define R_CREATE_IRQCHIP F_IO(F_KVMIO, 0x60)
#define R_CREATE_PIT2 F_IOW(F_KVMIO, 0x77, sizeof(struct f_pit_config))
#define R_RUN F_IO(F_KVMIO, 0x80)
#define R_GET_REGS F_IOR(F_KVMIO, 0x81, sizeof(struct f_regs))
#define R_GET_MSRS F_IOWR(F_KVMIO, 0x88, sizeof(struct f_msrs))
#define R_GET_FPU F_IOR(F_KVMIO, 0x8c, sizeof(struct f_fpu))
#define R_GET_DEBUGREGS F_IOR(F_KVMIO, 0xa1, sizeof(struct f_debugregs))
#define R_GET_XCRS F_IOR(F_KVMIO, 0xa6, sizeof(struct f_xcrs))
#define VCPU_MMAP_SIZE (3 * 4096)

/* ---- fake objects ---- */
enum kind { K_NONE, K_KVM, K_SEV, K_VM, K_VCPU, K_GMEM, K_MEMFD };
static const char *kind_names[] = { "none", "kvm", "sev", "vm", "vcpu", "gmem", "memfd" };
enum { SEV_UNINIT, SEV_LUPDATE, SEV_LSECRET, SEV_RUNNING };
enum { TD_UNINITIALIZED, TD_INITIALIZED, TD_RUNNABLE };

#define MAX_FDS 256
#define MAX_SLOTS 32
#define MAX_RANGES 64
#define MAX_MAPS 64
#define PAGE 4096ULL
#define PAGES_PER_CALL 256

struct slot { int used; uint32_t slot, flags; uint64_t gpa, size, uaddr; int gmem; };
struct range { int used; uint64_t gpa, size; };
struct vm {
	uint64_t vmsa_features;
	int type, sev_inited, es, sev_state, snp_context, vmsa_done, td_state, vcpus, split_irqchip, irqchip, pit;
	uint64_t tss, ident;
	uint32_t handle, policy;
	struct slot slots[MAX_SLOTS];
	struct range priv[MAX_RANGES];
	struct range enc[MAX_RANGES];
};
struct fd_entry { int fd, kind, vm, vcpu_state, vcpu_id; uint64_t size; struct f_run *run; int pending_in; };
/* A vCPU's register state as KVM keeps it (what sev_es_sync_vmsa reads). */
struct vcpu_regs { struct f_regs regs; struct f_sregs sregs; struct f_fpu fpu; uint64_t xcr0, pat, xss; struct f_debugregs dbg;
	int x2apic; /* KVM_SET_CPUID2 gave CPUID.1:ECX.x2APIC */ };
struct map { int used; uint64_t addr, len; };
struct injection { int used; char point[64]; int nth, err; uint64_t fw; };

static struct fd_entry fds[MAX_FDS];
static struct vm vms[MAX_FDS];
static struct map maps[MAX_MAPS];
static struct vcpu_regs vcpu_regs[MAX_FDS];
static uint64_t vmsa_hash;
static struct injection injections[16];
static uint64_t vm_types = 0x3F;
static char **log_lines;
static int log_count, log_capacity;
static int env_read;

/* ---- log ---- */
static void log_line(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *line = NULL;
	if (vasprintf(&line, fmt, ap) < 0) line = NULL;
	va_end(ap);
	if (!line) return;
	if (log_count == log_capacity) {
		log_capacity = log_capacity ? log_capacity * 2 : 256;
		log_lines = realloc(log_lines, sizeof(char *) * log_capacity);
	}
	log_lines[log_count++] = line;
}

static char *hex(const void *p, size_t n) {
	static const char digits[] = "0123456789abcdef";
	char *out = malloc(n * 2 + 1);
	const uint8_t *b = p;
	for (size_t i = 0; i < n; i++) { out[2 * i] = digits[b[i] >> 4]; out[2 * i + 1] = digits[b[i] & 15]; }
	out[n * 2] = 0;
	return out;
}

/* FNV-1a 64 continued from h over n more bytes. */
static uint64_t fnv_from(uint64_t h, const void *p, uint64_t n) {
	const uint8_t *b = p;
	for (uint64_t i = 0; i < n; i++) { h ^= b[i]; h *= 0x100000001b3ULL; }
	return h;
}

static uint64_t fnv(const void *p, uint64_t n) {
	return fnv_from(0xcbf29ce484222325ULL, p, n);
}

/* ---- injections ---- */
static void read_env(void) {
	if (env_read) return;
	env_read = 1;
	const char *spec = getenv("FAKEKVM_FAIL");
	if (!spec) return;
	char point[64]; int nth, err; unsigned long long fw;
	if (sscanf(spec, "%63[^,],%d,%d,%llx", point, &nth, &err, &fw) == 4) {
		injections[0].used = 1; snprintf(injections[0].point, sizeof injections[0].point, "%s", point);
		injections[0].nth = nth; injections[0].err = err; injections[0].fw = fw;
	}
}

/* Whether this call of `point` is to fail; sets *err and *fw. */
static int injected(const char *point, int *err, uint64_t *fw) {
	read_env();
	for (int i = 0; i < 16; i++) {
		struct injection *j = &injections[i];
		if (j->used && strcmp(j->point, point) == 0 && --j->nth == 0) {
			j->used = 0; *err = j->err; *fw = j->fw;
			return 1;
		}
	}
	return 0;
}

/* ---- fd table ---- */
static struct fd_entry *entry(int fd) {
	for (int i = 0; i < MAX_FDS; i++) if (fds[i].kind != K_NONE && fds[i].fd == fd) return &fds[i];
	return NULL;
}

static int new_fd(int kind, int vm) {
	int fd = (int)syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR | O_CLOEXEC, 0);
	if (fd < 0) return -1;
	for (int i = 0; i < MAX_FDS; i++) {
		if (fds[i].kind == K_NONE) {
			fds[i].fd = fd; fds[i].kind = kind; fds[i].vm = vm; fds[i].vcpu_state = 0; fds[i].vcpu_id = 0; fds[i].size = 0;
			fds[i].run = NULL; fds[i].pending_in = 0;
			return fd;
		}
	}
	syscall(SYS_close, fd);
	errno = EMFILE;
	return -1;
}

static int new_vm(int type) {
	for (int i = 0; i < MAX_FDS; i++) {
		int taken = 0;
		for (int k = 0; k < MAX_FDS; k++) if (fds[k].kind != K_NONE && fds[k].vm == i + 1) taken = 1;
		if (!taken) { memset(&vms[i], 0, sizeof vms[i]); vms[i].type = type; return i + 1; }
	}
	return 0;
}

static int fail(int e) { errno = e; return -1; }

static int all_zero(const void *p, size_t n) {
	const uint8_t *b = p;
	for (size_t i = 0; i < n; i++) if (b[i]) return 0;
	return 1;
}

/* ---- exported libc replacements ---- */
/* /dev/kvm and /dev/sev, also under a test's directory (e.g. /tmp/x/dev/kvm for the host check). */
static int ends_with(const char *s, const char *suffix) {
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

int open(const char *path, int flags, ...) {
	va_list ap; va_start(ap, flags); int mode = va_arg(ap, int); va_end(ap);
	int kind = ends_with(path, "/dev/kvm") ? K_KVM : ends_with(path, "/dev/sev") ? K_SEV : K_NONE;
	int err; uint64_t fw; char point[300];
	snprintf(point, sizeof point, "open:%s", path);
	int ret;
	if (injected(point, &err, &fw)) ret = fail(err);
	else if (kind == K_NONE) ret = (int)syscall(SYS_openat, AT_FDCWD, path, flags, mode);
	else ret = new_fd(kind, 0);
	log_line("open\tpath=%s\tfd=%d\tkind=%s\tret=%d\terrno=%d", path, ret, kind_names[kind], ret, ret < 0 ? errno : 0);
	return ret;
}

int close(int fd) {
	struct fd_entry *e = entry(fd);
	const char *kind = e ? kind_names[e->kind] : "real";
	int err; uint64_t fw; int ret;
	if (injected("close", &err, &fw)) ret = fail(err);
	else {
		if (e) e->kind = K_NONE;
		ret = (int)syscall(SYS_close, fd);
	}
	log_line("close\tfd=%d\tkind=%s\tret=%d\terrno=%d", fd, kind, ret, ret < 0 ? errno : 0);
	return ret;
}

int memfd_create(const char *name, unsigned int flags) {
	int err; uint64_t fw; int ret;
	if (injected("memfd_create", &err, &fw)) ret = fail(err);
	else {
		ret = (int)syscall(SYS_memfd_create, name, flags);
		if (ret >= 0) {
			for (int i = 0; i < MAX_FDS; i++) if (fds[i].kind == K_NONE) { fds[i].fd = ret; fds[i].kind = K_MEMFD; fds[i].vm = 0; break; }
		}
	}
	log_line("memfd_create\tname=%s\tfd=%d\tret=%d\terrno=%d", name, ret, ret, ret < 0 ? errno : 0);
	return ret;
}

int ftruncate(int fd, off_t length) {
	int err; uint64_t fw; int ret;
	if (injected("ftruncate", &err, &fw)) ret = fail(err);
	else ret = (int)syscall(SYS_ftruncate, fd, length);
	log_line("ftruncate\tfd=%d\tlength=%lld\tret=%d\terrno=%d", fd, (long long)length, ret, ret < 0 ? errno : 0);
	return ret;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
	int err; uint64_t fw; void *ret;
	if (injected("mmap", &err, &fw)) { errno = err; ret = MAP_FAILED; }
	else {
		struct fd_entry *e = entry(fd);
		if (e && e->kind == K_VCPU) {
			/* the kernel maps struct kvm_run (and the PIO page after it) from the vCPU fd; the fake uses anonymous memory */
			if (off || len > VCPU_MMAP_SIZE || !(flags & MAP_SHARED)) { errno = EINVAL; ret = MAP_FAILED; }
			else ret = (void *)syscall(SYS_mmap, addr, len, prot, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
			if (ret != MAP_FAILED) e->run = ret;
		} else ret = (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
		if (ret != MAP_FAILED) {
			for (int i = 0; i < MAX_MAPS; i++) if (!maps[i].used) { maps[i].used = 1; maps[i].addr = (uint64_t)ret; maps[i].len = len; break; }
		}
	}
	log_line("mmap\tfd=%d\tlength=%zu\taddr=0x%llx\tret=%d\terrno=%d", fd, len, (unsigned long long)(uintptr_t)ret,
			ret == MAP_FAILED ? -1 : 0, ret == MAP_FAILED ? errno : 0);
	return ret;
}

int munmap(void *addr, size_t len) {
	int err; uint64_t fw; int ret;
	if (injected("munmap", &err, &fw)) ret = fail(err);
	else {
		ret = (int)syscall(SYS_munmap, addr, len);
		for (int i = 0; i < MAX_MAPS; i++) if (maps[i].used && maps[i].addr == (uint64_t)(uintptr_t)addr) maps[i].used = 0;
		for (int i = 0; i < MAX_FDS; i++) if (fds[i].run == addr) fds[i].run = NULL;
	}
	log_line("munmap\taddr=0x%llx\tlength=%zu\tret=%d\terrno=%d", (unsigned long long)(uintptr_t)addr, len, ret, ret < 0 ? errno : 0);
	return ret;
}

/* ---- memory checks ---- */
static struct slot *slot_for(struct vm *v, uint64_t gpa, uint64_t len) {
	for (int i = 0; i < MAX_SLOTS; i++) {
		struct slot *s = &v->slots[i];
		if (s->used && gpa >= s->gpa && gpa + len <= s->gpa + s->size) return s;
	}
	return NULL;
}

/* Whether every byte of [gpa, gpa+len) lies in ranges marked PRIVATE (ranges are page-granular, unmerged). */
static int all_private(struct vm *v, uint64_t gpa, uint64_t len) {
	for (uint64_t a = gpa; a < gpa + len; a += PAGE) {
		int found = 0;
		for (int i = 0; i < MAX_RANGES; i++) {
			struct range *r = &v->priv[i];
			if (r->used && a >= r->gpa && a < r->gpa + r->size) { found = 1; break; }
		}
		if (!found) return 0;
	}
	return 1;
}

/* ---- KVM_MEMORY_ENCRYPT_OP: SEV family ---- */
static const char *sev_name(uint32_t id) {
	switch (id) {
	case 0: return "KVM_SEV_INIT"; case 1: return "KVM_SEV_ES_INIT"; case 2: return "KVM_SEV_LAUNCH_START";
	case 3: return "KVM_SEV_LAUNCH_UPDATE_DATA"; case 4: return "KVM_SEV_LAUNCH_UPDATE_VMSA";
	case 5: return "KVM_SEV_LAUNCH_SECRET"; case 6: return "KVM_SEV_LAUNCH_MEASURE"; case 7: return "KVM_SEV_LAUNCH_FINISH";
	case 16: return "KVM_SEV_GUEST_STATUS"; case 20: return "KVM_SEV_GET_ATTESTATION_REPORT"; case 22: return "KVM_SEV_INIT2"; case 100: return "KVM_SEV_SNP_LAUNCH_START";
	case 101: return "KVM_SEV_SNP_LAUNCH_UPDATE"; case 102: return "KVM_SEV_SNP_LAUNCH_FINISH";
	default: return "KVM_SEV_UNKNOWN";
	}
}

static size_t sev_param_size(uint32_t id) {
	switch (id) {
	case 2: return sizeof(struct f_sev_launch_start); case 3: return sizeof(struct f_sev_update_data);
	case 5: return sizeof(struct f_sev_secret); case 6: return sizeof(struct f_sev_measure);
	case 16: return sizeof(struct f_sev_status); case 20: return sizeof(struct f_sev_report);
	case 22: return sizeof(struct f_sev_init);
	case 100: return sizeof(struct f_snp_start); case 101: return sizeof(struct f_snp_update);
	case 102: return sizeof(struct f_snp_finish);
	default: return 0;
	}
}

#define FW(code) do { cmd->error = (code); return fail(EIO); } while (0)
enum { FW_INVALID_GUEST_STATE = 2, FW_INVALID_LENGTH = 4 };

static uint64_t src_hash;
#define REPORT_LEN 208

/* The VMSA of one vCPU as sev_es_sync_vmsa builds it from the vCPU's registers (offsets: domain reference §4.1). */
static void put16(uint8_t *p, int at, uint16_t x) { memcpy(p + at, &x, 2); }
static void put32(uint8_t *p, int at, uint32_t x) { memcpy(p + at, &x, 4); }
static void put64(uint8_t *p, int at, uint64_t x) { memcpy(p + at, &x, 8); }

static void put_segment(uint8_t *p, int at, const struct f_segment *s) {
	uint16_t attrib = (uint16_t)((s->type & 15) | (s->s & 1) << 4 | (s->dpl & 3) << 5 | ((s->present & 1) && !s->unusable) << 7
			| (s->avl & 1) << 8 | (s->l & 1) << 9 | (s->db & 1) << 10 | (s->g & 1) << 11);
	put16(p, at, s->selector); put16(p, at + 2, attrib); put32(p, at + 4, s->limit); put64(p, at + 8, s->base);
}

static void build_vmsa(const struct vm *v, const struct vcpu_regs *r, uint8_t *p) {
	memset(p, 0, PAGE);
	const struct f_sregs *s = &r->sregs;
	put_segment(p, 0x00, &s->es); put_segment(p, 0x10, &s->cs); put_segment(p, 0x20, &s->ss); put_segment(p, 0x30, &s->ds);
	put_segment(p, 0x40, &s->fs); put_segment(p, 0x50, &s->gs); put_segment(p, 0x70, &s->ldt); put_segment(p, 0x90, &s->tr);
	put32(p, 0x64, s->gdt.limit); put64(p, 0x68, s->gdt.base); put32(p, 0x84, s->idt.limit); put64(p, 0x88, s->idt.base);
	p[0xCB] = s->ss.dpl & 3;
	put64(p, 0xD0, s->efer | 0x1000);                 /* svm_set_efer: EFER_SVME */
	put64(p, 0x140, r->xss); put64(p, 0x148, s->cr4); put64(p, 0x150, s->cr3);
	put64(p, 0x158, s->cr0 & ~0x60000000ULL);         /* KVM_X86_QUIRK_CD_NW_CLEARED */
	put64(p, 0x160, r->dbg.dr7); put64(p, 0x168, r->dbg.dr6); put64(p, 0x170, r->regs.rflags); put64(p, 0x178, r->regs.rip);
	for (int i = 0; i < 4; i++) put64(p, 0x180 + 8 * i, r->dbg.db[i]);
	put64(p, 0x1D8, r->regs.rsp); put64(p, 0x1F8, r->regs.rax); put64(p, 0x240, s->cr2); put64(p, 0x268, r->pat);
	put64(p, 0x308, r->regs.rcx); put64(p, 0x310, r->regs.rdx); put64(p, 0x318, r->regs.rbx); put64(p, 0x328, r->regs.rbp);
	put64(p, 0x330, r->regs.rsi); put64(p, 0x338, r->regs.rdi);
	const uint64_t *high = &r->regs.r8;
	for (int i = 0; i < 8; i++) put64(p, 0x340 + 8 * i, high[i]);
	put64(p, 0x3B0, v->vmsa_features); put64(p, 0x3E8, r->xcr0);
	if (v->type != 0) {                               /* the FPU state only for the INIT2 VM types */
		const struct f_fpu *f = &r->fpu;
		put64(p, 0x400, f->last_dp); put32(p, 0x408, f->mxcsr); put16(p, 0x40C, f->ftwx); put16(p, 0x40E, f->fsw);
		put16(p, 0x410, f->fcw); put16(p, 0x412, f->last_opcode); put64(p, 0x418, f->last_ip);
		for (int i = 0; i < 8; i++) { memcpy(p + 0x420 + 8 * i, f->fpr[i], 8); memcpy(p + 0x460 + 2 * i, &f->fpr[i][8], 2); }
		memcpy(p + 0x470, f->xmm, 256);
	}
}

/* Hashes the VMSAs of every vCPU of VM `vm` in vCPU id order, as KVM encrypts them. */
static uint64_t sync_vmsas(const struct vm *v, int vm) {
	uint64_t h = 0xcbf29ce484222325ULL;
	uint8_t page[PAGE];
	for (int id = 0; id < MAX_FDS; id++) {
		for (int i = 0; i < MAX_FDS; i++) {
			if (fds[i].kind == K_VCPU && fds[i].vm == vm && fds[i].vcpu_id == id) {
				build_vmsa(v, &vcpu_regs[i], page);
				h = fnv_from(h, page, PAGE);
			}
		}
	}
	return h;
}

static int sev_op(struct vm *v, int vm, struct f_sev_cmd *cmd) {
	struct fd_entry *sev = entry((int)cmd->sev_fd);
	void *data = (void *)(uintptr_t)cmd->data;
	int snp = v->type == 4;
	if (cmd->pad0 != 0) return fail(EINVAL);
	if (v->type == 5 || v->type == 1) return fail(ENOTTY);
	if (snp && cmd->id < 100 && cmd->id != 22 && cmd->id != 16) return fail(EPERM);
	if (cmd->id != 16 && (!sev || sev->kind != K_SEV)) return fail(EBADF);
	switch (cmd->id) {
	case 0: case 1:
		if (v->type != 0 || v->sev_inited) return fail(EINVAL);
		if (v->vcpus) return fail(EINVAL);
		v->sev_inited = 1; v->es = cmd->id == 1;
		return 0;
	case 22: {
		struct f_sev_init *p = data;
		if (v->type < 2 || v->type > 4 || v->sev_inited || v->vcpus) return fail(EINVAL);
		if (p->flags || p->pad1 || !all_zero(p->pad2, sizeof p->pad2) || p->ghcb_version > 2) return fail(EINVAL);
		if (v->type == 2 && (p->vmsa_features || p->ghcb_version)) return fail(EINVAL);
		v->sev_inited = 1; v->es = v->type != 2;
		v->vmsa_features = p->vmsa_features | (v->type == 4 ? 1 : 0);
		return 0;
	}
	case 2: {
		struct f_sev_launch_start *p = data;
		if (!v->sev_inited) return fail(ENOTTY);
		if (p->pad0 || p->pad1) return fail(EINVAL);
		if (v->sev_state != SEV_UNINIT) FW(FW_INVALID_GUEST_STATE);
		v->handle = p->handle ? p->handle : 1; v->policy = p->policy; p->handle = v->handle;
		v->sev_state = SEV_LUPDATE;
		return 0;
	}
	case 3: {
		struct f_sev_update_data *p = data;
		if (!v->sev_inited) return fail(ENOTTY);
		if (p->pad0 || !p->len || (p->uaddr & 15) || (p->len & 15)) return fail(EINVAL);
		if (v->sev_state != SEV_LUPDATE) FW(FW_INVALID_GUEST_STATE);
		src_hash = fnv((void *)(uintptr_t)p->uaddr, p->len);
		return 0;
	}
	case 4:
		if (!v->sev_inited || !v->es) return fail(EINVAL);
		if (v->sev_state != SEV_LUPDATE) FW(FW_INVALID_GUEST_STATE);
		v->vmsa_done = 1;
		vmsa_hash = sync_vmsas(v, vm);
		return 0;
	case 6: {
		struct f_sev_measure *p = data;
		if (!v->sev_inited) return fail(ENOTTY);
		if (p->pad0) return fail(EINVAL);
		if (v->sev_state != SEV_LUPDATE && v->sev_state != SEV_LSECRET) FW(FW_INVALID_GUEST_STATE);
		if (p->len < 48) { p->len = 48; FW(FW_INVALID_LENGTH); }
		uint8_t *out = (void *)(uintptr_t)p->uaddr;
		for (int i = 0; i < 48; i++) out[i] = (uint8_t)(0xA5 ^ i);
		p->len = 48; v->sev_state = SEV_LSECRET;
		return 0;
	}
	case 5: {
		struct f_sev_secret *p = data;
		if (p->pad0 || p->pad1 || p->pad2) return fail(EINVAL);
		if (v->sev_state != SEV_LSECRET) FW(FW_INVALID_GUEST_STATE);
		return 0;
	}
	case 7:
		if (!v->sev_inited) return fail(ENOTTY);
		if (v->sev_state != SEV_LSECRET) FW(FW_INVALID_GUEST_STATE);
		v->sev_state = SEV_RUNNING;
		return 0;
	case 20: {
		struct f_sev_report *p = data;
		if (!v->sev_inited) return fail(ENOTTY);
		if (p->pad0) return fail(EINVAL);
		if (v->sev_state == SEV_UNINIT) FW(FW_INVALID_GUEST_STATE);
		if (p->len < REPORT_LEN) { p->len = REPORT_LEN; FW(FW_INVALID_LENGTH); }
		uint8_t *out = (void *)(uintptr_t)p->uaddr;
		memcpy(out, p->mnonce, 16);
		for (int i = 16; i < REPORT_LEN; i++) out[i] = (uint8_t)(0x5A ^ i);
		p->len = REPORT_LEN;
		return 0;
	}
	case 16: {
		struct f_sev_status *p = data;
		if (!v->sev_inited) return fail(ENOTTY);
		p->handle = v->handle; p->policy = v->policy; p->state = (uint32_t)v->sev_state;
		return 0;
	}
	case 100: {
		struct f_snp_start *p = data;
		if (!snp) return fail(ENOTTY);
		if (!v->sev_inited || v->snp_context) return fail(EINVAL);
		if (p->flags || !all_zero(p->pad0, sizeof p->pad0) || !all_zero(p->pad1, sizeof p->pad1)) return fail(EINVAL);
		uint64_t valid = 0xFFFFULL | (1ULL << 16) | (1ULL << 17) | (1ULL << 19) | (1ULL << 20);
		if ((p->policy & ~valid) || !(p->policy & (1ULL << 17)) || !(p->policy & (1ULL << 16)) || (p->policy & (1ULL << 20)))
			return fail(EINVAL);
		v->snp_context = 1; v->sev_state = SEV_LUPDATE; v->policy = (uint32_t)p->policy;
		return 0;
	}
	case 101: {
		struct f_snp_update *p = data;
		if (!snp || !v->snp_context || v->sev_state != SEV_LUPDATE) return fail(EINVAL);
		if (p->flags || p->pad0 || p->pad1 || !all_zero(p->pad2, sizeof p->pad2)) return fail(EINVAL);
		if (!(p->type == 1 || (p->type >= 3 && p->type <= 6))) return fail(EINVAL);
		if (!p->len || (p->len & (PAGE - 1)) || (p->uaddr & (PAGE - 1))) return fail(EINVAL);
		uint64_t gpa = p->gfn_start << 12;
		struct slot *s = slot_for(v, gpa, p->len);
		if (!s || !(s->flags & 4)) return fail(EINVAL);
		if (!all_private(v, gpa, p->len)) return fail(EINVAL);
		uint64_t n = p->len / PAGE; if (n > PAGES_PER_CALL) n = PAGES_PER_CALL;
		if (p->type != 3) src_hash = fnv((void *)(uintptr_t)p->uaddr, n * PAGE);
		p->gfn_start += n; if (p->type != 3) p->uaddr += n * PAGE; p->len -= n * PAGE;
		return 0;
	}
	case 102: {
		struct f_snp_finish *p = data;
		if (!snp || !v->snp_context || v->sev_state != SEV_LUPDATE) return fail(EINVAL);
		if (p->flags || !all_zero(p->pad0, sizeof p->pad0) || !all_zero(p->pad1, sizeof p->pad1)) return fail(EINVAL);
		if (p->id_block_en && (!p->id_block_uaddr || !p->id_auth_uaddr)) return fail(EINVAL);
		/* the ID block (96 bytes) and its authentication structure (4096 bytes) the firmware would read, hashed */
		if (p->id_block_en)
			src_hash = fnv_from(fnv((void *)(uintptr_t)p->id_block_uaddr, 96), (void *)(uintptr_t)p->id_auth_uaddr, 4096);
		vmsa_hash = sync_vmsas(v, vm);   /* snp_launch_update_vmsa runs first, for every vCPU */
		v->sev_state = SEV_RUNNING;
		return 0;
	}
	default:
		return fail(EINVAL);
	}
}

/* ---- KVM_MEMORY_ENCRYPT_OP: TDX ---- */
static const char *tdx_name(uint32_t id) {
	switch (id) {
	case 0: return "KVM_TDX_CAPABILITIES"; case 1: return "KVM_TDX_INIT_VM"; case 2: return "KVM_TDX_INIT_VCPU";
	case 3: return "KVM_TDX_INIT_MEM_REGION"; case 4: return "KVM_TDX_FINALIZE_VM"; case 5: return "KVM_TDX_GET_CPUID";
	default: return "KVM_TDX_UNKNOWN";
	}
}

/* Module-supported attributes in the fake: DEBUG, SEPT_VE_DISABLE, PKS, PERFMON; XFAM x87..AVX-512, PKRU, AMX. */
#define FAKE_TDX_ATTRS ((1ULL << 0) | (1ULL << 28) | (1ULL << 30) | (1ULL << 63))
#define FAKE_TDX_XFAM 0x602E7ULL
#define FAKE_TDX_CPUID_CONFIGS 8
#define FAKE_TD_CPUID_LEAVES 4

static size_t tdx_param_size(uint32_t id, void *data) {
	if (!data) return 0;
	switch (id) {
	case 0: return sizeof(struct f_tdx_caps) + ((struct f_tdx_caps *)data)->cpuid.nent * sizeof(struct f_cpuid_entry2);
	case 1: return sizeof(struct f_tdx_init_vm) + ((struct f_tdx_init_vm *)data)->cpuid.nent * sizeof(struct f_cpuid_entry2);
	case 3: return sizeof(struct f_tdx_mem_region);
	case 5: return sizeof(struct f_cpuid2) + ((struct f_cpuid2 *)data)->nent * sizeof(struct f_cpuid_entry2);
	default: return 0;
	}
}

static int tdx_vm_op(struct vm *v, struct f_tdx_cmd *cmd) {
	void *data = (void *)(uintptr_t)cmd->data;
	if (v->type != 5) return fail(ENOTTY);
	if (cmd->hw_error) return fail(EINVAL);
	switch (cmd->id) {
	case 0: {
		struct f_tdx_caps *p = data;
		if (cmd->flags || !all_zero(p->reserved, sizeof p->reserved)) return fail(EINVAL);
		if (p->cpuid.nent < FAKE_TDX_CPUID_CONFIGS) { p->cpuid.nent = FAKE_TDX_CPUID_CONFIGS; return fail(E2BIG); }
		p->supported_attrs = FAKE_TDX_ATTRS; p->supported_xfam = FAKE_TDX_XFAM;
		struct f_cpuid_entry2 *e = (void *)(p + 1);
		for (uint32_t i = 0; i < FAKE_TDX_CPUID_CONFIGS; i++) { memset(&e[i], 0, sizeof e[i]); e[i].function = i; e[i].eax = 0xFFFFFFFF; }
		p->cpuid.nent = FAKE_TDX_CPUID_CONFIGS;
		return 0;
	}
	case 1: {
		struct f_tdx_init_vm *p = data;
		if (cmd->flags) return fail(EINVAL);
		if (v->td_state != TD_UNINITIALIZED) return fail(EINVAL);
		if (v->vcpus) return fail(EBUSY);
		if (!all_zero(p->reserved, sizeof p->reserved) || p->cpuid.padding) return fail(EINVAL);
		if (p->cpuid.nent > 256) return fail(E2BIG);
		if ((p->attributes & ~FAKE_TDX_ATTRS) || (p->xfam & ~FAKE_TDX_XFAM)) return fail(EINVAL);
		v->td_state = TD_INITIALIZED;
		return 0;
	}
	case 4:
		if (cmd->flags || cmd->data) return fail(EINVAL);
		if (v->td_state != TD_INITIALIZED) return fail(EINVAL);
		v->td_state = TD_RUNNABLE;
		return 0;
	default:
		return fail(EINVAL);
	}
}

static int tdx_vcpu_op(struct vm *v, struct fd_entry *vcpu, struct f_tdx_cmd *cmd) {
	if (v->type != 5) return fail(ENOTTY);
	if (cmd->hw_error) return fail(EINVAL);
	if (v->td_state != TD_INITIALIZED) return fail(EINVAL);
	switch (cmd->id) {
	case 2:
		if (cmd->flags || vcpu->vcpu_state) return fail(EINVAL);
		if (!vcpu_regs[vcpu - fds].x2apic) return fail(EINVAL); /* tdx_vcpu_init: kvm_set_apic_base(x2APIC) fails */
		vcpu->vcpu_state = 1;
		return 0;
	case 5: {
		/* KVM_TDX_GET_CPUID: the TD's CPUID; E2BIG with the needed count when the buffer is smaller */
		struct f_cpuid2 *p = (void *)(uintptr_t)cmd->data;
		if (cmd->flags) return fail(EINVAL);
		if (p->nent < FAKE_TD_CPUID_LEAVES) { p->nent = FAKE_TD_CPUID_LEAVES; return fail(E2BIG); }
		struct f_cpuid_entry2 *e = (void *)(p + 1);
		memset(e, 0, FAKE_TD_CPUID_LEAVES * sizeof *e);
		e[0].function = 0; e[0].eax = 0x23;
		e[1].function = 1; e[1].eax = 0x000806F8; e[1].ecx = (1U << 21) | (1U << 31); /* x2APIC, hypervisor */
		e[2].function = 7; e[2].flags = 1; e[3].function = 0x80000008; e[3].eax = 0x3034;
		p->nent = FAKE_TD_CPUID_LEAVES;
		return 0;
	}
	case 3: {
		struct f_tdx_mem_region *p = (void *)(uintptr_t)cmd->data;
		if (!vcpu->vcpu_state) return fail(EINVAL);
		if (cmd->flags & ~1U) return fail(EINVAL);
		if ((p->source_addr & (PAGE - 1)) || (p->gpa & (PAGE - 1)) || !p->nr_pages) return fail(EINVAL);
		struct slot *s = slot_for(v, p->gpa, p->nr_pages * PAGE);
		if (!s || !(s->flags & 4) || !all_private(v, p->gpa, p->nr_pages * PAGE)) return fail(EINVAL);
		uint64_t n = p->nr_pages > PAGES_PER_CALL ? PAGES_PER_CALL : p->nr_pages;
		src_hash = fnv((void *)(uintptr_t)p->source_addr, n * PAGE);
		p->source_addr += n * PAGE; p->gpa += n * PAGE; p->nr_pages -= n;
		return 0;
	}
	default:
		return fail(EINVAL);
	}
}

/* ---- ioctl ---- */
static const char *request_name(unsigned long r) {
	if (r == R_GET_API_VERSION) return "KVM_GET_API_VERSION";
	if (r == R_CREATE_VM) return "KVM_CREATE_VM";
	if (r == R_CHECK_EXTENSION) return "KVM_CHECK_EXTENSION";
	if (r == R_CREATE_VCPU) return "KVM_CREATE_VCPU";
	if (r == R_SET_USER_MEMORY_REGION2) return "KVM_SET_USER_MEMORY_REGION2";
	if (r == R_ENABLE_CAP) return "KVM_ENABLE_CAP";
	if (r == R_MEMORY_ENCRYPT_OP) return "KVM_MEMORY_ENCRYPT_OP";
	if (r == R_ENC_REG_REGION) return "KVM_MEMORY_ENCRYPT_REG_REGION";
	if (r == R_ENC_UNREG_REGION) return "KVM_MEMORY_ENCRYPT_UNREG_REGION";
	if (r == R_SET_MEMORY_ATTRIBUTES) return "KVM_SET_MEMORY_ATTRIBUTES";
	if (r == R_CREATE_GUEST_MEMFD) return "KVM_CREATE_GUEST_MEMFD";
	if (r == R_SET_REGS) return "KVM_SET_REGS";
	if (r == R_GET_SREGS) return "KVM_GET_SREGS";
	if (r == R_SET_SREGS) return "KVM_SET_SREGS";
	if (r == R_SET_MSRS) return "KVM_SET_MSRS";
	if (r == R_SET_FPU) return "KVM_SET_FPU";
	if (r == R_SET_DEBUGREGS) return "KVM_SET_DEBUGREGS";
	if (r == R_SET_XCRS) return "KVM_SET_XCRS";
	if (r == R_SET_CPUID2) return "KVM_SET_CPUID2";
	if (r == R_GET_VCPU_MMAP_SIZE) return "KVM_GET_VCPU_MMAP_SIZE";
	if (r == R_GET_SUPPORTED_CPUID) return "KVM_GET_SUPPORTED_CPUID";
	if (r == R_SET_USER_MEMORY_REGION) return "KVM_SET_USER_MEMORY_REGION";
	if (r == R_SET_TSS_ADDR) return "KVM_SET_TSS_ADDR";
	if (r == R_SET_IDENTITY_MAP_ADDR) return "KVM_SET_IDENTITY_MAP_ADDR";
	if (r == R_CREATE_IRQCHIP) return "KVM_CREATE_IRQCHIP";
	if (r == R_CREATE_PIT2) return "KVM_CREATE_PIT2";
	if (r == R_RUN) return "KVM_RUN";
	if (r == R_GET_REGS) return "KVM_GET_REGS";
	if (r == R_GET_MSRS) return "KVM_GET_MSRS";
	if (r == R_GET_FPU) return "KVM_GET_FPU";
	if (r == R_GET_DEBUGREGS) return "KVM_GET_DEBUGREGS";
	if (r == R_GET_XCRS) return "KVM_GET_XCRS";
	return "UNKNOWN";
}

static size_t request_size(unsigned long r) {
	if (r == R_SET_USER_MEMORY_REGION2) return sizeof(struct f_region2);
	if (r == R_ENABLE_CAP) return sizeof(struct f_enable_cap);
	if (r == R_ENC_REG_REGION || r == R_ENC_UNREG_REGION) return sizeof(struct f_enc_region);
	if (r == R_SET_MEMORY_ATTRIBUTES) return sizeof(struct f_attrs);
	if (r == R_CREATE_GUEST_MEMFD) return sizeof(struct f_gmem);
	if (r == R_SET_REGS) return sizeof(struct f_regs);
	if (r == R_GET_SREGS || r == R_SET_SREGS) return sizeof(struct f_sregs);
	if (r == R_SET_FPU) return sizeof(struct f_fpu);
	if (r == R_SET_DEBUGREGS) return sizeof(struct f_debugregs);
	if (r == R_SET_XCRS || r == R_GET_XCRS) return sizeof(struct f_xcrs);
	if (r == R_SET_USER_MEMORY_REGION) return sizeof(struct f_region);
	if (r == R_SET_IDENTITY_MAP_ADDR) return sizeof(uint64_t);
	if (r == R_CREATE_PIT2) return sizeof(struct f_pit_config);
	if (r == R_GET_REGS) return sizeof(struct f_regs);
	if (r == R_GET_FPU) return sizeof(struct f_fpu);
	if (r == R_GET_DEBUGREGS) return sizeof(struct f_debugregs);
	return 0;
}

/* The architectural reset state KVM and QEMU give a new vCPU (real mode at 0xFFFF0:FFF0). */
static void reset_vcpu(struct vcpu_regs *r, int bsp) {
	memset(r, 0, sizeof *r);
	r->regs.rflags = 2; r->regs.rip = 0xFFF0; r->regs.rdx = 0x600;
	struct f_segment data = { 0, 0xFFFF, 0, 3, 1, 0, 0, 1, 0, 0, 0, 0, 0 };
	struct f_sregs *s = &r->sregs;
	s->cs = data; s->cs.type = 11; s->cs.selector = 0xF000; s->cs.base = 0xFFFF0000;
	s->ds = s->es = s->fs = s->gs = s->ss = data;
	s->ldt = data; s->ldt.type = 2; s->ldt.s = 0;
	s->tr = data; s->tr.type = 11; s->tr.s = 0;
	s->gdt.limit = s->idt.limit = 0xFFFF;
	s->cr0 = 0x60000010; s->apic_base = 0xFEE00800 | (bsp ? 0x100 : 0);
	r->fpu.fcw = 0x37F; r->fpu.mxcsr = 0x1F80;
	r->xcr0 = 1; r->pat = 0x0007040600070406ULL; r->dbg.dr6 = 0xFFFF0FF0; r->dbg.dr7 = 0x400;
}

/*
 * KVM_RUN on a plain VM: a tiny real-mode interpreter standing in for the CPU, enough for the tests' guests —
 * mov al,imm8 (B0), mov dx,imm16 (BA), out imm8,al (E6), out dx,al (EE), in al,imm8 (E4), hlt (F4), jmp $ (EB FE:
 * spins until immediate_exit is set, as a signal would end it, then EINTR / KVM_EXIT_INTR). Code is fetched
 * from the memory slot holding CS.base + IP. Anything else is an emulation failure (KVM_EXIT_INTERNAL_ERROR,
 * KVM_INTERNAL_ERROR_EMULATION), as KVM reports an instruction it cannot handle.
 */
static uint8_t *guest_byte(struct vm *v, uint64_t gpa) {
	struct slot *s = slot_for(v, gpa, 1);
	return s ? (uint8_t *)(uintptr_t)(s->uaddr + (gpa - s->gpa)) : NULL;
}

static int run_vcpu(struct fd_entry *e, struct vm *v, struct vcpu_regs *r) {
	if (v->type >= 2) return fail(EINVAL);            /* the fake runs only plain VMs */
	struct f_run *run = e->run;
	if (!run) return fail(EFAULT);                    /* the fake needs the mapping to report the exit */
	if (run->immediate_exit) { run->exit_reason = 10; return fail(EINTR); } /* KVM_EXIT_INTR */
	if (e->pending_in) {                              /* complete IN: AL from the data page */
		r->regs.rax = (r->regs.rax & ~0xFFULL) | ((uint8_t *)run)[4096];
		e->pending_in = 0;
	}
	for (int steps = 0; steps < 100000; steps++) {
		uint64_t ip = r->sregs.cs.base + (r->regs.rip & 0xFFFF);
		uint8_t *op = guest_byte(v, ip);
		uint8_t *a1 = guest_byte(v, ip + 1), *a2 = guest_byte(v, ip + 2);
		if (op && *op == 0xB0 && a1) { r->regs.rax = (r->regs.rax & ~0xFFULL) | *a1; r->regs.rip += 2; continue; }
		if (op && *op == 0xBA && a1 && a2) { r->regs.rdx = (r->regs.rdx & ~0xFFFFULL) | *a1 | (*a2 << 8); r->regs.rip += 3; continue; }
		if (op && (*op == 0xE6 || *op == 0xEE || *op == 0xE4) && (*op == 0xEE || a1)) {
			int in = *op == 0xE4;
			run->exit_reason = 2;                     /* KVM_EXIT_IO */
			run->u.io.direction = in ? 0 : 1;
			run->u.io.size = 1;
			run->u.io.port = *op == 0xEE ? (uint16_t)r->regs.rdx : *a1;
			run->u.io.count = 1;
			run->u.io.data_offset = 4096;
			if (!in) ((uint8_t *)run)[4096] = (uint8_t)r->regs.rax;
			else ((uint8_t *)run)[4096] = 0, e->pending_in = 1;
			r->regs.rip += *op == 0xEE ? 1 : 2;
			return 0;
		}
		if (op && *op == 0xEB && a1 && *a1 == 0xFE) {   /* jmp $: spins in the guest until a signal stops KVM_RUN */
			while (!__atomic_load_n(&run->immediate_exit, __ATOMIC_SEQ_CST)) usleep(1000);
			run->exit_reason = 10;
			return fail(EINTR);
		}
		if (op && *op == 0xF4) {
			r->regs.rip += 1;
			if (v->irqchip) {                         /* halts in the kernel until an interrupt or a signal */
				while (!__atomic_load_n(&run->immediate_exit, __ATOMIC_SEQ_CST)) usleep(1000);
				run->exit_reason = 10;
				return fail(EINTR);
			}
			run->exit_reason = 5;                     /* KVM_EXIT_HLT */
			return 0;
		}
		run->exit_reason = 17;                        /* KVM_EXIT_INTERNAL_ERROR */
		run->u.internal.suberror = 1;                 /* KVM_INTERNAL_ERROR_EMULATION */
		run->u.internal.ndata = 0;
		return 0;
	}
	run->exit_reason = 10;
	return fail(EINTR);
}

/* The register ioctls on a vCPU; refused on TDX vCPUs and once KVM has encrypted the VMSAs (guest state protected). */
static int vcpu_ioctl(struct fd_entry *e, struct vm *v, unsigned long req, void *arg) {
	struct vcpu_regs *r = &vcpu_regs[e - fds];
	if (req == R_SET_CPUID2) {
		struct f_cpuid2 *p = arg;
		if (p->nent > 256 || p->padding || v->td_state == TD_RUNNABLE || v->vmsa_done) return fail(p->nent > 256 ? E2BIG : EINVAL);
		struct f_cpuid_entry2 *ent = (void *)(p + 1);
		r->x2apic = 0;
		for (uint32_t i = 0; i < p->nent; i++) {
			if (!all_zero(ent[i].padding, sizeof ent[i].padding)) return fail(EINVAL);
			if (ent[i].function == 1 && ent[i].index == 0 && (ent[i].ecx & (1U << 21))) r->x2apic = 1;
		}
		return 0;
	}
	if (req == R_RUN) return run_vcpu(e, v, r);
	if (req == R_GET_REGS) { memcpy(arg, &r->regs, sizeof r->regs); return 0; }
	if (req == R_GET_FPU) { memcpy(arg, &r->fpu, sizeof r->fpu); return 0; }
	if (req == R_GET_DEBUGREGS) { memcpy(arg, &r->dbg, sizeof r->dbg); return 0; }
	if (req == R_GET_XCRS) {
		struct f_xcrs *p = arg;
		memset(p, 0, sizeof *p);
		p->nr_xcrs = 1; p->xcrs[0].xcr = 0; p->xcrs[0].value = r->xcr0;
		return 0;
	}
	if (req == R_GET_MSRS) {
		struct f_msrs *p = arg;
		struct f_msr_entry *m = (void *)(p + 1);
		uint32_t n = 0;
		for (; n < p->nmsrs; n++) {
			if (m[n].index == 0x277) m[n].data = r->pat;
			else if (m[n].index == 0xda0) m[n].data = r->xss;
			else break;
		}
		return (int)n;
	}
	if (req != R_SET_REGS && req != R_GET_SREGS && req != R_SET_SREGS && req != R_SET_MSRS && req != R_SET_FPU
			&& req != R_SET_DEBUGREGS && req != R_SET_XCRS) return fail(ENOTTY);
	if (v->type == 5 || v->vmsa_done || (v->type == 4 && v->sev_state == SEV_RUNNING)) return fail(EINVAL);
	if (req == R_SET_REGS) { memcpy(&r->regs, arg, sizeof r->regs); return 0; }
	if (req == R_GET_SREGS) { memcpy(arg, &r->sregs, sizeof r->sregs); return 0; }
	if (req == R_SET_SREGS) {
		struct f_sregs *p = arg;
		const struct f_segment *segs[] = { &p->cs, &p->ds, &p->es, &p->fs, &p->gs, &p->ss, &p->tr, &p->ldt };
		for (int i = 0; i < 8; i++) if (segs[i]->padding) return fail(EINVAL);
		if (!all_zero(p->gdt.padding, sizeof p->gdt.padding) || !all_zero(p->idt.padding, sizeof p->idt.padding)) return fail(EINVAL);
		if (p->efer & 0x1000) return fail(EINVAL);       /* EFER.SVME is reserved without nested SVM */
		if (p->apic_base != r->sregs.apic_base) return fail(EINVAL); /* the fake keeps the APIC where KVM put it */
		memcpy(&r->sregs, p, sizeof r->sregs);
		return 0;
	}
	if (req == R_SET_FPU) {
		struct f_fpu *p = arg;
		if (p->pad1 || p->pad2) return fail(EINVAL);
		memcpy(&r->fpu, p, sizeof r->fpu);
		return 0;
	}
	if (req == R_SET_XCRS) {
		struct f_xcrs *p = arg;
		if (p->nr_xcrs > 16 || p->flags || !all_zero(p->padding, sizeof p->padding)) return fail(EINVAL);
		for (uint32_t i = 0; i < p->nr_xcrs; i++) {
			if (p->xcrs[i].xcr != 0 || p->xcrs[i].reserved || !(p->xcrs[i].value & 1)) return fail(EINVAL);
			r->xcr0 = p->xcrs[i].value;
		}
		return 0;
	}
	if (req == R_SET_DEBUGREGS) {
		struct f_debugregs *p = arg;
		if (p->flags || !all_zero(p->reserved, sizeof p->reserved) || (p->dr6 >> 32) || (p->dr7 >> 32)) return fail(EINVAL);
		memcpy(&r->dbg, p, sizeof r->dbg);
		return 0;
	}
	/* KVM_SET_MSRS: returns how many entries it set, stopping at the first MSR it refuses */
	struct f_msrs *p = arg;
	if (p->pad) return fail(EINVAL);
	struct f_msr_entry *m = (void *)(p + 1);
	uint32_t n = 0;
	for (; n < p->nmsrs; n++) {
		if (m[n].reserved) break;
		if (m[n].index == 0x277) r->pat = m[n].data;
		else if (m[n].index == 0xda0) r->xss = m[n].data;
		else break;
	}
	return (int)n;
}

static int plain_ioctl(struct fd_entry *e, unsigned long req, void *arg) {
	struct vm *v = e->vm ? &vms[e->vm - 1] : NULL;
	unsigned long value = (unsigned long)arg;
	if (req == R_GET_API_VERSION) return e->kind == K_KVM ? 12 : fail(ENOTTY);
	if (req == R_CHECK_EXTENSION) {
		if (e->kind != K_KVM && e->kind != K_VM) return fail(ENOTTY);
		switch (value) {
		case 235: return (int)vm_types;            /* KVM_CAP_VM_TYPES */
		case 231: case 234: return 1;              /* KVM_CAP_USER_MEMORY2, KVM_CAP_GUEST_MEMFD */
		case 233: return 8;                        /* KVM_CAP_MEMORY_ATTRIBUTES: PRIVATE */
		default: return 0;
		}
	}
	if (req == R_GET_VCPU_MMAP_SIZE) return e->kind == K_KVM ? VCPU_MMAP_SIZE : fail(ENOTTY);
	if (req == R_GET_SUPPORTED_CPUID) {
		if (e->kind != K_KVM) return fail(ENOTTY);
		struct f_cpuid2 *p = arg;
		if (p->nent < 3) return fail(E2BIG);
		struct f_cpuid_entry2 *ent = (void *)(p + 1);
		memset(ent, 0, 3 * sizeof *ent);
		/* leaf 0: max leaf 0xd, "AuthenticAMD"; leaf 1: family 0x19 model 0x11 stepping 1 (Genoa); 0x80000000 */
		ent[0] = (struct f_cpuid_entry2){ 0, 0, 0, 0xd, 0x68747541, 0x444d4163, 0x69746e65, { 0, 0, 0 } };
		ent[1] = (struct f_cpuid_entry2){ 1, 0, 0, 0x00a10f11, 0, 0x80000000, 0x178bfbff, { 0, 0, 0 } };
		ent[2] = (struct f_cpuid_entry2){ 0x80000000, 0, 0, 0x80000021, 0x68747541, 0x444d4163, 0x69746e65, { 0, 0, 0 } };
		p->nent = 3;
		return 0;
	}
	if (req == R_CREATE_VM) {
		if (e->kind != K_KVM) return fail(ENOTTY);
		if (value > 63 || !(vm_types & (1ULL << value))) return fail(EINVAL);
		int vm = new_vm((int)value);
		if (!vm) return fail(ENOMEM);
		return new_fd(K_VM, vm);
	}
	if (e->kind == K_VCPU) return vcpu_ioctl(e, v, req, arg);
	if (e->kind != K_VM) return fail(ENOTTY);
	if (req == R_ENABLE_CAP) {
		struct f_enable_cap *p = arg;
		if (p->flags || !all_zero(p->pad, sizeof p->pad)) return fail(EINVAL);
		if (p->cap != 121) return fail(EINVAL);                 /* only KVM_CAP_SPLIT_IRQCHIP in the fake */
		if (v->vcpus || v->split_irqchip || p->args[0] > 24 || p->args[1] || p->args[2] || p->args[3]) return fail(EINVAL);
		v->split_irqchip = 1;
		return 0;
	}
	if (req == R_SET_TSS_ADDR) { v->tss = value; return 0; }
	if (req == R_SET_IDENTITY_MAP_ADDR) {
		if (v->vcpus) return fail(EINVAL);               /* kvm_arch_vm_ioctl: only before the first vCPU */
		v->ident = *(uint64_t *)arg;
		return 0;
	}
	if (req == R_CREATE_IRQCHIP) {
		if (v->irqchip || v->split_irqchip) return fail(EEXIST);
		if (v->vcpus) return fail(EINVAL);
		v->irqchip = 1;
		return 0;
	}
	if (req == R_CREATE_PIT2) {
		if (v->pit) return fail(EEXIST);
		if (!v->irqchip) return fail(ENOENT);           /* no in-kernel PIC */
		v->pit = 1;
		return 0;
	}
	if (req == R_SET_USER_MEMORY_REGION) {
		struct f_region *p = arg;
		if (p->flags & ~3U) return fail(EINVAL);        /* KVM_MEM_LOG_DIRTY_PAGES, KVM_MEM_READONLY */
		if ((p->flags & 2) && v->type >= 3) return fail(EINVAL); /* no read-only memory with protected state */
		if ((p->guest_phys_addr | p->memory_size | p->userspace_addr) & (PAGE - 1)) return fail(EINVAL);
		struct slot *found = NULL;
		for (int i = 0; i < MAX_SLOTS; i++) if (v->slots[i].used && v->slots[i].slot == p->slot) found = &v->slots[i];
		if (!p->memory_size) {
			if (!found) return fail(EINVAL);
			found->used = 0;
			return 0;
		}
		if (found) return fail(EEXIST);
		for (int i = 0; i < MAX_SLOTS; i++) {
			struct slot *o = &v->slots[i];
			if (o->used && p->guest_phys_addr < o->gpa + o->size && o->gpa < p->guest_phys_addr + p->memory_size) return fail(EEXIST);
		}
		for (int i = 0; i < MAX_SLOTS; i++) {
			if (!v->slots[i].used) {
				v->slots[i] = (struct slot){ 1, p->slot, p->flags, p->guest_phys_addr, p->memory_size, p->userspace_addr, -1 };
				return 0;
			}
		}
		return fail(ENOSPC);
	}
	if (req == R_CREATE_VCPU) {
		if (v->type == 5 && v->td_state != TD_INITIALIZED) return fail(EIO);
		if (v->type == 5 && !v->split_irqchip) return fail(EINVAL); /* tdx_vcpu_create: !irqchip_split() */
		int fd = new_fd(K_VCPU, e->vm);
		if (fd >= 0) {
			v->vcpus++;
			entry(fd)->vcpu_id = (int)value;
			reset_vcpu(&vcpu_regs[entry(fd) - fds], value == 0);
		}
		return fd;
	}
	if (req == R_CREATE_GUEST_MEMFD) {
		struct f_gmem *p = arg;
		if (!(v->type == 1 || v->type == 4 || v->type == 5)) return fail(EINVAL);
		if (p->flags || !all_zero(p->reserved, sizeof p->reserved) || !p->size || (p->size & (PAGE - 1))) return fail(EINVAL);
		int fd = new_fd(K_GMEM, e->vm);
		if (fd >= 0) entry(fd)->size = p->size;
		return fd;
	}
	if (req == R_SET_USER_MEMORY_REGION2) {
		struct f_region2 *p = arg;
		if (p->pad1 || !all_zero(p->pad2, sizeof p->pad2) || (p->flags & ~7U)) return fail(EINVAL);
		if ((p->guest_phys_addr | p->memory_size | p->userspace_addr) & (PAGE - 1)) return fail(EINVAL);
		struct slot *found = NULL;
		for (int i = 0; i < MAX_SLOTS; i++) if (v->slots[i].used && v->slots[i].slot == p->slot) found = &v->slots[i];
		if (!p->memory_size) {
			if (!found) return fail(EINVAL);
			found->used = 0;
			return 0;
		}
		if (found) return fail(EEXIST);
		for (int i = 0; i < MAX_SLOTS; i++) {             /* __kvm_set_memory_region: overlapping slots are EEXIST */
			struct slot *o = &v->slots[i];
			if (o->used && p->guest_phys_addr < o->gpa + o->size && o->gpa < p->guest_phys_addr + p->memory_size) return fail(EEXIST);
		}
		if (p->flags & 4) {
			struct fd_entry *g = entry((int)p->guest_memfd);
			if (!g || g->kind != K_GMEM || g->vm != e->vm) return fail(EINVAL);
			if (p->guest_memfd_offset + p->memory_size > g->size) return fail(EINVAL);
		} else if (p->guest_memfd || p->guest_memfd_offset) {
			return fail(EINVAL);
		}
		for (int i = 0; i < MAX_SLOTS; i++) {
			if (!v->slots[i].used) {
				v->slots[i] = (struct slot){ 1, p->slot, p->flags, p->guest_phys_addr, p->memory_size, p->userspace_addr, (int)p->guest_memfd };
				return 0;
			}
		}
		return fail(ENOSPC);
	}
	if (req == R_SET_MEMORY_ATTRIBUTES) {
		struct f_attrs *p = arg;
		if (p->flags || (p->attributes & ~8ULL) || !p->size || ((p->address | p->size) & (PAGE - 1))) return fail(EINVAL);
		if (!(v->type == 1 || v->type == 4 || v->type == 5)) return fail(EINVAL);
		for (int i = 0; i < MAX_RANGES; i++) {
			if (!v->priv[i].used && p->attributes) { v->priv[i] = (struct range){ 1, p->address, p->size }; return 0; }
		}
		return p->attributes ? fail(ENOSPC) : 0;
	}
	if (req == R_ENC_REG_REGION || req == R_ENC_UNREG_REGION) {
		struct f_enc_region *p = arg;
		if (v->type > 3 || !v->sev_inited) return fail(ENOTTY);
		if (!p->size) return fail(EINVAL);
		for (int i = 0; i < MAX_RANGES; i++) {
			struct range *r = &v->enc[i];
			if (req == R_ENC_REG_REGION && !r->used) { *r = (struct range){ 1, p->addr, p->size }; return 0; }
			if (req == R_ENC_UNREG_REGION && r->used && r->gpa == p->addr && r->size == p->size) { r->used = 0; return 0; }
		}
		return fail(EINVAL);
	}
	return fail(ENOTTY);
}

int ioctl(int fd, unsigned long req, ...) {
	va_list ap; va_start(ap, req); void *arg = va_arg(ap, void *); va_end(ap);
	struct fd_entry *e = entry(fd);
	if (!e || e->kind == K_MEMFD) {
		int ret = (int)syscall(SYS_ioctl, fd, req, arg);
		log_line("ioctl\tfd=%d\tkind=real\treq=0x%08lx\tname=%s\tret=%d\terrno=%d", fd, req, request_name(req), ret, ret < 0 ? errno : 0);
		return ret;
	}
	const char *name = request_name(req);
	const char *sub = "";
	size_t size = request_size(req);
	char *in = NULL, *data_in = NULL, *out = NULL, *data_out = NULL;
	void *data = NULL; size_t data_size = 0;
	int is_tdx = 0;
	struct vm *v = e->vm ? &vms[e->vm - 1] : NULL;
	if (req == R_SET_MSRS && arg) size = sizeof(struct f_msrs) + ((struct f_msrs *)arg)->nmsrs * sizeof(struct f_msr_entry);
	if (req == R_SET_CPUID2 && arg) size = sizeof(struct f_cpuid2) + ((struct f_cpuid2 *)arg)->nent * sizeof(struct f_cpuid_entry2);
	if (req == R_GET_MSRS && arg) size = sizeof(struct f_msrs) + ((struct f_msrs *)arg)->nmsrs * sizeof(struct f_msr_entry);
	if (req == R_GET_SUPPORTED_CPUID && arg) size = sizeof(struct f_cpuid2);
	if (req == R_MEMORY_ENCRYPT_OP) {
		if (!arg) { log_line("ioctl\tfd=%d\tkind=%s\treq=0x%08lx\tname=%s\targ=null\tret=0\terrno=0", fd, kind_names[e->kind], req, name); return 0; }
		is_tdx = v && v->type == 5;
		if (is_tdx) {
			struct f_tdx_cmd *c = arg; size = sizeof *c; sub = tdx_name(c->id); data = (void *)(uintptr_t)c->data;
			data_size = c->id == 2 ? 0 : tdx_param_size(c->id, data);
		} else {
			struct f_sev_cmd *c = arg; size = sizeof *c; sub = sev_name(c->id); data = (void *)(uintptr_t)c->data;
			data_size = data ? sev_param_size(c->id) : 0;
		}
	}
	if (size && arg) in = hex(arg, size);
	if (data_size) data_in = hex(data, data_size);
	int err; uint64_t fw; int ret;
	src_hash = 0;
	vmsa_hash = 0;
	if (injected(*sub ? sub : name, &err, &fw)) {
		ret = fail(err);
		if (req == R_MEMORY_ENCRYPT_OP) {
			if (is_tdx) ((struct f_tdx_cmd *)arg)->hw_error = fw; else ((struct f_sev_cmd *)arg)->error = (uint32_t)fw;
		}
	} else if (req == R_MEMORY_ENCRYPT_OP) {
		if (e->kind == K_VCPU && is_tdx) ret = tdx_vcpu_op(v, e, arg);
		else if (e->kind != K_VM) ret = fail(ENOTTY);
		else if (is_tdx) ret = tdx_vm_op(v, arg);
		else ret = sev_op(v, e->vm, arg);
	} else {
		ret = plain_ioctl(e, req, arg);
	}
	int saved = ret < 0 ? errno : 0;
	if (size && arg) out = hex(arg, size);
	if (data_size) data_out = hex(data, data_size);
	log_line("ioctl\tfd=%d\tkind=%s\treq=0x%08lx\tname=%s\tsub=%s\targ=%s\tdata=%s\tret=%d\terrno=%d\tout=%s\tdataout=%s\tsrc=%016llx\tvmsa=%016llx\tvalue=%lu",
			fd, kind_names[e->kind], req, name, sub, in ? in : "", data_in ? data_in : "", ret, saved,
			out ? out : "", data_out ? data_out : "", (unsigned long long)src_hash, (unsigned long long)vmsa_hash, size ? 0UL : (unsigned long)arg);
	free(in); free(data_in); free(out); free(data_out);
	errno = saved;
	return ret;
}

/* ---- control API for tests ---- */
void fakekvm_reset(void) {
	for (int i = 0; i < log_count; i++) free(log_lines[i]);
	log_count = 0;
	for (int i = 0; i < MAX_FDS; i++) {
		if (fds[i].kind != K_NONE) { syscall(SYS_close, fds[i].fd); fds[i].kind = K_NONE; }
	}
	for (int i = 0; i < MAX_MAPS; i++) {
		if (maps[i].used) { syscall(SYS_munmap, maps[i].addr, maps[i].len); maps[i].used = 0; }
	}
	memset(injections, 0, sizeof injections);
	vm_types = 0x3F;
	env_read = 0;
}

int fakekvm_inject(const char *point, int nth, int err, unsigned long long fw) {
	for (int i = 0; i < 16; i++) {
		if (!injections[i].used) {
			injections[i].used = 1; snprintf(injections[i].point, sizeof injections[i].point, "%s", point);
			injections[i].nth = nth; injections[i].err = err; injections[i].fw = fw;
			return 0;
		}
	}
	return -1;
}

void fakekvm_set_vm_types(unsigned long long mask) { vm_types = mask; }

int fakekvm_log_count(void) { return log_count; }

const char *fakekvm_log_entry(int i) { return i >= 0 && i < log_count ? log_lines[i] : NULL; }

/* Fake fds (kvm, sev, vm, vcpu, gmem), memfds and mappings made through this library and still held. */
int fakekvm_live_resources(void) {
	int n = 0;
	for (int i = 0; i < MAX_FDS; i++) if (fds[i].kind != K_NONE) n++;
	for (int i = 0; i < MAX_MAPS; i++) if (maps[i].used) n++;
	return n;
}
