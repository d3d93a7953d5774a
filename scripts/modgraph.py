#!/usr/bin/env python3
"""Prints the module graph of each crate of the workspace and fails on a cycle.

An edge A -> B means that module A's code (tests excluded) names an item of
module B through a `crate::` or `super::` path. A name that a module only
re-exports (`pub use b::Item`) leads to the module that defines it, so
`use crate::Statement` in a child is an edge to `record`, not to the root,
and so does `crate::Lang::Fr`; a `#[macro_export]` macro, which Rust places at
the crate root, leads to the module that defines it.

    python3 scripts/modgraph.py            # every crate under crates/
    python3 scripts/modgraph.py --dot      # Graphviz output
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_BLOCK = re.compile(r"#\[cfg\(test\)\]\s*(pub\s+)?mod\s+\w+\s*\{")
USE = re.compile(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", re.S)
INLINE = re.compile(r"\b((?:crate|super)(?:::\w+)+)")
MOD = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", re.M)
MACRO_EXPORT = re.compile(r"#\[macro_export\](?:\s*#\[[^\]]*\])*\s*macro_rules!\s*(\w+)")


def strip_tests(text):
    """Removes `#[cfg(test)] mod x { ... }` blocks and `mod x;` lines, and comments."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"#\[cfg\(test\)\]\s*(pub\s+)?mod\s+\w+\s*;", "", text)
    while (m := TEST_BLOCK.search(text)) is not None:
        depth, i = 1, m.end()
        while depth and i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        text = text[: m.start()] + text[i:]
    return text


def expand(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e] (aliases dropped)."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+\w+", "", tree))
    brace = tree.find("{")
    if brace < 0:
        return [tree]
    prefix, inner = tree[:brace], tree[brace + 1 : tree.rfind("}")]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner + ","):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            if inner[start:i]:
                parts.append(inner[start:i])
            start = i + 1
    return [p for part in parts for p in expand(prefix + part)]


def modules(src):
    """Maps each module path (tuple) of a crate to its file."""
    found = {}

    def walk(path, file):
        found[path] = file
        text = strip_tests(file.read_text())
        here = file.parent if file.name in ("lib.rs", "main.rs", "mod.rs") else file.with_suffix("")
        for name in MOD.findall(text):
            for child in (here / f"{name}.rs", here / name / "mod.rs"):
                if child.exists():
                    walk(path + (name,), child)

    for top in ("lib.rs", "main.rs"):
        if (src / top).exists():
            walk((), src / top)
    return found


def graph(src):
    mods = modules(src)
    texts = {m: strip_tests(f.read_text()) for m, f in mods.items()}
    reexports = {}
    for m, text in texts.items():
        for vis, tree in USE.findall(text):
            if vis:
                for path in expand(tree):
                    reexports.setdefault(m, {})[path.split("::")[-1]] = (m, path)
        # `#[macro_export]` puts a macro at the crate root; it belongs to its module.
        for macro in MACRO_EXPORT.findall(text):
            reexports.setdefault((), {})[macro] = (m, "self")

    def resolve(m, path, seen=()):
        segs = path.split("::")
        cur = m
        for i, seg in enumerate(segs):
            if seg == "crate":
                cur = ()
            elif seg == "super":
                cur = cur[:-1]
            elif seg == "self":
                pass
            elif cur + (seg,) in mods:
                cur = cur + (seg,)
            else:
                # An item (or an item's associated name, `Lang::Fr`) re-exported here.
                origin = reexports.get(cur, {}).get(seg)
                if origin and origin not in seen:
                    return resolve(origin[0], origin[1], seen + (origin,))
                return cur
        return cur

    edges = set()
    for m, text in texts.items():
        paths = [p for _, tree in USE.findall(text) for p in expand(tree)]
        paths += INLINE.findall(text)
        for child in (c for c in mods if c[:-1] == m and c != m):
            if re.search(rf"(?<![\w:]){child[-1]}::", text):
                paths.append("self::" + child[-1])
        for path in paths:
            if path.split("::")[0] not in ("crate", "super", "self"):
                continue
            target = resolve(m, path)
            if target != m:
                edges.add((m, target))
    return mods, edges


def cycles(mods, edges):
    """Strongly connected components with more than one module (Tarjan)."""
    adj = {m: sorted(b for a, b in edges if a == m) for m in mods}
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in adj[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    for m in mods:
        if m not in index:
            visit(m)
    return out


def name(crate, m):
    return crate + ("::" + "::".join(m) if m else "")


def main():
    dot = "--dot" in sys.argv
    failed = False
    if dot:
        print("digraph modules {")
    for src in sorted(ROOT.glob("crates/*/src")):
        crate = src.parent.name.replace("-", "_")
        mods, edges = graph(src)
        for a, b in sorted(edges):
            print(f'  "{name(crate, a)}" -> "{name(crate, b)}";' if dot else f"{name(crate, a)} -> {name(crate, b)}")
        for comp in cycles(mods, edges):
            failed = True
            print("cycle: " + " <-> ".join(name(crate, m) for m in sorted(comp)), file=sys.stderr)
    if dot:
        print("}")
    if failed:
        sys.exit(1)
    print("no module cycles", file=sys.stderr)


if __name__ == "__main__":
    main()
