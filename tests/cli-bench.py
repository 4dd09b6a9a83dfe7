#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""The first part of tests/bench: ./cocolaunch as users call it, each figure next to its peer from the same run.

Runs are interleaved (ours, peer, ours, peer, ...) so that both meet the same load, and medians are printed with the
ratio. Wall time, CPU time and peak RSS come from wait4() of each process (./cocolaunch execs the JVM, so its
process is the JVM). Usage: tests/cli-bench.py ROOT TESTDATA [RUNS]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT, TESTDATA = sys.argv[1], sys.argv[2]
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 7
CL = os.path.join(ROOT, "cocolaunch")
SNP_FW = os.path.join(TESTDATA, "firmware/OVMF.amdsev.sid-2026.08.fd")
TDX_FW = os.path.join(TESTDATA, "firmware/OVMF.inteltdx.ms.sid-2026.08.fd")
KERNEL = os.path.join(TESTDATA, "inputs/vmlinuz-6.1.0-56-cloud-amd64")
INITRD = os.path.join(TESTDATA, "inputs/initrd-oracle.cpio.gz")
APPEND = "console=ttyS0 root=/dev/vda1 ro"
GIB = 1 << 30
BIG_ONLY = os.environ.get("BENCH_BIG_ONLY") == "1"  # only the 1 GiB part (tests/bench --big-only)


class SkipBig(Exception):
    pass


def peer_tool():
    """The Python tool sev-snp-measure 0.0.13 as a command prefix, or None."""
    path = os.environ.get("SEV_SNP_MEASURE")
    if path:
        return [sys.executable, path] if path.endswith(".py") else [path]
    found = shutil.which("sev-snp-measure")
    return [found] if found else None


DAEMON_STATE = os.path.join(ROOT, "product/org.cocolaunch.product/target/cli/daemon.state")


def daemon_pid():
    with open(DAEMON_STATE) as f:
        return int(f.read().split()[2])


