#!/usr/bin/python3
"""Consistency check of heldout-7: labels align with the reports, defects point at existing paragraphs.

- .txt: decoded as UTF-8, else GBK. Every non-empty line must start with the next label's first-10
  text; further labels may continue on the same line (paragraphs run together with spaces), each
  found after whitespace, in order, and the line must hold nothing before the first nor skip a label.
- .docx: each non-empty Word paragraph and each non-empty table cell (row by row, left to right) is a
  unit; labels map one-to-one onto the units, by first-10 text.
- manifest ids = labels files = reports; defects reference existing (id, index) or "-" for the
  whole-report codes; no other finding on a NOT_A_DUTY_REPORT report.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
KINDS = {"achievement", "problem", "plan", "other", "debris"}
SECTIONS = {"achievement", "problem", "plan", "other"}
RULES = {"LENGTH_OVER_LIMIT", "ACHIEVEMENT_SHARE_HIGH", "PROBLEM_SHARE_LOW", "STRUCTURE_MISSING_PART",
         "COLLECTIVE_VOICE", "NO_DATA", "SLOGAN_HEAVY", "PLACEHOLDER_LEFT", "DISGUISED_ACHIEVEMENT",
         "BLAME_OTHERS", "OBJECTIVE_CAUSES_ONLY", "VAGUE_PLAN", "PROBLEM_WITHOUT_PLAN",
         "REQUIRED_TOPIC_MISSING", "REPEATED_PROBLEM", "COMMITMENT_NOT_ADDRESSED",
         "COPIED_FROM_OTHER_REPORT", "SELF_COPY", "NOT_A_DUTY_REPORT", "TEXT_INCOMPLETE"}
WHOLE = {"NOT_A_DUTY_REPORT", "TEXT_INCOMPLETE"}
errors = []


def err(msg):
    errors.append(msg)


def read_labels(rid):
    rows = []
    with open(os.path.join(ROOT, "labels", rid + ".tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n")):
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                err(f"{rid}: label line {n} has {len(parts)} fields")
                continue
            idx, kind, first, sec = parts
            if int(idx) != len(rows):
                err(f"{rid}: label index {idx} out of order")
            if kind not in KINDS or sec not in SECTIONS:
                err(f"{rid}: bad kind/section in row {idx}")
            rows.append((kind, first, sec))
    return rows


def txt_units(path):
    raw = open(path, "rb").read()
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = raw.decode("gbk"), "gbk"
    return [l for l in text.split("\n") if l.strip()], enc


def check_txt(rid, path, labels):
    lines, enc = txt_units(path)
    li = 0
    for ln in lines:
        if li >= len(labels):
            err(f"{rid}: line without label: {ln[:20]}")
            return enc
        first = labels[li][1]
        if not ln.startswith(first):
            err(f"{rid}: line does not start with label {li} {first!r}: {ln[:20]!r}")
            return enc
        pos, li = len(first), li + 1
        # further labels on the same line, each after whitespace
        while li < len(labels):
            nxt = labels[li][1]
            m = re.compile(r"\s+" + re.escape(nxt)).search(ln, pos)
            if not m:
                break
            between = ln[pos:m.start()]
            # the text skipped must not contain a run of 2+ spaces followed by text (an unlabelled paragraph)
            if re.search(r"\S\s{2,}\S", between):
                err(f"{rid}: unlabelled run-together paragraph before label {li}")
            pos, li = m.start() + len(m.group(0)), li + 1
        if re.search(r"\S\s{2,}\S", ln[pos:]) and not ln.startswith("下载"):
            err(f"{rid}: possibly unlabelled run-together paragraph after label {li - 1}: {ln[pos:pos + 30]!r}")
    if li != len(labels):
        err(f"{rid}: {len(labels) - li} labels left over")
    return enc


def docx_units(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            t = Paragraph(el, d).text
            if t.strip():
                out.append(t)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                for cell in row.cells:
                    if cell.text.strip():
                        out.append(cell.text)
    return out


def main():
    manifest = []
    with open(os.path.join(ROOT, "manifest.tsv"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line and not line.startswith("#"):
                p = line.split("\t")
                if len(p) != 8:
                    err(f"manifest row with {len(p)} fields: {p[0]}")
                manifest.append(p)
    ids = [p[0] for p in manifest]
    label_files = sorted(x[:-4] for x in os.listdir(os.path.join(ROOT, "labels")))
    reports = sorted(os.path.splitext(x)[0] for x in os.listdir(os.path.join(ROOT, "reports")))
    if sorted(ids) != label_files or sorted(ids) != reports:
        err(f"id sets differ: manifest {sorted(ids)} labels {label_files} reports {reports}")
    sizes, encs = {}, {}
    for rid in ids:
        labels = read_labels(rid)
        sizes[rid] = len(labels)
        txt = os.path.join(ROOT, "reports", rid + ".txt")
        if os.path.exists(txt):
            encs[rid] = check_txt(rid, txt, labels)
            units, _ = txt_units(txt)
            chars = sum(len(re.sub(r"\s", "", u)) for u in units)
        else:
            units = docx_units(os.path.join(ROOT, "reports", rid + ".docx"))
            encs[rid] = "docx"
            if len(units) != len(labels):
                err(f"{rid}: {len(units)} docx units vs {len(labels)} labels")
            for i, (u, lab) in enumerate(zip(units, labels)):
                if not u.startswith(lab[1]) or lab[1] != u[:10]:
                    err(f"{rid}: docx unit {i} {u[:10]!r} vs label {lab[1]!r}")
            chars = sum(len(re.sub(r"\s", "", u)) for u in units)
        if not 1000 <= chars <= 4000:
            err(f"{rid}: {chars} non-whitespace characters")
        print(f"{rid:32s} {encs[rid]:6s} units={len(labels):3d} chars={chars}")
    seen = {}
    with open(os.path.join(ROOT, "defects.tsv"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            p = line.split("\t")
            if len(p) != 4:
                err(f"defect row with {len(p)} fields: {line}")
                continue
            rid, para, rule, note = p
            if rid not in sizes:
                err(f"defect for unknown id {rid}")
                continue
            if rule not in RULES:
                err(f"unknown rule {rule}")
            if (para == "-") != (rule in WHOLE):
                err(f"{rid}: {rule} with paragraph {para}")
            if para != "-" and not 0 <= int(para) < sizes[rid]:
                err(f"{rid}: paragraph {para} out of range")
            if (rid, para, rule) in seen:
                err(f"duplicate finding {rid} {para} {rule}")
            seen[(rid, para, rule)] = note
    for rid in ids:
        rules = [k[2] for k in seen if k[0] == rid]
        if "NOT_A_DUTY_REPORT" in rules and len(rules) > 1:
            err(f"{rid}: findings beside NOT_A_DUTY_REPORT")
    print(f"{len(seen)} findings")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
