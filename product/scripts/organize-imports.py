#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Keeps the project's Java style that a compiler does not check.

Imports in the project's order (product/eclipse-formatter/cocolaunch.importorder: java, javax, org, com, then the
rest; static imports last; a blank line between groups), no duplicates, none unused; and no fully qualified type
names inline in code (they become imports, unless the simple name is taken by another type in the file).

  organize-imports.py FILE...          rewrite the files
  organize-imports.py --check FILE...  list the files that would change and exit 1 (tests/run does this)
"""
import re
import sys

GROUPS = ["java.", "javax.", "org.", "com."]
FQN = re.compile(r"(?<![\w.\"@])((?:java|javax|org)(?:\.[a-z][a-z0-9_]*)+)\.([A-Z]\w*)")
IMPORT = re.compile(r"^import (static )?[\w.]+(\.\*)?;\s*$")


def group_of(name):
    for i, prefix in enumerate(GROUPS):
        if name.startswith(prefix):
            return i
    return len(GROUPS)


def mask(text):
    """The text with comments and string/char literals blanked (same length), so code can be searched."""
    out = list(text)
    for m in re.finditer(r"//[^\n]*|/\*.*?\*/|\"\"\".*?\"\"\"|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])'", text, re.S):
        for i in range(m.start(), m.end()):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


def same_package_types(path):
    """Simple names of the other types in the file's package folder: an import of such a name would shadow them."""
    import os
    folder = os.path.dirname(os.path.abspath(path))
    return {n[:-5] for n in os.listdir(folder) if n.endswith(".java")}


def inline_fqns(text, local_types=frozenset()):
    lines = text.split("\n")
    header_end = 0
    for i, line in enumerate(lines):
        if line.startswith("package ") or IMPORT.match(line):
            header_end = i + 1
    head = "\n".join(lines[:header_end])
    body = "\n".join(lines[header_end:])
    masked = mask(body)
    imported = {m.group(2): m.group(1) for m in re.finditer(r"^import ([\w.]+)\.(\w+);", head, re.M)}
    declared = set(re.findall(r"\b(?:class|interface|enum|record)\s+(\w+)", masked))
    package = re.search(r"^package ([\w.]+);", head, re.M)
    replacements = []
    for m in FQN.finditer(masked):
        pkg, simple = m.group(1), m.group(2)
        owner = imported.get(simple)
        same_package = package is not None and package.group(1) == pkg
        if simple in declared or (owner is not None and owner != pkg) or (simple in local_types and not same_package):
            continue
        replacements.append((m.start(), m.end(), pkg, simple))
    if not replacements:
        return text
    for start, end, pkg, simple in reversed(replacements):
        body = body[:start] + simple + body[end:]
    new_imports = sorted({f"import {pkg}.{simple};" for _, _, pkg, simple in replacements
                          if not (package and package.group(1) == pkg) and not pkg == "java.lang"})
    insert_at = header_end
    lines = lines[:header_end]
    if not any(IMPORT.match(l) for l in lines):
        lines.append("")
    lines.extend(new_imports)
    return "\n".join(lines) + "\n" + body


def organize(text, local_types=frozenset()):
    text = inline_fqns(text, local_types)
    lines = text.split("\n")
    imports = [i for i, l in enumerate(lines) if IMPORT.match(l)]
    if not imports:
        return text
    first, last = imports[0], imports[-1]
    region = lines[first:last + 1]
    if any(l.strip() and not l.startswith("import ") for l in region):
        return text  # comments between imports: leave the file alone
    body = "\n".join(lines[last + 1:])
    code = mask(body)
    javadoc_refs = set(re.findall(r"[{@]\s*(?:link|linkplain|see|throws|value)\s+([A-Za-z_]\w*)", body))
    words = set(re.findall(r"\b[A-Za-z_]\w*\b", code)) | javadoc_refs
    kept, seen = [], set()
    for l in region:
        if not l.strip():
            continue
        name = l[len("import "):].rstrip().rstrip(";").strip()
        if name in seen:
            continue
        seen.add(name)
        static = name.startswith("static ")
        simple = name.split(".")[-1]
        if simple != "*" and simple not in words:
            continue
        kept.append((static, name))
    out = []
    for static in (False, True):
        names = sorted(n for s, n in kept if s == static)
        if static:
            blocks = [names] if names else []
        else:
            blocks = [[n for n in names if group_of(n) == g] for g in range(len(GROUPS) + 1)]
            blocks = [b for b in blocks if b]
        for b in blocks:
            if out:
                out.append("")
            out.extend("import " + n + ";" for n in b)
    rest = lines[last + 1:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    return "\n".join(lines[:first] + out + [""] + rest)


def main(argv):
    check = "--check" in argv
    changed = []
    for f in [a for a in argv if a != "--check"]:
        text = open(f, encoding="utf-8").read()
        new = organize(text, same_package_types(f))
        if new != text:
            changed.append(f)
            if not check:
                open(f, "w", encoding="utf-8").write(new)
    if check and changed:
        print("organize-imports: imports out of order or type names written out inline (run"
              " product/scripts/organize-imports.py on them):\n  " + "\n  ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
