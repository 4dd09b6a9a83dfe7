#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Independent reference for the RTMR1 kernel digest, used by the Java tests as an oracle.

Written from the Authenticode PE image-hash description (Microsoft "Windows Authenticode Portable Executable
Signature Format") and from QEMU's x86 Linux loader as described in the workbench's domain notes (fields written up
to QEMU 10.1, none from 10.2 on for confidential guests); shares no code with the workbench.

usage: kernel_reference.py KERNEL CMDLINE INITRD_SIZE|-1 MEM_BYTES
prints: unpatched HEX / patched HEX
"""
import hashlib
import struct
import sys


def authenticode_sha384(img):
    pe = struct.unpack_from("<I", img, 0x3C)[0]
    nsec = struct.unpack_from("<H", img, pe + 6)[0]
    optsize = struct.unpack_from("<H", img, pe + 20)[0]
    opt = pe + 24
    magic = struct.unpack_from("<H", img, opt)[0]
    ndir_at = opt + (108 if magic == 0x20B else 92)
    ndirs = struct.unpack_from("<I", img, ndir_at)[0]
    hdrsize = struct.unpack_from("<I", img, opt + 60)[0]
    cksum = opt + 64
    h = hashlib.sha384()
    h.update(img[:cksum])
    cert_size = 0
    if ndirs > 4:
        cert_dir = ndir_at + 4 + 4 * 8
        h.update(img[cksum + 4:cert_dir])
        h.update(img[cert_dir + 8:hdrsize])
        cert_size = struct.unpack_from("<I", img, cert_dir + 4)[0]
    else:
        h.update(img[cksum + 4:hdrsize])
    secs = []
    for i in range(nsec):
        s = opt + optsize + 40 * i
        raw_size, raw_ptr = struct.unpack_from("<II", img, s + 16)
        if raw_size:
            secs.append((raw_ptr, raw_size))
    done = hdrsize
    for ptr, size in sorted(secs):
        h.update(img[ptr:ptr + size])
        done += size
    if len(img) > done + cert_size:
        h.update(img[done:len(img) - cert_size])
    return h.hexdigest()


def below_4g(mem):
    low = 0x80000000 if mem >= 0xB0000000 else 0xB0000000
    return min(mem, low)


def qemu_patch(img, cmdline, initrd_size, mem):
    k = bytearray(img)
    proto = struct.unpack_from("<H", k, 0x206)[0] if k[0x202:0x206] == b"HdrS" else 0
    if proto == 0:
        return bytes(k)
    high = proto >= 0x202 and (k[0x211] & 1)
    if high:
        real, cmd_addr = 0x10000, 0x20000
    else:
        real, cmd_addr = 0x90000, 0x9A000 - ((len(cmdline.encode()) + 16) & ~15)
    if proto >= 0x20C and struct.unpack_from("<H", k, 0x236)[0] & 2:
        initrd_max = 0xFFFFFFFF
    elif proto >= 0x203:
        initrd_max = struct.unpack_from("<I", k, 0x22C)[0]
    else:
        initrd_max = 0x37FFFFFF
    acpi = 0x28000
    if initrd_max >= below_4g(mem) - acpi:
        initrd_max = below_4g(mem) - acpi - 1
    if proto >= 0x202:
        struct.pack_into("<I", k, 0x228, cmd_addr)
    if "vga=" in cmdline:
        raise SystemExit("vga= not modelled by this reference")
    if proto >= 0x200:
        k[0x210] = 0xB0
    if proto >= 0x201:
        k[0x211] |= 0x80
        struct.pack_into("<H", k, 0x224, cmd_addr - real - 0x200)
    if initrd_size >= 0:
        struct.pack_into("<II", k, 0x218, (initrd_max - initrd_size) & ~4095, initrd_size)
    return bytes(k)


def main():
    img = open(sys.argv[1], "rb").read()
    cmdline, initrd_size, mem = sys.argv[2], int(sys.argv[3]), int(sys.argv[4], 0)
    print("unpatched\t" + authenticode_sha384(img))
    print("patched\t" + authenticode_sha384(qemu_patch(img, cmdline, initrd_size, mem)))


if __name__ == "__main__":
    main()
