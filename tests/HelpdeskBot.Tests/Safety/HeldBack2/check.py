#!/usr/bin/env python3
"""Extract heldback2.tsv from scenes.md and check the set's own rules (counts, labels, Luhn)."""
import re, sys, collections

KINDS = {"card", "password", "pin", "otp", "cvv"}
LINE = re.compile(r"^- \[([a-z,]+)\|(en|id)\] (.+)$")

def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19): return "visa"
    if n == 16 and 51 <= int(d[:2]) <= 55: return "mastercard"
    if n == 16 and 2221 <= int(d[:4]) <= 2720: return "mastercard"
    if n == 15 and d[:2] in ("34", "37"): return "amex"
    if n == 16 and 3528 <= int(d[:4]) <= 3589: return "jcb"
    if n == 16 and (d[:4] == "6011" or d[:2] == "65"): return "discover"
    return None

def digit_runs(text):
    """Digit runs where groups may be joined by one space or dash."""
    runs, cur, i = [], "", 0
    while i < len(text):
        c = text[i]
        if c.isdigit():
            cur += c
        elif c in " -" and cur and i + 1 < len(text) and text[i + 1].isdigit():
            pass
        else:
            if cur: runs.append(cur)
            cur = ""
        i += 1
    if cur: runs.append(cur)
    return runs

SAID_AS = ["imei", "rekening", "virtual account", "nik", " kk", "resi", "nim", "transaksi", "referensi",
           "folio", "pengaduan", "kartu peserta", "token listrik", "tracking", "order", "invoice"]

rows, errors, scene_sizes, scene = [], [], collections.Counter(), None
for n, raw in enumerate(open("scenes.md", encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if raw.startswith("## "): scene = raw; continue
    if not raw.startswith("- ["): continue
    m = LINE.match(raw)
    if not m: errors.append(f"line {n}: bad format"); continue
    kinds, lang, msg = m.groups()
    ks = kinds.split(",")
    if kinds != "none" and not set(ks) <= KINDS: errors.append(f"line {n}: bad kinds {kinds}")
    if "\t" in msg: errors.append(f"line {n}: tab in message")
    scene_sizes[scene] += 1
    rows.append((kinds, lang, msg, n))

for sc, k in scene_sizes.items():
    if not 8 <= k <= 10: errors.append(f"{sc}: {k} messages")

for kinds, lang, msg, n in rows:
    runs = [r for r in digit_runs(msg) if 13 <= len(r) <= 19]
    valid = [r for r in runs if luhn(r) and issuer(r)]
    if "card" in kinds.split(","):
        if not valid: errors.append(f"line {n}: card label but no Luhn-valid issuer number")
    else:
        low = msg.lower()
        for r in runs:
            if luhn(r) and not any(w in low for w in SAID_AS):
                errors.append(f"line {n}: negative has Luhn-valid run not said as what it is")

msgs = collections.Counter(m for _, _, m, _ in rows)
for m, c in msgs.items():
    if c > 1: errors.append(f"duplicate message x{c}")

with open("heldback2.tsv", "w", encoding="utf-8", newline="\n") as f:
    for kinds, lang, msg, _ in rows:
        f.write(f"{kinds}\t{lang}\t{msg}\n")

total = len(rows)
none = sum(1 for r in rows if r[0] == "none")
per = collections.Counter()
for kinds, lang, _, _ in rows:
    for k in kinds.split(","): per[(k, lang)] += 1
langs = collections.Counter(r[1] for r in rows)
print(f"scenes {len(scene_sizes)}  lines {total}  none {none} ({100*none/total:.1f}%)  en {langs['en']}  id {langs['id']}")
print(f"multi-kind lines {sum(1 for r in rows if ',' in r[0])}")
for k in ["none", "card", "password", "pin", "otp", "cvv"]:
    print(f"  {k:9s} en {per[(k,'en')]:3d}  id {per[(k,'id')]:3d}  total {per[(k,'en')]+per[(k,'id')]:3d}")
if total < 330: errors.append("fewer than 330 lines")
if none / total < 0.45: errors.append("none below 45%")
for k in KINDS:
    for l in ("en", "id"):
        if per[(k, l)] == 0: errors.append(f"class {k} missing in {l}")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
