#!/usr/bin/env python3
"""Checks an intent corpus TSV against /work/briefs/understanding-spec.md and prints its counts.

Usage: python3 check_tuning.py [path-to-tsv] [--samples N]
Exit code 1 when any line breaks the spec (warnings alone do not fail it).
"""
import json
import random
import sys
from collections import Counter

LANGS = {"en", "id"}
INTENTS = ["report", "status", "agent", "addInfo", "help", "greeting", "cancel", "none"]
KEYS = ["service", "occurredAt", "errorMessage", "userId", "email", "expected", "attempts", "history", "ticket"]
SERVICES = {"Mobile app", "Website", "Payments", "Email", "Account & login"}
TICKET_ALPHABET = set("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def valid_ticket(value):
    return len(value) == 10 and value.startswith("HD-") and all(c in TICKET_ALPHABET for c in value[3:])


def ticket_like_tokens(text):
    """Every 'HD-…' token in the text, so unlabelled or malformed ones can be flagged."""
    found = []
    upper = text.upper()
    start = upper.find("HD-")
    while start != -1:
        end = start + 3
        while end < len(text) and text[end].isalnum():
            end += 1
        found.append(text[start:end])
        start = upper.find("HD-", end)
    return found


def email_like_tokens(text):
    out = []
    for raw in text.split():
        token = raw.strip("()<>,;:!?\"'")
        while token.endswith("."):
            token = token[:-1]
        if "@" in token and "." in token.split("@")[-1]:
            out.append(token)
    return out


def longest_digit_run(text):
    best = run = 0
    for c in text:
        if c.isdigit():
            run += 1
            best = max(best, run)
        elif c not in " -":
            run = 0
    return best


def main():
    args = sys.argv[1:]
    samples = 10
    if "--samples" in args:
        i = args.index("--samples")
        samples = int(args[i + 1])
        del args[i:i + 2]
    path = args[0] if args else "/work/heldback/intents/tuning.tsv"

    errors, warnings = [], []
    rows = []
    seen = {}
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        errors.append("file contains CR characters")
    for no, line in enumerate(raw.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"{no}: {len(cols)} columns")
            continue
        lang, intent, text, fields_raw = cols
        where = f"{no} [{text[:50]}]"
        if lang not in LANGS:
            errors.append(f"{where}: bad lang {lang!r}")
        if intent not in INTENTS:
            errors.append(f"{where}: bad intent {intent!r}")
        if not text.strip() or text != text.strip():
            errors.append(f"{where}: empty text or surrounding whitespace")
        try:
            fields = json.loads(fields_raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: fields not JSON ({e})")
            continue
        if not isinstance(fields, dict):
            errors.append(f"{where}: fields not an object")
            continue
        for key, value in fields.items():
            if key not in KEYS:
                errors.append(f"{where}: unknown key {key!r}")
                continue
            if not isinstance(value, str) or not value.strip():
                errors.append(f"{where}: {key} is not a non-empty string")
                continue
            if key == "service":
                if value not in SERVICES:
                    errors.append(f"{where}: service {value!r} not canonical")
            elif value not in text:
                errors.append(f"{where}: {key} {value!r} is not a substring of the text")
            elif value != value.strip():
                errors.append(f"{where}: {key} has surrounding whitespace")
            if key == "ticket" and not valid_ticket(value):
                errors.append(f"{where}: ticket {value!r} invalid")
            if key == "ticket" and intent not in ("status", "addInfo"):
                warnings.append(f"{where}: ticket labelled on a {intent} message")
            if key == "email" and email_like_tokens(value) != [value]:
                errors.append(f"{where}: email {value!r} is not one address")
        for token in ticket_like_tokens(text):
            if not valid_ticket(token):
                warnings.append(f"{where}: malformed ticket-like token {token!r} in text")
            elif fields.get("ticket") != token:
                errors.append(f"{where}: ticket {token!r} in text but not labelled")
        for address in email_like_tokens(text):
            if address not in (fields.get("email"), fields.get("userId")):
                warnings.append(f"{where}: address {address!r} in text but not labelled")
        if longest_digit_run(text) >= 12:
            errors.append(f"{where}: long digit run (card-like number?)")
        key = " ".join(text.lower().split())
        if key in seen:
            errors.append(f"{where}: duplicate text of line {seen[key]}")
        seen[key] = no
        rows.append((lang, intent, text, fields, fields_raw))

    for message in errors:
        print("ERROR", message)
    for message in warnings:
        print("WARN ", message)

    total = len(rows)
    print(f"\n{total} messages in {path}")
    by_lang = Counter(r[0] for r in rows)
    print("per language:", ", ".join(f"{k}={v} ({v / total:.0%})" for k, v in sorted(by_lang.items())))
    print(f"\n{'intent':<10}{'en':>6}{'id':>6}{'all':>6}{'share':>8}")
    for intent in INTENTS:
        en = sum(1 for r in rows if r[1] == intent and r[0] == "en")
        id_ = sum(1 for r in rows if r[1] == intent and r[0] == "id")
        print(f"{intent:<10}{en:>6}{id_:>6}{en + id_:>6}{(en + id_) / total:>8.1%}")
    print(f"\n{'field':<14}{'en':>6}{'id':>6}{'all':>6}")
    for k in KEYS:
        en = sum(1 for r in rows if k in r[3] and r[0] == "en")
        id_ = sum(1 for r in rows if k in r[3] and r[0] == "id")
        print(f"{k:<14}{en:>6}{id_:>6}{en + id_:>6}")
    services = Counter(r[3]["service"] for r in rows if "service" in r[3])
    print("\nservice values:", ", ".join(f"{k}={v}" for k, v in services.most_common()))
    sizes = Counter(min(len(r[3]), 3) for r in rows if r[1] == "report")
    print("report lines by number of fields: 0=%d 1=%d 2=%d 3+=%d" % (sizes[0], sizes[1], sizes[2], sizes[3]))
    words = [len(r[2].split()) for r in rows]
    print(f"words per message: min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}")

    if samples:
        print(f"\n{samples} sample lines:")
        for r in random.Random(12).sample(rows, min(samples, total)):
            print("\t".join((r[0], r[1], r[2], r[4])))
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
