#!/usr/bin/env python3
"""Checks heldback2.tsv against the labelling spec and prints counts (never the messages)."""
import json, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/heldback/intents2/heldback2.tsv"
LANGS = {"en", "id"}
INTENTS = {"report", "status", "agent", "addInfo", "help", "greeting", "cancel"}
KEYS = {"service", "occurredAt", "errorMessage", "userId", "email", "expected", "attempts", "history", "ticket"}
SERVICES = {"Mobile app", "Website", "Payments", "Email", "Account & login"}
TICKET_CHARS = set("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

def ticket_ok(t):
    return len(t) == 10 and t.startswith("HD-") and all(c in TICKET_CHARS for c in t[3:])

problems, texts = [], {}
lang_c, intent_c, field_c, li_c = Counter(), Counter(), Counter(), Counter()
n = 0
with open(PATH, encoding="utf-8") as f:
    for ln, raw in enumerate(f, 1):
        line = raw.rstrip("\n")
        if "\r" in line:
            problems.append((ln, "carriage return"))
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            problems.append((ln, f"{len(cols)} columns")); continue
        lang, intent, text, fjson = cols
        n += 1
        if lang not in LANGS: problems.append((ln, f"bad lang {lang!r}"))
        if intent not in INTENTS: problems.append((ln, f"bad intent {intent!r}"))
        if not text.strip() or text != text.strip(): problems.append((ln, "empty or padded text"))
        key = text.strip().lower()
        if key in texts: problems.append((ln, f"duplicate text of line {texts[key]}"))
        texts[key] = ln
        try:
            fields = json.loads(fjson)
        except json.JSONDecodeError as e:
            problems.append((ln, f"bad JSON: {e}")); continue
        if not isinstance(fields, dict):
            problems.append((ln, "fields not an object")); continue
        for k, v in fields.items():
            if k not in KEYS: problems.append((ln, f"unknown key {k!r}")); continue
            if not isinstance(v, str) or not v.strip(): problems.append((ln, f"{k} not a non-empty string")); continue
            if k == "service":
                if v not in SERVICES: problems.append((ln, f"service {v!r} not canonical"))
            elif v not in text:
                problems.append((ln, f"{k} value not a substring of text"))
            if k == "ticket" and not ticket_ok(v): problems.append((ln, f"invalid ticket {v!r}"))
            if k == "email" and ("@" not in v or " " in v): problems.append((ln, "email does not look like an address"))
            field_c[k] += 1
        # a ticket-shaped token in the text that is not labelled, or a malformed HD- token
        for tok in text.replace(",", " ").replace("?", " ").replace(".", " ").split():
            if tok.upper().startswith("HD-"):
                if not ticket_ok(tok): problems.append((ln, f"malformed ticket token in text"))
                elif fields.get("ticket") != tok: problems.append((ln, "ticket in text but not labelled"))
        if "ticket" in fields and intent not in ("status", "addInfo"):
            problems.append((ln, "ticket labelled on a non status/addInfo line"))
        lang_c[lang] += 1; intent_c[intent] += 1; li_c[(lang, intent)] += 1

print(f"lines: {n}")
print("per language:", dict(lang_c))
print("per intent:", {k: f"{v} ({100*v/n:.1f}%)" for k, v in intent_c.most_common()})
print("per language x intent:")
for lang in sorted(LANGS):
    print(" ", lang, {i: li_c[(lang, i)] for i in sorted(INTENTS)})
print("lines carrying each field:", {k: field_c[k] for k in sorted(KEYS)})
rep = intent_c["report"]
for ln, msg in problems:
    print(f"PROBLEM line {ln}: {msg}")
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