def process_cpu(pid):
    """CPU seconds (user + system) a running process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(cmd, capture=False):
    """(wall s, cpu s, peak RSS MiB, exit code, stdout) of one run. ./cocolaunch runs without a daemon unless the
    command starts with "DAEMON" (then the daemon's CPU for the command is added to the launcher's; RSS is the
    launcher's); a leading "OSGI" runs it in Equinox."""
    env = dict(os.environ, COCOLAUNCH_DAEMON="0")
    pid = None
    if cmd[0] == "OSGI":
        cmd, env = cmd[1:], dict(env, COCOLAUNCH_OSGI="1")
    elif cmd[0] == "DAEMON":
        cmd, env = cmd[1:], dict(os.environ, COCOLAUNCH_DAEMON="1")
        pid = daemon_pid()
        daemon_before = process_cpu(pid)
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    out = p.stdout.read() if capture else b""
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    cpu = ru.ru_utime + ru.ru_stime
    if pid is not None:
        cpu += process_cpu(pid) - daemon_before
    return wall, cpu, ru.ru_maxrss / 1024, p.returncode, out


def daemon_served():
    out = subprocess.run([CL, "daemon", "status"], capture_output=True, text=True).stdout
    for part in out.split(","):
        if part.strip().endswith("commands run"):
            return int(part.split()[0])
    return 0


def daemon_rss_mib():
    with open(f"/proc/{daemon_pid()}/status") as f:
        for row in f:
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
    return float("nan")


def interleaved(cases, runs):
    """{label: [(wall, cpu, rss, code, out)...]} for cases [(label, cmd)], one warm-up run each first."""
    for _, cmd in cases:
        run(cmd)
    results = {label: [] for label, _ in cases}
    for _ in range(runs):
        for label, cmd in cases:
            results[label].append(run(cmd))
    return results


def med(rs, i):
    return statistics.median(r[i] for r in rs)


def line(label, rs, peer_label=None, peer_rs=None):
    text = f"  {label:44s} {med(rs, 0):6.3f} s wall  {med(rs, 1):6.3f} s CPU  {max(r[2] for r in rs):5.0f} MiB"
    if peer_rs:
        text += f"   peer {peer_label}: {med(peer_rs, 0):6.3f} s wall  {med(peer_rs, 1):6.3f} s CPU" \
                f"  -> {med(rs, 0) / med(peer_rs, 0):.2f} x the peer's wall time"
    print(text, flush=True)


def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def guid_bytes(text):
    """A GUID's on-disk (mixed-endian) bytes."""
    h = text.replace("-", "")
    b = bytes.fromhex(h)
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def write_random(f, size):
    chunk = 16 << 20
    while size > 0:
        n = min(chunk, size)
        f.write(os.urandom(n))
        size -= n


def snp_image(path):
    """1 GiB: random pages with the real AmdSev OVMF at the end (footer table and SEV metadata where QEMU expects
    them), so every page is measured as SNP NORMAL pages and by the SEV SHA-256."""
    with open(path, "wb") as f, open(SNP_FW, "rb") as fw:
        tail = fw.read()
        write_random(f, GIB - len(tail))
        f.write(tail)


def tdx_image(path):
    """1 GiB TDVF image: one MR.EXTEND BFV of 1 GiB - 4 KiB random bytes ending at 4 GiB, a TD_HOB section (QEMU
    needs one) and the OVMF footer table pointing at the TDX metadata, so MRTD covers all but the last page."""
    import struct
    page = 4096
    bfv = GIB - page
    with open(path, "wb") as f:
        write_random(f, bfv)
        tail = bytearray(page)
        tail[0:16] = guid_bytes("e9eaf9f3-168e-44d5-a8eb-7f4d8738f6ae")  # TDVF metadata GUID
        sections = [(0, bfv, (1 << 32) - bfv, bfv, 0, 1),  # BFV, MR.EXTEND
                    (0, 0, 0x809000, 0x2000, 2, 0)]  # TD_HOB, inside the default 128 MiB of RAM
        desc = struct.pack("<IIII", 0x46564454, 16 + 32 * len(sections), 1, len(sections))
        for s in sections:
            desc += struct.pack("<IIQQII", *s)
        tail[16:16 + len(desc)] = desc
        descriptor = bfv + 16
        table_end = page - 0x20
        footer_guid = table_end - 16
        entry_guid = footer_guid - 2 - 16
        entry_data = entry_guid - 2 - 4
        tail[footer_guid:footer_guid + 16] = guid_bytes("96b582de-1fb2-45f7-baea-a366c55a082d")
        tail[footer_guid - 2:footer_guid] = struct.pack("<H", table_end - entry_data)
        tail[entry_guid:entry_guid + 16] = guid_bytes("e47a6535-984a-4798-865e-4685a7bf8ec2")
        tail[entry_guid - 2:entry_guid] = struct.pack("<H", 4 + 2 + 16)
        tail[entry_data:entry_data + 4] = struct.pack("<I", GIB - descriptor)
        f.write(tail)


def openssl_speed(multi):
    """openssl's SHA-384 rate in kB/s for 16 KiB blocks over 2 s, with -multi N processes when N > 1."""
    cmd = ["openssl", "speed", "-seconds", "2", "-bytes", "16384", "-evp", "sha384"]
    if multi > 1:
        cmd[2:2] = ["-multi", str(multi)]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    rows = [ln.split() for ln in out.splitlines() if ln.strip().lower().startswith("sha384")]
    return float(rows[-1][-1].rstrip("k")) if rows else None


def two_core_scaling():
    """Total SHA-384 throughput of two openssl processes over one's, measured now (None without openssl)."""
    try:
        one, two = openssl_speed(1), openssl_speed(2)
    except OSError:
        return None
    return two / one if one and two else None


def big_1gib(big_dir, big_runs):
    """measure --mode snp|sev|tdx of 1 GiB images next to openssl dgst of the same files, with peak RSS."""
    snp_big = os.path.join(big_dir, "OVMF.1GiB.fd")
    tdx_big = os.path.join(big_dir, "TDVF.1GiB.fd")
    snp_image(snp_big)
    tdx_image(tdx_big)
    vcpu = ["--vcpus", "1", "--vcpu-type", "EPYC-v4"]
    cases = [("snp", [CL, "measure", "--mode", "snp"] + vcpu + ["--ovmf", snp_big]),
             ("sev", [CL, "measure", "--mode", "sev", "--ovmf", snp_big]),
             ("tdx", [CL, "measure", "--mode", "tdx", "--ovmf", tdx_big]),
             ("snp-small", [CL, "measure", "--mode", "snp"] + vcpu + ["--ovmf", SNP_FW]),
             ("sev-small", [CL, "measure", "--mode", "sev", "--ovmf", SNP_FW]),
             ("tdx-small", [CL, "measure", "--mode", "tdx", "--ovmf", TDX_FW]),
             ("sha384", ["openssl", "dgst", "-sha384", snp_big]),
             ("sha256", ["openssl", "dgst", "-sha256", snp_big]),
             ("sha384-tdx", ["openssl", "dgst", "-sha384", tdx_big])]
    peer = peer_tool()
    if peer:
        cases.append(("peer", peer + ["--mode", "snp"] + vcpu + ["--ovmf", snp_big]))
    print(f"== 1 GiB images (SNP/SEV: random pages + the 4 MiB AmdSev OVMF at the end; TDX: a TDVF whose MR.EXTEND BFV"
          f" is 1 GiB - 4 KiB; median of {big_runs}, interleaved; load average {load()})")
    r = interleaved(cases, big_runs)
    for mode in ("snp", "sev", "tdx"):
        codes = {x[3] for x in r[mode]} | {x[3] for x in r[mode + "-small"]}
        if codes != {0}:
            print(f"  measure --mode {mode}: EXIT CODES {sorted(codes)} (expected 0)")
    rates = {}
    for k in ("sha384", "sha256", "sha384-tdx"):
        rates[k] = GIB / 1e6 / med(r[k], 0)
        print(f"  openssl dgst -{k.split('-')[0]:6s} {os.path.basename(snp_big if k != 'sha384-tdx' else tdx_big):14s}"
              f"        {med(r[k], 0):6.3f} s wall  {med(r[k], 1):6.3f} s CPU  peak RSS {max(x[2] for x in r[k]):5.0f} MiB"
              f"  = {rates[k]:6.0f} MB/s")
    small_size = {"snp": os.path.getsize(SNP_FW), "sev": os.path.getsize(SNP_FW), "tdx": os.path.getsize(TDX_FW)}
    peers = {"snp": ["sha384"], "sev": ["sha384", "sha256"], "tdx": ["sha384-tdx"]}
    for mode in ("snp", "sev", "tdx"):
        start_up = med(r[mode + "-small"], 0)
        work = med(r[mode], 0) - start_up
        rate = (GIB - small_size[mode]) / 1e6 / work if work > 0 else float("inf")
        ratios = ", ".join(f"{rate / rates[p]:.2f} x openssl {p.split('-')[0]}" for p in peers[mode])
        print(f"  measure --mode {mode} (1 GiB)              {med(r[mode], 0):6.3f} s wall  {med(r[mode], 1):6.3f} s CPU  "
              f"peak RSS {max(x[2] for x in r[mode]):5.0f} MiB; after start-up ({start_up:.3f} s, the 4 MiB case) "
              f"{rate:6.0f} MB/s = {ratios}")
    two = two_core_scaling()
    if two:
        print(f"  (what two cores give SHA-384 here now: openssl speed -multi 2 hashes {two:.2f} x what one process does;"
              " SNP's second thread can add at most that)")
    if peer:
        line("sev-snp-measure --mode snp (1 GiB)", r["peer"])
        print(f"  -> ./cocolaunch measure --mode snp takes {med(r['snp'], 0) / med(r['peer'], 0):.2f} x the "
              "Python tool's wall time on 1 GiB")


def main():
    peer = peer_tool()
    run([CL, "--version"])  # builds the product and prepares the fast launch if needed
    if BIG_ONLY:
        big_dir = tempfile.mkdtemp(prefix="cocolaunch-bench-")
        try:
            big_1gib(big_dir, int(os.environ.get("BENCH_BIG_RUNS", "3")))
        finally:
            shutil.rmtree(big_dir, ignore_errors=True)
        return
    print(f"== ./cocolaunch as users call it (median of {RUNS}, interleaved with the peer; load average {load()})")
    if peer is None:
        print("  (no peer: set SEV_SNP_MEASURE=path/to/sev-snp-measure.py or put sev-snp-measure on PATH)")

    drop_in = ["measure", "--mode", "snp", "--vcpus", "4", "--vcpu-type", "EPYC-v4", "--ovmf", SNP_FW,
               "--kernel", KERNEL, "--initrd", INITRD, "--append", APPEND]
    cases = [("ours", [CL] + drop_in), ("osgi", ["OSGI", CL] + drop_in)]
    if peer:
        cases.append(("peer", peer + drop_in[1:]))
    r = interleaved(cases, RUNS)
    line("measure --mode snp --vcpus 4 (drop-in case)", r["ours"], "sev-snp-measure 0.0.13", r.get("peer"))
    line("  the same in the OSGi launch (COCOLAUNCH_OSGI=1)", r["osgi"], "sev-snp-measure 0.0.13", r.get("peer"))
    if peer:
        a, b = run([CL] + drop_in, True)[4], run(peer + drop_in[1:], True)[4]
        print("  " + ("same stdout as the peer" if a == b else f"STDOUT DIFFERS: {a!r} vs {b!r}"))

    cases = [("version", [CL, "--version"]), ("help", [CL, "help"])]
    if peer:
        cases += [("peer-version", peer + ["--version"]), ("peer-help", peer + ["--help"])]
    r = interleaved(cases, RUNS)
    line("--version", r["version"], "--version", r.get("peer-version"))
    line("help", r["help"], "--help", r.get("peer-help"))

    # The daemon (./cocolaunch daemon start): one warm JVM that later commands run in.
    subprocess.run([CL, "daemon", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([CL, "daemon", "start", "10"], check=True, stdout=subprocess.DEVNULL)
    try:
        served_before = daemon_served()
        cases = [("d-measure", ["DAEMON", CL] + drop_in), ("d-version", ["DAEMON", CL, "--version"])]
        if peer:
            cases += [("peer", peer + drop_in[1:]), ("peer-version", peer + ["--version"])]
        r = interleaved(cases, RUNS)
        print(f"== the same through ./cocolaunch daemon (a warm JVM started once by ./cocolaunch daemon start; the"
              f" daemon's CPU for each command is added to the launcher's; load average {load()})")
        line("measure --mode snp --vcpus 4 (drop-in case)", r["d-measure"], "sev-snp-measure 0.0.13", r.get("peer"))
        if peer:
            a, b = run(["DAEMON", CL] + drop_in, True)[4], run(peer + drop_in[1:], True)[4]
            print("  " + ("same stdout as the peer" if a == b else f"STDOUT DIFFERS: {a!r} vs {b!r}"))
        line("--version", r["d-version"], "--version", r.get("peer-version"))
        ran = daemon_served() - served_before
        expected = 2 * (RUNS + 1) + (1 if peer else 0)
        print(f"  (the daemon ran {ran} of the {expected} commands; its resident size now "
              f"{daemon_rss_mib():.0f} MiB)")
    finally:
        subprocess.run([CL, "daemon", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    big_runs = int(os.environ.get("BENCH_BIG_RUNS", "3"))  # 0 leaves the 1 GiB part out
    big_dir = tempfile.mkdtemp(prefix="cocolaunch-bench-")
    try:
        if big_runs <= 0:
            raise SkipBig()
        big_1gib(big_dir, big_runs)
    except SkipBig:
        print("== 1 GiB firmware image: left out (BENCH_BIG_RUNS=0)")
    finally:
        shutil.rmtree(big_dir, ignore_errors=True)

    print(f"== explain over the default SNP space (4 MiB OVMF, no match: the whole space is searched; load "
          f"average {load()})")
    r = interleaved([("explain", [CL, "explain", "--expected", "00" * 48, "--ovmf", SNP_FW])], 3)
    cores = med(r["explain"], 1) / med(r["explain"], 0)
    line("explain --expected 00…00 --ovmf OVMF", r["explain"])
    print(f"  ({cores:.1f} cores busy on average; exit code {r['explain'][0][3]}, 1 = no configuration matches)")


def first_window_seconds(cmd, title, env, timeout=180.0):
    """Seconds from starting cmd until a top-level window titled `title` is mapped (X display in env); then the
    window is closed through the window manager, as a user closes it, so the workbench saves its state and its
    extension registry cache like after any session. None when no window came."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    seen = None
    while time.perf_counter() - start < timeout and p.poll() is None:
        out = subprocess.run(["wmctrl", "-l"], env=env, capture_output=True, text=True).stdout
        if any(title in row for row in out.splitlines()):
            seen = time.perf_counter() - start
            break
        time.sleep(0.02)
    subprocess.run(["wmctrl", "-c", title], env=env, capture_output=True)
    try:
        p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    return seen


BARE_SWT = """
import org.eclipse.swt.widgets.*;
public class BareSwtWindow {
    public static void main(String[] a) {
        Display d = new Display(); Shell s = new Shell(d); s.setText("Bare SWT window"); s.setSize(400, 300); s.open();
        while (!s.isDisposed()) { if (!d.readAndDispatch()) d.sleep(); }
        d.dispose();
    }
}
"""


def workbench(runs):
    """The workbench's first window after ./cocolaunch on a warm machine (after one start that warms the disk cache
    and leaves the registry cache), next to a bare SWT window started by the same JVM: what any SWT program pays."""
    missing = [t for t in ("Xvfb", "wmctrl", "metacity") if shutil.which(t) is None]
    if missing:
        print(f"== workbench first window: left out ({', '.join(missing)} missing; apt-get install -y xvfb wmctrl "
              "metacity)")
        return
    display = f":{os.getpid() % 400 + 100}"
    work = tempfile.mkdtemp(prefix="cocolaunch-bench-wb-")
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wm = None
    try:
        time.sleep(1.0)
        env = dict(os.environ, DISPLAY=display, COCOLAUNCH_WORKSPACE=os.path.join(work, "workspace"))
        env.pop("WAYLAND_DISPLAY", None)
        wm = subprocess.Popen(["metacity", "--sm-disable", "--replace"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        plugins = os.path.join(ROOT, "product/org.cocolaunch.product/target/products/org.cocolaunch.product/linux"
                               "/gtk/x86_64/plugins")
        swt = [os.path.join(plugins, f) for f in os.listdir(plugins) if f.startswith("org.eclipse.swt")
               and not f.startswith("org.eclipse.swt.svg") and f.endswith(".jar")]
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
        src = os.path.join(work, "BareSwtWindow.java")
        with open(src, "w") as f:
            f.write(BARE_SWT)
        cp = ":".join(swt)
        subprocess.run([os.path.join(os.environ["JAVA_HOME"], "bin", "javac"), "-cp", cp, "-d", work, src],
                       check=True, capture_output=True)
        bare = [java, "-cp", cp + ":" + work, "BareSwtWindow"]
        first = first_window_seconds([CL], "CoCo Launch Workbench", env)  # cold: first start of this workspace
        ours, peer = [], []
        for _ in range(runs):
            ours.append(first_window_seconds([CL], "CoCo Launch Workbench", env))
            peer.append(first_window_seconds(bare, "Bare SWT window", env))
        print(f"== workbench first window after ./cocolaunch (median of {runs} warm starts after one first start, "
              f"interleaved with a bare SWT window; load average {load()})")
        if None in ours or None in peer or first is None:
            print("  no window appeared within the time limit")
            return
        print(f"  ./cocolaunch (workbench)                    {statistics.median(ours):6.3f} s to the first window "
              f"(first start of a new workspace {first:.3f} s)   peer: a bare SWT window, same JVM "
              f"{statistics.median(peer):6.3f} s  -> {statistics.median(ours) / statistics.median(peer):.2f} x")
    finally:
        if wm:
            wm.kill()
        xvfb.kill()
        shutil.rmtree(work, ignore_errors=True)


main()
if not BIG_ONLY and os.environ.get("BENCH_WORKBENCH_RUNS", "3") != "0":
    workbench(int(os.environ.get("BENCH_WORKBENCH_RUNS", "3")))
