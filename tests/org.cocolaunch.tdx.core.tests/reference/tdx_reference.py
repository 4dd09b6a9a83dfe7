#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Independent reference for TDX launch values, used by the Java tests as an oracle.

Written from the algorithm text only (shared docs/domain-reference.md sections 3.3.1-3.3.3; QEMU
hw/i386/tdvf.c, hw/i386/tdvf-hob.c, hw/i386/pc_q35.c, target/i386/kvm/tdx.c; UEFI PI spec vol. 3 HOB layouts);
it shares no code with the workbench.

usage: tdx_reference.py IMAGE MEM_BYTES [MEM_BYTES ...]
prints tab-separated lines:
  mrtd-single HEX / mrtd-two-pass HEX / cfv HEX|- / td_hob MEM HEX (one per memory size)
"""
import hashlib
import struct
import sys
import uuid

PAGE = 4096


def guid_at(img, at):
    return str(uuid.UUID(bytes_le=bytes(img[at:at + 16])))


def footer_entries(img):
    # the GUIDed table ends 0x20 bytes before the image end with GUID 96b582de-...; u16 total length before it
    end = len(img) - 0x20
    if guid_at(img, end - 16) != "96b582de-1fb2-45f7-baea-a366c55a082d":
        raise SystemExit("no OVMF footer table")
    total = struct.unpack_from("<H", img, end - 18)[0]
    start = end - total
    entries = {}
    pos = end - 18
    while pos > start:
        g = guid_at(img, pos - 16)
        n = struct.unpack_from("<H", img, pos - 18)[0]
        entries.setdefault(g, (pos - n, n - 18))
        pos -= n
    return entries


def sections(img):
    off, _ = footer_entries(img)["e47a6535-984a-4798-865e-4685a7bf8ec2"]
    desc = len(img) - struct.unpack_from("<I", img, off)[0]
    sig, length, version, count = struct.unpack_from("<IIII", img, desc)
    assert sig == 0x46564454 and version == 1 and length == 16 + 32 * count
    out = []
    for i in range(count):
        data_off, raw, gpa, size, typ, attr = struct.unpack_from("<IIQQII", img, desc + 16 + 32 * i)
        out.append(dict(data_off=data_off, raw=raw, gpa=gpa, size=size, type=typ, attr=attr))
    return out


def block(tag, gpa):
    b = bytearray(128)
    b[0:len(tag)] = tag
    b[16:24] = struct.pack("<Q", gpa)
    return bytes(b)


def memory_of(img, s):
    data = img[s["data_off"]:s["data_off"] + s["raw"]]
    return data + bytes(s["size"] - len(data))


def mrtd(img, secs, two_pass):
    h = hashlib.sha384()
    for s in secs:
        mem = memory_of(img, s)
        pages = range(s["gpa"], s["gpa"] + s["size"], PAGE)
        extend = s["attr"] & 1

        def extend_page(gpa):
            for c in range(0, PAGE, 256):
                h.update(block(b"MR.EXTEND", gpa + c))
                o = gpa - s["gpa"] + c
                h.update(mem[o:o + 256])

        if two_pass:
            for gpa in pages:
                h.update(block(b"MEM.PAGE.ADD", gpa))
            if extend:
                for gpa in pages:
                    extend_page(gpa)
        else:
            for gpa in pages:
                h.update(block(b"MEM.PAGE.ADD", gpa))
                if extend:
                    extend_page(gpa)
    return h.hexdigest()


def e820_ram(mem):
    # q35: with >= 0xB0000000 bytes of RAM only 2 GiB stay low, otherwise up to 0xB0000000; the rest at 4 GiB
    low_cap = 0x80000000 if mem >= 0xB0000000 else 0xB0000000
    low = min(mem, low_cap)
    ram = [[0, low]]
    if mem > low:
        ram.append([1 << 32, mem - low])
    return ram


def td_hob(secs, mem):
    # QEMU: every RAM range starts unaccepted; each TD_HOB / TempMem section is cut out as "added" memory
    ranges = [(a, n, False) for a, n in e820_ram(mem)]
    for s in secs:
        if s["type"] not in (2, 3):
            continue
        a, n = s["gpa"], s["size"]
        for i, (ra, rn, added) in enumerate(ranges):
            if ra <= a and a + n <= ra + rn and not added:
                pieces = [(a, n, True)]
                if a > ra:
                    pieces.append((ra, a - ra, False))
                if a + n < ra + rn:
                    pieces.append((a + n, ra + rn - a - n, False))
                ranges[i:i + 1] = pieces
                break
        else:
            raise SystemExit("section outside RAM")
    ranges.sort(key=lambda r: r[0])
    hob_gpa = next(s["gpa"] for s in secs if s["type"] == 2)
    # PHIT (type 1, 56 bytes), resource descriptors (type 3, 48 bytes), end of list (type 0xFFFF, 8 bytes)
    total = 56 + 48 * len(ranges) + 8
    out = struct.pack("<HHI", 1, 56, 0) + struct.pack("<II", 9, 0) + bytes(32) + struct.pack("<Q", hob_gpa + total)
    for a, n, added in ranges:
        rtype = 0 if added else 7  # EFI_RESOURCE_SYSTEM_MEMORY / EFI_RESOURCE_MEMORY_UNACCEPTED
        out += struct.pack("<HHI", 3, 48, 0) + bytes(16) + struct.pack("<IIQQ", rtype, 7, a, n)
    # firmware measures everything before the end-of-list header
    return hashlib.sha384(out).hexdigest()


def main():
    img = open(sys.argv[1], "rb").read()
    secs = sections(img)
    print("mrtd-single\t" + mrtd(img, secs, False))
    print("mrtd-two-pass\t" + mrtd(img, secs, True))
    cfv = [s for s in secs if s["type"] == 1]
    print("cfv\t" + (hashlib.sha384(img[cfv[0]["data_off"]:cfv[0]["data_off"] + cfv[0]["raw"]]).hexdigest() if cfv else "-"))
    for m in sys.argv[2:]:
        print("td_hob\t%s\t%s" % (m, td_hob(secs, int(m, 0))))


if __name__ == "__main__":
    main()
