#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Writes the JSON event log of a dstack quote report as a TCG2 crypto-agile (CCEL) binary, and the quote as bytes.

The JSON lists each event's IMR (0..3 = RTMR0..3), TCG event type, SHA-384 digest and payload; a CCEL record has the
MR index IMR + 1, the type, one SHA-384 digest and the payload as event data (the event name when the payload is
empty). The digests are copied, never recomputed, so replaying the binary gives what the JSON's digests give.

usage: json_to_ccel.py REPORT.json OUT.ccel.bin OUT.quote.bin
"""
import json
import struct
import sys

d = json.load(open(sys.argv[1]))
events = json.loads(d["event_log"])
spec = b"Spec ID Event03\0" + struct.pack("<IBBBBI", 0, 0, 2, 0, 2, 1) + struct.pack("<HH", 0x0C, 48) + b"\0"
out = struct.pack("<II", 1, 3) + bytes(20) + struct.pack("<I", len(spec)) + spec
for e in events:
    data = bytes.fromhex(e["event_payload"]) if e["event_payload"] else e.get("event", "").encode()
    out += struct.pack("<III", e["imr"] + 1, e["event_type"], 1) + struct.pack("<H", 0x0C) + bytes.fromhex(e["digest"])
    out += struct.pack("<I", len(data)) + data
open(sys.argv[2], "wb").write(out + b"\xff" * 16)
open(sys.argv[3], "wb").write(bytes.fromhex(d["quote"]))
