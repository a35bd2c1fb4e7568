#!/usr/bin/env python3
"""Held-back corpus for HelpdeskBot's secret guard (issue 13).

Writes heldback.tsv next to this file: `kinds<TAB>lang<TAB>message`, kinds = `none` or a comma list of
card,password,pin,otp,cvv in that order. Standard library only; seeded, so every run writes the same file.

The vocabulary and templates here were written from how people type into support chats, app-store reviews,
forum posts and WhatsApp messages to a bank's CS, in English and in Indonesian chat style. They were written
without looking at the guard's code, corpus or tests, so the file measures how the guard generalises.

Labels are by meaning: a message is positive only when it gives the value of a secret. Each message is checked
after it is written (see `verify`): every card number placed in a positive is Luhn-valid with a real issuer
prefix and really appears in the text; no negative (and no positive that is not about a card) contains any
13-19 digit run - joined across the separators people use - that passes Luhn, except IMEIs and NIKs said as
such, which are kept on purpose as the hardest innocent look-alikes. Failing messages are redrawn.
"""

import os
import random
import sys
import unicodedata

SEED = 1313
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldback.tsv")

ORDER = ["card", "password", "pin", "otp", "cvv"]
ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

# ----------------------------------------------------------------------------------------------------------
# digits, Luhn, issuers


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = ord(ch) - 48
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_finish(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def issuer_ok(d):
    """Real issuer prefix with a length that issuer uses."""
    n = len(d)
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if d.startswith("6011") or p2 == 65:
        return 16 <= n <= 19
    if p2 == 62:
        return 16 <= n <= 19
    return False


def brand_of(d):
    p2, p4 = int(d[:2]), int(d[:4])
    if p2 in (34, 37):
        return "amex"
    if 3528 <= p4 <= 3589:
        return "jcb"
    if d.startswith("6011") or p2 == 65:
        return "discover"
    if p2 == 62:
        return "unionpay"
    if d[0] == "4":
        return "visa"
    return "mastercard"


BRANDS = {
    "visa": ("Visa", lambda: "4" + R.choice(["", "5", "1", "8", "0", "9"]), [16, 16, 16, 16, 16, 13]),
    "mastercard": ("Mastercard", lambda: R.choice(["51", "52", "53", "54", "55", str(R.randint(2221, 2720))]), [16]),
    "amex": ("Amex", lambda: R.choice(["34", "37"]), [15]),
    "jcb": ("JCB", lambda: str(R.randint(3528, 3589)), [16]),
    "discover": ("Discover", lambda: R.choice(["6011", "65"]), [16]),
    "unionpay": ("UnionPay", lambda: "62" + R.choice(["22", "40", "12", "28"]), [16, 16, 19]),
}
BRAND_WEIGHTS = [("visa", 30), ("mastercard", 28), ("amex", 10), ("jcb", 12), ("discover", 9), ("unionpay", 11)]


def new_card(brand=None):
    if brand is None:
        brand = R.choices([b for b, _ in BRAND_WEIGHTS], [w for _, w in BRAND_WEIGHTS])[0]
    _, prefix, lengths = BRANDS[brand]
    p = prefix()
    n = R.choice(lengths)
    d = luhn_finish(p + digits(n - len(p) - 1))
    assert luhn_ok(d) and issuer_ok(d), d
    return brand, d


def group(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def format_card(d):
    n = len(d)
    if n == 15:
        sizes = R.choice([[4, 6, 5], [4, 6, 5], [4, 4, 4, 3]])
    elif n == 13:
        sizes = [4, 4, 5]
    elif n == 19:
        sizes = R.choice([[4, 4, 4, 4, 3], [6, 13]])
    else:
        sizes = [4, 4, 4, 4]
    parts = group(d, sizes)
    style = R.choices(
        ["space", "dash", "none", "dspace", "dot", "mixed", "half", "nbsp", "spdash"],
        [27, 16, 14, 8, 10, 9, 7, 4, 5])[0]
    if style == "space":
        return " ".join(parts), style
    if style == "dash":
        return "-".join(parts), style
    if style == "none":
        return d, style
    if style == "dspace":
        return "  ".join(parts), style
    if style == "dot":
        return ".".join(parts), style
    if style == "nbsp":
        return "\u00a0".join(parts), style
    if style == "spdash":
        return " - ".join(parts), style
    if style == "half":  # people start grouping and give up half way
        k = R.randint(1, len(parts) - 1)
        return " ".join(parts[:k]) + " " + "".join(parts[k:]), style
    out = parts[0]
    for p in parts[1:]:
        out += R.choice([" ", "-", ".", "  ", " "]) + p
    return out, "mixed"


def fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if "0" <= c <= "9" else c for c in s)


def sprinkle_zw(s, k=None):
    """Zero-width characters between digits, as copy-paste from some apps leaves them."""
    spots = [i for i in range(1, len(s)) if s[i - 1].isdigit() or s[i].isdigit()]
    if not spots:
        spots = list(range(1, len(s)))
    k = k or R.randint(1, 3)
    chosen = sorted(R.sample(spots, min(k, len(spots))), reverse=True)
    ch = R.choice(ZW_CHARS)
    for i in chosen:
        s = s[:i] + ch + s[i:]
    return s


def normalize(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in ZW_CHARS)


def digit_chains(text):
    """Digit groups joined across the separators people put inside long numbers."""
    chains, cur, i, n = [], [], 0, len(text)
    while i < n:
        if text[i].isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            cur.append(text[i:j])
            k = j
            while k < n and k - j < 3 and text[k] in " -.\u00a0":
                k += 1
            if k < n and k > j and text[k].isdigit():
                i = k
                continue
            chains.append(cur)
            cur = []
            i = j
        else:
            i += 1
    if cur:
        chains.append(cur)
    return chains


def luhn_runs(text):
    found = set()
    for chain in digit_chains(normalize(text)):
        for a in range(len(chain)):
            acc = ""
            for b in range(a, len(chain)):
                acc += chain[b]
                if 13 <= len(acc) <= 19 and luhn_ok(acc):
                    found.add(acc)
    return found


def all_digits(text):
    return "".join(c for c in normalize(text) if c.isdigit())


# ----------------------------------------------------------------------------------------------------------
# vocabulary

FIRST = ["Rina", "Budi", "Dewi", "Agus", "Siti", "Andi", "Putri", "Rizky", "Fajar", "Indah", "Yusuf", "Ayu",
         "Dimas", "Nur", "Hendra", "Lestari", "Bayu", "Wulan", "Arief", "Citra", "Eko", "Maya", "Joko", "Tika",
         "Kevin", "Sarah", "Michael", "Jessica", "Daniel", "Amanda"]
LAST = ["Santoso", "Wijaya", "Putri", "Saputra", "Hidayat", "Pratama", "Kurniawan", "Lestari", "Nugroho",
        "Siregar", "Harahap", "Setiawan", "Halim", "Gunawan", "Rahman", "Tan", "Simanjuntak", "Wibowo"]
MAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "outlook.com", "hotmail.com", "ymail.com"]
BANKS = ["BCA", "BRI", "Mandiri", "BNI", "CIMB Niaga", "Permata", "BSI", "Jenius", "Danamon", "OCBC"]
EWALLETS = ["OVO", "GoPay", "DANA", "ShopeePay", "LinkAja"]
APPS = ["Tokopedia", "Shopee", "Gojek", "Grab", "Traveloka", "Bukalapak", "Blibli", "DANA", "OVO", "myBCA",
        "BRImo", "Livin", "tiket.com", "Lazada"]
MERCHANTS = ["NETFLIX.COM", "Steam", "Google Play", "AliExpress", "AGODA.COM", "GRAB* A-7XK2", "Apple.com/bill"]
CITIES = ["Jakarta Selatan", "Bandung", "Surabaya", "Medan", "Semarang", "Depok", "Bekasi", "Makassar", "Denpasar",
          "Yogyakarta", "Malang", "Tangerang"]
STREETS = ["Melati", "Kenanga", "Sudirman", "Diponegoro", "Gatot Subroto", "Merdeka", "Anggrek", "Cempaka Putih",
           "Pahlawan", "Raya Bogor"]
WORDS_EN = ["sunshine", "dragon", "monkey", "football", "summer", "princess", "shadow", "coffee", "bluesky",
            "liverpool", "chelsea", "starlight", "tiger", "pokemon", "letmein", "welcome"]
WORDS_ID = ["melati", "rahasia", "sayang", "kucing", "bandung", "cintaku", "indomie", "garuda", "bismillah",
            "mawar", "semangat", "bebek", "jakarta", "rendang", "anakku", "persib"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_EN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

# keyword spellings - what people really type, including misspellings, leetspeak and spaced-out forms
PW_EN = ["password", "password", "password", "Password", "passwrd", "pasword", "passowrd", "passw0rd", "p4ssword",
         "p@ssword", "pass word", "p a s s w o r d", "PASSWORD", "pw", "pwd", "pass", "pword", "login password",
         "pssword", "passwd", "pass-word"]
PW_ID = ["password", "password", "pasword", "pw", "pass", "sandi", "kata sandi", "kata sandi", "katasandi",
         "kt sandi", "k4ta s4ndi", "pswd", "passwd", "paswod", "pasword", "kata-sandi", "pass word", "s4ndi"]
PW_ID_NYA = ["passwordnya", "paswordnya", "pw nya", "pwnya", "sandinya", "kata sandinya", "passnya",
             "password nya", "sandi nya", "pasword nya"]
PIN_EN = ["pin", "PIN", "Pin", "p1n", "P.I.N", "p i n", "PIN number", "pin code", "ATM pin", "card PIN", "PIN no.",
          "pin#", "app PIN"]
PIN_ID = ["pin", "PIN", "pin", "p1n", "p.i.n", "p i n", "pin atm", "PIN m-banking", "pin transaksi", "pin kartu"]
PIN_ID_NYA = ["pinnya", "pin nya", "PIN nya", "p1nnya", "pinnya"]
OTP_EN = ["otp", "OTP", "OTP", "o.t.p", "0TP", "one time password", "one-time code", "verification code",
          "verif code", "sms code", "2FA code", "login code", "OTP code", "o t p", "verification pin"]
OTP_ID = ["kode otp", "kode OTP", "otp", "OTP", "kode verifikasi", "kode verif", "kode sms", "kd otp", "0tp",
          "o t p", "kode OTP sms", "kode verifikasi sms", "kode aktivasi"]
OTP_ID_NYA = ["kode otp nya", "kode otpnya", "otp nya", "otpnya", "kode verifikasinya", "kode verifnya",
              "kodenya", "OTP nya", "kode verifikasi nya"]
CVV_EN = ["cvv", "CVV", "cvc", "CVC", "cvv2", "CVV2", "c v v", "c.v.v", "security code", "card security code",
          "CVV/CVC", "cvv code", "cvn"]
CVV_ID = ["cvv", "CVV", "cvc", "kode cvv", "kode CVV", "cvv2", "c v v", "kode keamanan kartu", "kode keamanan",
          "CVV/CVC", "cvn"]
CVV_ID_NYA = ["cvv nya", "cvvnya", "CVV nya", "cvcnya", "kode cvv nya", "kode keamanannya"]


def maybe_zw_keyword(kw, f):
    if len(kw) > 3 and " " not in kw and R.random() < 0.04:
        i = R.randint(1, len(kw) - 1)
        f.fx.add("zw-keyword")
        return kw[:i] + "\u200b" + kw[i:]
    return kw


# ----------------------------------------------------------------------------------------------------------
# values


def gen_password(f):
    kind = R.choices(["word", "name", "leet", "random", "phrase", "numeric", "simple"], [26, 18, 14, 14, 10, 8, 10])[0]
    words = WORDS_ID if f.lang == "id" else WORDS_EN
    if R.random() < 0.3:
        words = WORDS_EN + WORDS_ID
    w = R.choice(words)
    if kind == "word":
        v = (w.capitalize() if R.random() < 0.6 else w) + R.choice([str(R.randint(1, 99)), str(R.randint(1985, 2025)),
                                                                      "123", "2024", "01"]) + R.choice(["", "", "!", "@", "#", "*", "."])
    elif kind == "name":
        v = R.choice(FIRST).lower() + R.choice(["", "_", ".", ""]) + R.choice(
            ["%02d%02d" % (R.randint(1, 28), R.randint(1, 12)), str(R.randint(1970, 2008)), str(R.randint(10, 99))])
    elif kind == "leet":
        table = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
        v = w.translate(table)
        v = v[0].upper() + v[1:] + R.choice(["!", "#", "99", "_88", "$"])
    elif kind == "random":
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$%&*!"
        v = "".join(R.choice(alphabet) for _ in range(R.randint(8, 13)))
    elif kind == "phrase":
        v = R.choice(["akusayangmama", "iloveyou", "jangandibuka", "rumahkuistanaku", "kopisusu", "mamapapa",
                      "bebasaja", "selaluceria", "nasgorenak"]) + str(R.randint(1, 999))
    elif kind == "numeric":
        v = R.choice(["123456789", "12345678", "11223344", "87654321", "1q2w3e4r", "qwerty123", "asdf1234", "zxcvbnm1"])
    else:
        v = R.choice(["qwerty", "admin123", "abc12345", "password1", "iloveyou2", "sayang123", "bismillah1",
                      "rahasia123", "Welcome1", "P@ssw0rd"])
    assert "\t" not in v
    return v


def gen_pin(f):
    n = R.choices([6, 4], [60, 40])[0] if f.lang == "id" else R.choices([4, 6], [60, 40])[0]
    v = R.choice([digits(n), digits(n), digits(n),
                  "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(60, 99))[:n],
                  R.choice(["1234", "0000", "1111", "2580", "123456", "112233", "147258", "000000", "121212"])])
    return v


def gen_otp(f):
    return digits(R.choices([6, 4, 5, 8], [78, 12, 5, 5])[0])


def gen_cvv(f):
    return digits(3)


def decorate_value(v, f, name):
    """A few values come with full-width digits or zero-width characters, as some keyboards and apps send them."""
    r = R.random()
    if r < 0.03:
        f.fx.add("fullwidth")
        return fullwidth(v)
    if r < 0.06:
        f.fx.add("zero-width")
        return sprinkle_zw(v)
    return v


def gen_phone(f):
    op = R.choice(["811", "812", "813", "821", "822", "823", "852", "853", "855", "856", "857", "858", "859",
                   "877", "878", "881", "882", "895", "896", "897", "898"])
    rest = digits(R.choice([7, 8, 8]))
    s = R.choice(["+62 {op}-{a}-{b}", "0{op} {a} {b}", "0{op}{a}{b}", "+62{op}{a}{b}", "0{op}-{a}-{b}",
                  "+62 {op} {a} {b}", "62{op}{a}{b}", "(+62) {op}{a}{b}"])
    return s.format(op=op, a=rest[:4], b=rest[4:])


def gen_nik(f):
    """NIK: region code, district, birth date (+40 for women), serial. Real NIKs pass Luhn about one time in ten;
    they are left as they come because a NIK said as NIK is innocent whatever its checksum."""
    region = R.choice(["3171", "3172", "3173", "3174", "3175", "3273", "3275", "3276", "3578", "3515", "3374",
                       "3471", "1271", "5171", "6471", "7371", "3603", "3671", "3201", "3216"])
    dd = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    d = region + "%02d" % R.randint(1, 30) + "%02d%02d%02d" % (dd, R.randint(1, 12), R.randint(60, 99) % 100) + "%04d" % R.randint(1, 60)
    if luhn_ok(d):
        f.allowed.add(d)
    return R.choice([d, d, d, " ".join(group(d, [4, 4, 4, 4])), ".".join(group(d, [6, 6, 4]))])


def gen_kk(f):
    return R.choice(["3174", "3273", "3578", "3374", "1271", "5171", "3201"]) + "%02d" % R.randint(1, 30) + \
        "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(5, 24)) + "%04d" % R.randint(1, 9999)


def gen_imei(f):
    d = luhn_finish(R.choice(["35", "86", "35", "01"]) + digits(12))
    f.allowed.add(d)
    return R.choice([d, d, "%s-%s-%s-%s" % (d[:2], d[2:8], d[8:14], d[14]), "%s %s %s" % (d[:8], d[8:14], d[14])])


def gen_amount(f):
    base = R.choice([15000, 25000, 49000, 75000, 99000, 120000, 150000, 250000, 499000, 750000, 1250000, 1500000,
                     2350000, 4999000, 12500000])
    s = "{:,}".format(base)
    return R.choice(["Rp " + s.replace(",", "."), "Rp" + s.replace(",", "."), "IDR " + s, "Rp " + s.replace(",", ".") + ",-",
                     ("%drb" % (base // 1000) if base < 1000000 else "%sjt" % ("%g" % (base / 1000000)).replace(".", ",")) if f.lang == "id" else "Rp" + s.replace(",", "."),
                     "Rp. " + s.replace(",", ".")])


def gen_amount_usd(f):
    return R.choice(["$", "USD "]) + "%d.%02d" % (R.randint(3, 1300), R.randint(0, 99))


def gen_date(f):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025])
    if f.lang == "id":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_ID[m - 1], y), "%d %s" % (d, MONTHS_ID[m - 1]),
                         "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%s %d" % (MONTHS_EN[m - 1], d), "%d %s %d" % (d, MONTHS_EN[m - 1], y),
                     "%d-%02d-%02d" % (y, m, d), "%d/%d" % (m, d)])


def gen_time(f):
    if "time" in f:  # the second time in a message comes after the first
        h, m = divmod(f.clock + R.randint(3, 95), 60)
        h %= 24
    else:
        h, m = R.randint(0, 22), R.randint(0, 59)
        f.clock = h * 60 + m
    return R.choice(["%02d:%02d" % (h, m), "%02d.%02d" % (h, m), "%d:%02d" % (h, m),
                     ("%d%s" % (h % 12 or 12, "pm" if h >= 12 else "am")) if f.lang == "en" else "%02d.%02d WIB" % (h, m)])


def gen_exp(f):
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    return R.choice(["%02d/%d" % (mm, yy), "%02d/%d" % (mm, yy), "%d/%d" % (mm, yy), "%02d-20%d" % (mm, yy),
                     "%02d/20%d" % (mm, yy), "%02d %d" % (mm, yy)])


def gen_version(f):
    return R.choice(["%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 20)),
                     "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 9)),
                     "%d.%d.%d (build %d%02d%02d)" % (R.randint(3, 6), R.randint(0, 30), R.randint(0, 9), R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28)),
                     "%d.%d.%d.%d" % (R.randint(1, 5), R.randint(0, 99), R.randint(0, 9), R.randint(100, 9999))])


def gen_resi(f):
    return R.choice([
        "JP" + digits(10),
        "00" + digits(10),
        "SPXID0" + digits(11),
        "CGK" + R.choice(["FT", "AR", "1A"]) + digits(11),
        digits(16),
        " ".join(group(digits(16), [4, 4, 4, 4])),
        "1000" + digits(10),
        "TKP01-" + digits(8),
        "JX" + digits(10),
        "LX" + digits(9) + "ID",
    ])


def gen_va(f):
    code = R.choice(["39358", "88908", "988", "8808", "70012", "12301", "8277"])
    rest = digits(16 - len(code)) if R.random() < 0.7 else "0" + gen_phone_digits()
    d = code + rest
    return R.choice([d, d, " ".join(group(d, [4] * (len(d) // 4))), code + " " + rest])


def gen_paycode(f):
    return R.choice(["", "", "", "8"]) + digits(R.choice([12, 14, 16]))


def gen_unik(f):
    return "%d.%03d" % (R.choice([50, 99, 125, 150, 249, 300]), R.randint(101, 999))


def gen_phone_digits():
    return R.choice(["812", "813", "857", "878", "896", "821"]) + digits(8)


def gen_err(f):
    return R.choice(["0x80070005", "0x800F081F", "E-%d" % R.randint(1000, 9999), "ERR_%d" % R.randint(100, 999),
                     str(R.choice([400, 401, 403, 404, 500, 502, 503])), "RC %02d" % R.randint(1, 99),
                     "[A-%d]" % R.randint(1000, 9999), "ERR-%s%d" % (R.choice(["PAY", "OTP", "AUTH", "NET"]), R.randint(10, 999)),
                     "#%d" % R.randint(1000, 9999), "%d-%d" % (R.randint(100, 999), R.randint(10, 99))])


def gen_invoice(f):
    y, m, d = R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    return R.choice(["INV/%d%02d%02d/MPL/%s" % (y, m, d, digits(10)), "INV-%d-%02d%02d-%s" % (y, m, d, digits(4)),
                     "%d/INV/%s" % (y, digits(5)), "INV%s" % digits(9), "No. %s/%02d/%d" % (digits(4), m, y)])


def gen_orderid(f):
    y, m, d = R.choice([24, 25]), R.randint(1, 12), R.randint(1, 28)
    return R.choice(["#" + digits(R.randint(7, 11)), "ORD-" + digits(8), "%d%02d%02d%s" % (y, m, d, "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))),
                     digits(12), "INV/%d%02d%02d/MPL/%s" % (2000 + y, m, d, digits(10)), "GK-" + digits(6) + "-" + digits(3),
                     "#" + digits(16)])


def gen_promo(f):
    return R.choice(["HEMAT50", "GRATISONGKIR", "NEWUSER100", "FLASH12", "PAYDAY25", "RAMADAN2024", "CASHBACK20",
                     "MAKANHEMAT", "DISKON10", "BELANJA99", "WELCOME15", "GAJIAN", "TRIPHEMAT", "12DES"])


def gen_productkey(f):
    al = "BCDFGHJKMNPQRTVWXY2346789"
    return "-".join("".join(R.choice(al) for _ in range(5)) for _ in range(5))


def gen_booking(f):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if R.random() < 0.7 else R.choice("23456789") for _ in range(6))


def gen_last4(f):
    return digits(4)


def gen_masked(f):
    _, d = new_card()
    return R.choice(["%s **** **** %s" % (d[:4], d[-4:]), "xxxx-xxxx-xxxx-%s" % d[-4:], "************%s" % d[-4:],
                     "%s %s** **** %s" % (d[:4], d[4:6], d[-4:]), "%s******%s" % (d[:6], d[-4:]),
                     "XXXX XXXX XXXX %s" % d[-4:], "**** %s" % d[-4:]])


def gen_bankacct(f):
    return R.choice([digits(10), digits(10), digits(13), "%s-%s-%s-%s-%s" % (digits(4), digits(2), digits(6), digits(2), digits(1)),
                     "%s %s %s" % (digits(3), digits(3), digits(4))])


def gen_ref(f):
    return R.choice([digits(12), digits(16), " ".join(group(digits(16), [4, 4, 4, 4])), "FT" + digits(14), digits(20)])


def gen_ticket(f):
    return R.choice(["HD-" + digits(5), "#" + digits(5), "TKT" + digits(7), "CS-%d-%s" % (R.choice([2024, 2025]), digits(6))])


def gen_zip(f):
    return str(R.randint(10110, 99999))


def gen_serial(f):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return R.choice(["R58M", "C02X", "SN", "F17K", "DMPX"]) + "".join(R.choice(al) for _ in range(R.randint(7, 9)))


def gen_pln_token(f):
    return " ".join(group(digits(20), [4] * 5))


def gen_bpjs(f):
    return "000" + digits(10)


def gen_npwp(f):
    d = digits(15)
    return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])


def gen_txn(f):
    return R.choice(["TRX" + digits(12), "TX-" + digits(10), digits(18), "RRN " + digits(12)])


def gen_name(f):
    return R.choice(FIRST) + " " + R.choice(LAST)


def gen_email(f):
    a, b = R.choice(FIRST).lower(), R.choice(LAST).lower()
    return R.choice(["%s.%s" % (a, b), "%s%s" % (a, b), "%s%d" % (a, R.randint(1, 99)), "%s_%s%d" % (a, b[:3], R.randint(80, 2005))]) + "@" + R.choice(MAIL)


def gen_user(f):
    a, b = R.choice(FIRST).lower(), R.choice(LAST).lower()
    return R.choice(["%s_%d" % (a, R.randint(1, 99)), a + b, "%s.%s" % (a, b[:1]), "%s%s%d" % (a, b[:2], R.randint(1, 9))])


def gen_flight(f):
    return R.choice(["GA", "JT", "QG", "ID", "QZ", "IU"]) + str(R.randint(100, 999))


def gen_meter(f):
    return R.choice(["5", "1", "3"]) + digits(10)


# ----------------------------------------------------------------------------------------------------------
# a filler: lazily draws each placeholder once per message and remembers what went in


CARD_COUNT = [0]


class Filler(dict):
    def __init__(self, lang):
        super().__init__()
        self.lang = lang
        self.cards = []        # digit strings of cards placed
        self.allowed = set()   # Luhn-valid runs that are innocent on purpose (IMEI, NIK)
        self.fx = set()        # full-width / zero-width / card style notes
        self.secret_keys = set()

    def __missing__(self, key):
        v = self.make(key)
        self[key] = v
        return v

    def card_value(self, brand=None):
        b, d = new_card(brand)
        self.cards.append(d)
        s, style = format_card(d)
        self.fx.add("card-" + style)
        # every 12th card is typed with full-width digits and the one six later carries zero-width characters,
        # so the file always has a few of each however the dice fall
        CARD_COUNT[0] += 1
        r = CARD_COUNT[0] % 12
        if r == 5:
            self.fx.add("fullwidth")
            s = fullwidth(s)
        elif r == 11:
            self.fx.add("zero-width")
            s = sprinkle_zw(s)
        return b, s

    def make(self, key):
        L = self.lang
        if key in ("card", "brandname"):
            b, s = self.card_value()
            self["card"] = s
            self["brandname"] = BRANDS[b][0]
            self.secret_keys.add("card")
            return self[key]
        if key == "amexcard":
            self.secret_keys.add("card")
            return self.card_value("amex")[1]
        if key == "pwdob":  # a birth date used as the password: still the password's value
            self.secret_keys.add("pw")
            return R.choice(["%02d%02d%d", "%02d%02d%02d", "%02d-%02d-%d"]) % (R.randint(1, 28), R.randint(1, 12), R.randint(1975, 2005) % (100 if R.random() < 0.3 else 10000))
        if key in ("pw", "pw2"):
            self.secret_keys.add(key)
            v = gen_password(self)
            while key == "pw2" and v == self.get("pw"):
                v = gen_password(self)
            return v
        if key in ("pin", "pin2"):
            self.secret_keys.add(key)
            return decorate_value(gen_pin(self), self, key)
        if key in ("otp", "otp2"):
            self.secret_keys.add(key)
            return decorate_value(gen_otp(self), self, key)
        if key == "otp_spaced":
            self.secret_keys.add(key)
            v = digits(6)
            return R.choice([v[:3] + " " + v[3:], v[:3] + "-" + v[3:], " ".join(v)])
        if key == "cvv":
            self.secret_keys.add(key)
            return decorate_value(gen_cvv(self), self, key)
        if key == "cvv4":
            self.secret_keys.add(key)
            return digits(4)
        kw = {
            "pwkw": PW_EN if L == "en" else PW_ID, "pwkwnya": PW_ID_NYA,
            "pinkw": PIN_EN if L == "en" else PIN_ID, "pinkwnya": PIN_ID_NYA,
            "otpkw": OTP_EN if L == "en" else OTP_ID, "otpkwnya": OTP_ID_NYA,
            "cvvkw": CVV_EN if L == "en" else CVV_ID, "cvvkwnya": CVV_ID_NYA,
        }
        if key in kw:
            return maybe_zw_keyword(R.choice(kw[key]), self)
        plain = {
            "exp": gen_exp, "phone": gen_phone, "usd2": gen_amount_usd, "amount2": gen_amount, "order2": gen_orderid, "paycode": gen_paycode,
            "unik": gen_unik, "phone2": gen_phone, "nik": gen_nik, "kk": gen_kk, "imei": gen_imei,
            "imei2": gen_imei, "amount": gen_amount, "usd": gen_amount_usd, "date": gen_date, "time": gen_time,
            "time2": gen_time, "version": gen_version, "resi": gen_resi, "va": gen_va, "err": gen_err,
            "invoice": gen_invoice, "order": gen_orderid, "promo": gen_promo, "productkey": gen_productkey,
            "booking": gen_booking, "last4": gen_last4, "masked": gen_masked, "acct": gen_bankacct, "ref": gen_ref,
            "ticket": gen_ticket, "zip": gen_zip, "serial": gen_serial, "token": gen_pln_token, "bpjs": gen_bpjs,
            "npwp": gen_npwp, "txn": gen_txn, "name": gen_name, "email": gen_email, "user": gen_user,
            "flight": gen_flight, "meter": gen_meter,
        }
        if key in plain:
            v = plain[key](self)
            # a few innocent numbers arrive with the same keyboard quirks as secrets do
            if key in ("phone", "order", "nik", "resi", "va", "acct") and R.random() < 0.05:
                if R.random() < 0.5:
                    self.fx.add("fullwidth")
                    v = fullwidth(v)
                else:
                    self.fx.add("zero-width")
                    v = sprinkle_zw(v)
            return v
        simple = {
            "bank": BANKS, "ewallet": EWALLETS, "app": APPS, "merchant": MERCHANTS, "city": CITIES, "street": STREETS,
            "dd": [str(i) for i in range(1, 29)], "n": ["2", "3", "5", "10", "berkali2", "4"],
            "android": ["12", "13", "14", "15"], "ios": ["17.5.1", "18.0", "16.7.8", "18.1"],
        }
        if key in simple:
            return R.choice(simple[key])
        raise KeyError(key)


# ----------------------------------------------------------------------------------------------------------
# templates. Each positive template states the kinds it carries; single-kind lists share their list's kind.

CARD_EN = [
    "my card number is {card}",
    "hi, i was charged twice on my card {card}, can you refund one of them?",
    "card: {card} exp {exp}",
    "Payment keeps failing. {brandname} {card}, expiry {exp}. What am I doing wrong?",
    "cc {card}",
    "why is {card} declined?? it worked fine last week",
    "The full number is {card} if you need it to find the transaction",
    "pls check card no. {card} , the payment of {amount} went through but the order says unpaid",
    "I added the card {card} to my account but it disappeared after the update",
    "Card number {card} valid thru {exp}",
    "debit card - {card} - got charged {usd} for nothing",
    "this one: {card}",
    "my {brandname} {card} keeps getting 'transaction not permitted'",
    "Can you remove {card} from my saved cards? I don't use it anymore",
    "my wife's card {card} was used without permission!!",
    "the card I used was {card}, exp {exp}",
    "I think the number is {card} but the app says invalid card number",
    "Refund should go back to {card} right?",
    "ordered with credit card {card} on {date}, still no confirmation email",
    "I'm not sure which card it was, maybe {card}?",
    "here u go {card}",
    "Hello, my credit card {card} got blocked after I paid on your site. Please help.",
    "this card {card} was charged {amount} by your app 3 times. fix it",
    "Hi team, I've been trying to pay for order {order} since this morning. Card {card}. It says 'declined by issuer' but my bank says it's fine.",
    "1 star. Saved my card {card} and the app still asks me to add a card every time.",
    "pls just tell me if {card} is blocked on your side or not",
    "The card on my account is {card}, please update the billing to it",
]
CARD_ID = [
    "kak no kartu sy {card} kok ditolak terus ya",
    "min kartu kredit sy {card} kepotong 2x, tolong dibantu",
    "nomor kartunya {card} exp {exp}",
    "ini nomor kartu debit sy {card}",
    "no kartu: {card}",
    "tolong cek transaksi pake kartu {card} tgl {dd} kemarin, sy gk pernah belanja itu",
    "cc sy {card} udh ditambahin tp gk muncul di aplikasi",
    "kartu {brandname} sy {card} berlaku sampai {exp}",
    "saldo kepotong {amount} dr kartu {card} padahal transaksinya gagal",
    "mau hapus kartu {card} dr akun sy gmn caranya",
    "nmr kartu kredit {card}",
    "kak ini kartunya {card}, tolong refund ke sini aja",
    "kartu kredit sy yg {card} kena tagihan aneh dr {merchant}",
    "halo min, sy mau bayar pake kartu {card} tp selalu gagal",
    "no. kartu {card} a.n. {name}",
    "Kartu sy: {card}. Masa berlaku {exp}. Knp gk bisa dipake?",
    "td sy input {card} katanya nomor kartu tdk valid",
    "kartu debit {bank} {card} ke blokir pas bayar di {app}",
    "min tolong dong, kartu {card} udh sy daftarin tp verifikasinya gagal trs",
    "kartu kredit {bank} sy nomernya {card}",
    "nomer kartu {card} ya kak",
    "ini kak {card}",
    "kak refund nya ke kartu {card} aja, yg kemarin dipake",
    "selamat siang, pesanan {order} sy bayar pake kartu kredit {card} tp statusnya msh menunggu pembayaran",
    "aplikasinya jelek, udh masukin kartu {card} berkali2 tetep gagal. bintang 1",
    "kak no kartu kreditnya {card}, tlg dicek ada tagihan {amount} yg bukan dr sy",
    "kartu {card} punya suami sy, boleh dipake gk?",
]
PW_EN_T = [
    "my {pwkw} is {pw}",
    "my {pwkw} is {pw} and it still says wrong password",
    "login: {email} {pwkw}: {pw}",
    "I tried {pw} as my {pwkw} but no luck",
    "{pwkw} = \"{pw}\"",
    "changed my {pwkw} to {pw} yesterday and now i cant log in",
    "here's my login so you can check: user {user} / {pwkw} {pw}",
    "username {user}, {pwkw} '{pw}'",
    "it keeps rejecting {pw} even though thats my {pwkw}",
    "{pwkw}:   {pw}",
    "my {pwkw} for the app is {pw}, pls fix my account",
    "i set the new {pwkw} as {pw} but the app still wants the old one",
    "acc {email} | {pwkw} {pw}",
    "you can log in as me, the {pwkw} is {pw}",
    "old {pwkw} was {pw2} new one is {pw}",
    "Typed {pw} like 10 times. That IS my {pwkw}.",
    "my {pwkw} is \u201c{pw}\u201d (without the quotes)",
    "the {pwkw} i use everywhere is {pw} so i know its right",
    "Is my {pwkw} {pw} too weak? the app won't accept it",
    "email {email} pass {pw} - locked out since this morning",
    "{pwkw} -> {pw}",
    "Hi, I can't sign in. Email is {email}, {pwkw} is {pw}. Please advise.",
    "forgot if it was {pw} or {pw2}, that's my {pwkw} for everything",
    "Account {email}, order {order}. Can't log in even though the {pwkw} ({pw}) is right.",
    "Reset did nothing. Still {pw}. The {pwkw} is {pw}!!",
    "ok so my {pwkw}... it's {pw}. please just check",
]
PW_ID_T = [
    "kak {pwkw} sy {pw} kok gk bisa login",
    "{pwkwnya} {pw} udh bener kok tp tetep salah",
    "{pwkw} sy: {pw}",
    "email {email} {pwkw} {pw} tolong dicek min",
    "sy udh coba masukin {pwkw} \"{pw}\" tetep salah",
    "{pwkw}: {pw}",
    "{pwkwnya} {pw} min, udh sy ketik berkali2",
    "td sy ganti {pwkw} jd {pw} tp skrg malah gk bisa masuk",
    "akun sy {user}, {pwkwnya} {pw}",
    "min tolong login ke akun sy aja, usernya {user} passnya {pw}",
    "{pwkw} lama sy {pw2}, yg baru {pw}",
    "knp {pwkw} {pw} dibilang salah trs??",
    "ini {pwkw} sy ya kak: {pw}",
    "udh bener kok {pwkwnya} '{pw}'",
    "sy lupa {pwkw} yg mana, antara {pw} atau {pw2}",
    "login pake {email} sama {pwkw} {pw} gagal terus",
    "{pwkw} : {pw} (tolong jgn disebar ya)",
    "{pwkw} sy {pw}, tolong reset aja",
    "min my {pwkw} is {pw} tp gk bisa login dr kemarin",
    "kak sy masuk pake {user} / {pw} kok ditolak ya, padahal itu {pwkw} sy",
    "{pwkwnya} tuh {pw} kak",
    "akun {app} sy {email}, {pwkwnya}: {pw}",
    "gini kak, {pwkw} sy {pw} tp pas login muncul 'kata sandi salah'",
    "{pwkwnya} tgl lahir sy kak, {pwdob}",
    "min sy udh 3x reset, {pwkw} yg terakhir {pw}, no hp sy {phone}",
    "pw ig sy {pw} tp udh diganti org, tolong dong",
]
PIN_EN_T = [
    "my {pinkw} is {pin}",
    "{pinkw}: {pin}",
    "my {pinkw} {pin} isn't working at the ATM",
    "tried {pinkw} {pin} and now the app says blocked",
    "the {pinkw} i set was {pin}, why does it say incorrect?",
    "{pinkw} = {pin}",
    "I'm 100% sure my {pinkw} is {pin}",
    "new {pinkw} {pin} not accepted",
    "my wallet {pinkw} is '{pin}' pls unlock",
    "Entered {pin} as the {pinkw}, wrong 3 times, now locked",
    "changed my {pinkw} to {pin} this morning and it already doesn't work",
    "{pinkw} for my debit card: {pin}",
    "it's {pin}, that's my {pinkw}",
    "can u check if my {pinkw} {pin} is correct",
    "transaction {pinkw} is {pin}",
    "ATM card ending {last4}, {pinkw} {pin}",
    "my {ewallet} {pinkw} is {pin} and it says wrong pin",
    "{pinkw}? it's {pin}",
    "my 4-digit {pinkw} is {pin} and it's been working for years",
    "I'm at the ATM right now, {pinkw} {pin}, card keeps getting rejected, help",
    "hi, order {order}, paid with {ewallet}, it asked for my {pinkw} and I entered {pin} but payment failed",
]
PIN_ID_T = [
    "{pinkw} sy {pin} kok salah terus",
    "{pinkwnya} {pin} kak",
    "{pinkw} sy {pin} keblokir",
    "udh masukin {pinkw} {pin} tp gagal",
    "{pinkw}: {pin}",
    "min {pinkw} {ewallet} sy {pin}, tolong dibuka blokirnya",
    "sy yakin bgt {pinkwnya} {pin}",
    "ganti {pinkw} jd {pin} tp pas transaksi ditolak",
    "knp {pinkw} {pin} dibilang salah??",
    "pin atm sy {pin}, kartunya ketelen di mesin",
    "ini {pinkw} sy {pin} tolong di cek",
    "{pinkwnya} {pin}",
    "{pinkw} baru {pin} gk bs dipake",
    "pin transaksi sy td {pin}, skrg akunnya kekunci",
    "{pinkwnya} tuh '{pin}' kak",
    "kak pin {app} sy {pin}, knp gk bisa bayar?",
    "sy pake {pinkw} {pin} dr dulu kok skrg salah",
    "min my pin is {pin} tp katanya salah trs",
    "pinku {pin} kak",
    "PIN 6 digit sy {pin}, udh bener kok",
    "min sy di atm skrg, {pinkw} {pin} ditolak trs",
    "td bayar di {app} diminta {pinkw}, sy masukin {pin} eh malah gagal",
]
OTP_EN_T = [
    "the {otpkw} is {otp}",
    "got {otpkw} {otp} but app says expired",
    "{otpkw}: {otp}",
    "here's the {otpkw} they sent me {otp}",
    "I entered {otp} but it says invalid {otpkw}",
    "<#> {otp} is your {app} verification code. Do not share this code with anyone. FA+6dQ2Wk8s",
    "Your {app} OTP is {otp}. Valid for 5 minutes. Never share it with anyone.",
    "{otpkw} {otp} not working!!",
    "The code I got by SMS was {otp}",
    "just got {otp} as the {otpkw}, what now?",
    "It asked for the {otpkw}, I typed {otp}, nothing happens",
    "G-{otp} is your Google verification code.",
    "{otpkw} = {otp_spaced}",
    "i received two codes, {otp} and {otp2}, which one do i use",
    "sent you the {otpkw}: {otp}",
    "the code is {otp}",
    "{otp} <- that's the {otpkw} I got",
    "Use {otp} to verify your account. It expires in 10 minutes. - this is what I got, is it legit?",
    "the {otpkw} sent to {phone} was {otp}",
    "your caller asked me for the {otpkw} and I said {otp}, did I get scammed?",
    "got the sms finally, code {otp}",
]
OTP_ID_T = [
    "{otpkwnya} {otp} kak",
    "{otpkwnya} {otp}",
    "{otpkw} sy {otp} gk bisa dipake",
    "kodenya {otp} udh expired",
    "ini {otpkw} dr sms: {otp}",
    "{otpkw} sy {otp} tolong di cek",
    "JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode OTP {app} Anda: {otp}. Berlaku 5 menit.",
    "<#> Kode verifikasi {app}: {otp}. JANGAN MEMBERITAHUKAN KODE INI KE SIAPAPUN termasuk pihak {app}.",
    "min td dpt {otpkw} {otp} tp pas dimasukin error",
    "{otpkw}: {otp}",
    "sy udh masukin {otpkw} {otp} tp muter2 aja",
    "kode masuk {otp}, abis itu gmn?",
    "kak ini {otpkwnya} {otp_spaced}",
    "dpt 2 kode {otp} sama {otp2}, yg mana ya",
    "kd verif {otp}",
    "RAHASIA. {otp} adalah kode verifikasi {app} kamu. Jgn kasih tau siapa2.",
    "kak {otpkwnya} udh masuk nih: {otp}",
    "knp {otpkw} {otp} katanya salah?",
    "{otpkw} yg dikirim ke {phone} itu {otp}",
    "td ada yg ngaku CS minta {otpkw}, udh sy kasih {otp}, gmn dong",
    "nih kak kode dr sms nya {otp}",
]
CVV_EN_T = [
    "{cvvkw} {cvv}",
    "the {cvvkw} is {cvv}",
    "{cvvkw}: {cvv}",
    "i put {cvv} as the {cvvkw} and it got declined",
    "the 3 digits on the back are {cvv}",
    "my {cvvkw} {cvv}, is that the problem?",
    "Amex CID {cvv4}",
    "security code on the back of my card is {cvv}",
    "{cvvkw} is {cvv} if you need it for the refund",
    "I typed {cvvkw} {cvv} and got 'card verification failed'",
    "card ending {last4} {cvvkw} {cvv}",
    "the little number on the back, {cvv}",
    "{cvvkw}={cvv}",
    "does it matter that my {cvvkw} is {cvv}? it starts with 0",
    "the 4 digit code on the front of my amex is {cvv4}",
    "back of card says {cvv}",
    "order {order}: the checkout asked for {cvvkw}, I entered {cvv}, declined",
    "{cvvkw} of my {bank} card is {cvv}, exp {exp}",
]
CVV_ID_T = [
    "{cvvkwnya} {cvv}",
    "{cvvkw} sy {cvv}",
    "3 angka di belakang kartu {cvv}",
    "{cvvkw}: {cvv}",
    "kode keamanan kartu {cvv}",
    "3 digit di blkg kartu sy {cvv} udh bener kok",
    "td masukin {cvvkw} {cvv} katanya salah",
    "kartu akhiran {last4} {cvvkw} {cvv}",
    "kode cvv/cvc nya {cvv} kak",
    "ini {cvvkwnya} ya min {cvv}",
    "angka blkg kartu {cvv}, masih gagal jg",
    "{cvvkw} : {cvv}",
    "kak {cvvkwnya} {cvv} itu bener gk sih?",
    "{cvvkw} kartu kredit sy {cvv}",
    "min knp gagal trs, {cvvkw} udh sy isi {cvv}",
    "yg 3 angka di belakang itu {cvv}",
    "pesanan {order} gagal bayar, padahal {cvvkw} udh sy isi {cvv}",
    "{cvvkw} kartu {bank} sy {cvv}, exp {exp}",
]
MULTI_EN = [
    ("card,cvv", "{card} {exp} {cvv}"),
    ("card,cvv", "card {card} exp {exp} {cvvkw} {cvv}"),
    ("card,cvv", "Card: {card} | Exp: {exp} | CVC: {cvv}"),
    ("password,pin", "my pin is {pin} and password {pw}"),
    ("pin,otp", "otp {otp}, pin {pin}"),
    ("card,pin", "card {card}, pin {pin}"),
    ("password,otp", "login {email} / {pw}, OTP just came: {otp}"),
    ("card,cvv", "{card} - {exp} - {cvv} pls just charge it manually"),
    ("card,cvv", "amex {amexcard} cid {cvv4}"),
    ("password,otp", "{pwkw} {pw}, code {otp}, still can't get in"),
]
MULTI_ID = [
    ("card,cvv", "no kartu {card} exp {exp} cvv {cvv}"),
    ("pin,otp", "pin sy {pin}, kode otp nya {otp}"),
    ("password,pin", "email {email} pw {pw} pin {pin}"),
    ("card,cvv", "kartu {card} cvv nya {cvv}"),
    ("card,cvv", "{card} / {exp} / {cvv}"),
    ("password,otp", "otp {otp} sama password {pw}"),
    ("card,pin", "kartu atm {card} pinnya {pin}"),
    ("card,cvv", "kak ini datanya: {card}, {exp}, cvv {cvv}"),
    ("password,pin", "sandi {pw}, pin transaksi {pin}, tolong dicek akun sy"),
    ("card,otp", "kartu {card} udh sy input, kode otp nya {otp} tp gagal"),
]

NEG_EN = [
    "order {order} still hasn't arrived, it's been 9 days",
    "Order ID {order} - wrong item delivered, I ordered size M",
    "my order number is {order}, shows delivered but i never got it",
    "IMEI {imei} - phone got blocked after I brought it from abroad",
    "my phone's imei is {imei}, can you register it?",
    "call me at {phone}",
    "my number {phone} isn't getting any SMS from you",
    "whatsapp {phone} pls",
    "changed my phone number from {phone} to {phone2}, how do I update it?",
    "NIK {nik} doesn't match during the KYC step",
    "my ID number (NIK) is {nik}, why is verification failing?",
    "family card (KK) number {kk} is already uploaded",
    "refund of {amount} still not received after 14 days",
    "I paid {amount} on {date} at {time} and the balance didn't change",
    "app version {version} crashes on Android {android}",
    "after updating to {version} i can't open the app at all",
    "tracking number {resi} hasn't moved since {date}",
    "I paid to virtual account {va} but the status is still pending",
    "VA number {va} ({bank}) - paid {amount}, not reflected",
    "error code {err} when checking out",
    "getting {err} every single time I open my cart",
    "invoice {invoice} - can I get a copy with my company name?",
    "I forgot my password",
    "how do I reset my PIN?",
    "I forgot my password and the reset email never came",
    "the OTP never arrives, I've waited 10 minutes",
    "didn't get the verification code on {phone}",
    "where is the CVV on my card?",
    "is it safe to give my CVV to the merchant?",
    "promo code {promo} isn't working",
    "voucher {promo} says expired but the banner says it's valid until {date}",
    "product key {productkey} says already activated",
    "booking code {booking}, flight {flight} on {date}, I need to change the name",
    "I entered the wrong PIN 3 times and now I'm locked out",
    "does the password need a symbol? it keeps saying too weak",
    "how many digits is the OTP supposed to be? I got a weird one",
    "my card ending in {last4} was charged twice",
    "card {masked} was charged {amount} and I didn't buy anything",
    "my card expires {exp}, can I still use it for the subscription?",
    "transferred to account {acct} ({bank}) on {date}, ref {ref}",
    "reference number {ref}",
    "ticket {ticket} is still open since {date}, any update?",
    "I requested an OTP at {time} and it came at {time2}, way too late",
    "what's your office zip code? is it {zip}?",
    "device serial {serial}, still under warranty?",
    "the option to set a 6-digit PIN is missing from settings",
    "2FA is on but the codes arrive like 5 min late",
    "please don't ask for my password, I'm not giving it out",
    "my password manager autofilled the wrong password, now the account is locked",
    "I think my card number got stolen? I see charges from {merchant}",
    "where do I type the promo code {promo}?",
    "{amount} charged on {date} {time}, txn id {txn}",
    "I changed my password yesterday and I still get logged out every hour",
    "your agent asked for my OTP on the phone, is that a scam??",
    "I never received the PIN mailer for my new card",
    "iOS {ios}, app {version}, login button does nothing",
    "how long is the verification code valid?",
    "Reset PIN link goes to a 404 page",
    "I bought {n} items for {usd} and was charged {usd2}",
    "my account number is {acct}, please send the refund there",
    "Order {order} was cancelled but I was still charged {amount}",
    "my phone number is {phone}, the OTP goes to my old one",
    "can I pay with a virtual account instead of a card?",
    "customer ID {meter}, the electricity token didn't arrive",
    "Hi, order {order} paid via VA {va} on {date} {time}, {amount}, still pending. My number is {phone}.",
    "I dropped a pin at my address but the driver went to the wrong place",
    "I pinned the chat and now I can't unpin it lol",
    "the code on the back of my card is scratched off, can I get a new card?",
    "card number field doesn't accept spaces, annoying",
    "OTP error: OTP_EXPIRED ({err})",
    "does the CVV have 3 or 4 digits on Amex?",
    "my PIN is correct, I'm sure, but the ATM still rejects my card",
    "I changed my password to something longer like you asked, still not working",
    "what does error {err} mean? it shows after I enter the OTP",
    "the password field doesn't show what I'm typing",
    "I got 2 OTPs at {time} and {time2}, none of them work",
    "pay code {paycode} for the convenience store, is it still valid?",
    "Order {order} and order {order2} were merged, can you split them?",
    "Version {version}: the PIN screen freezes after the 4th digit",
    "your app sent me a password reset email at {time}, I didn't ask for it",
    "card declined at {merchant}, card ending {last4}, expiry {exp}",
    "bank code for BCA is 014 right? for the transfer",
    "my credit limit is {amount}, why is the payment of {amount2} rejected?",
]
NEG_ID = [
    "kak pesanan sy {order} blm sampe",
    "no pesanan {order} barangnya salah kirim",
    "IMEI hp sy {imei} keblokir, gmn ya",
    "imei 1: {imei} imei 2: {imei2}",
    "wa sy {phone} kak",
    "hubungi sy di {phone} ya min",
    "no hp sy ganti dr {phone} ke {phone2}",
    "NIK sy {nik} kok gk cocok pas verifikasi",
    "nik: {nik} nama: {name}",
    "no KK {kk}",
    "nomor kk sy {kk}, udh sy upload fotonya",
    "refund {amount} blm masuk kak",
    "udh transfer {amount} tgl {date} jam {time}",
    "aplikasi versi {version} force close trs",
    "resi {resi} gk gerak dr {date}",
    "no resi {resi} statusnya masih manifest",
    "sy udh bayar ke VA {va} tp status masih menunggu pembayaran",
    "nomor virtual account {va} kok gk valid",
    "kode error {err} pas checkout",
    "invoice {invoice} tolong dibantu",
    "sy lupa password",
    "lupa pin, cara reset gmn ya kak",
    "gk dapet kode otp kak udh 10x minta",
    "kode otp nya gk masuk2 ke {phone}",
    "cvv itu yg mana ya kak?",
    "cara ganti pin gmn",
    "kode promo {promo} gk bisa dipake",
    "kode voucher {promo} katanya udh kadaluarsa",
    "kode pos {zip}",
    "alamat: Jl. {street} No. {dd}, {city} {zip}",
    "kode booking {booking} penerbangan tgl {date}",
    "pin sy keblokir krn salah 3x",
    "pin nya 6 digit ya kak?",
    "password minimal brp karakter?",
    "kartu sy yg akhiran {last4} kepotong 2x",
    "kartu {masked} kena tagihan {amount}",
    "kartu sy expired {exp}, msh bisa dipake gk?",
    "transfer ke rek {bank} {acct} a.n. {name}",
    "token listrik sy {token} gk bisa dimasukin, katanya salah",
    "id pelanggan PLN {meter} token blm masuk",
    "no tiket {ticket} blm ada respon",
    "tolong jgn minta password sy ya, sy gk mau kasih",
    "otp baru dikirim jam {time}, masuknya jam {time2}",
    "kode otp 6 digit itu berlaku brp lama?",
    "sy masukin pin salah trs, skrg disuruh tunggu 24 jam",
    "no rekening {acct} udh bener blm?",
    "product key windows sy {productkey} gk bisa aktivasi",
    "sn laptop {serial} msh garansi gk",
    "saldo {ewallet} sy tiba2 berkurang {amount}",
    "top up {amount} ke {ewallet} blm masuk, id transaksi {txn}",
    "nomor BPJS {bpjs}",
    "npwp sy {npwp}, tolong cantumin di faktur",
    "min, my order {order} blm sampe jg",
    "kak sy udh ganti password tp msh ke logout trs",
    "td ada yg nelpon ngaku CS minta kode otp, itu penipuan kan?",
    "kartu atm baru sy blm dapet pin nya",
    "kode verifikasi nya gk muncul2, udh restart hp",
    "sy mau ganti no hp {phone} ke no baru, caranya gmn?",
    "no ref {ref} kak, tolong dicek",
    "udh bayar pake VA {bank} {va} tp pesanan dibatalin",
    "lupa kata sandi, email reset nya gk masuk",
    "no resi nya {resi} ya kak, tolong dilacak",
    "tagihan {amount} jatuh tempo tgl {date}",
    "cvv di kartu debit sy kok gk ada ya?",
    "nik {nik} udh kepake di akun lain katanya, padahal itu nik sy",
    "kak sy udh transfer Rp {unik} (pake kode unik), kok blm dikonfirmasi",
    "kode unik nya 3 digit terakhir kan? jd totalnya Rp {unik} ya kak",
    "sy share pin lokasi ya kak, drivernya nyasar",
    "kode bank BCA 014 kan kak?",
    "kode pembayaran indomaret {paycode} udh expired blm?",
    "kode referral sy {promo}, kok temen sy gk dpt bonus",
    "cvv nya kehapus, gk kebaca kak",
    "nomor kartu sy kepotong di struk, cuma keliatan 4 angka terakhir {last4}",
    "pin atm sy udh diganti td di atm, skrg m-bankingnya gk bisa",
    "kode otp nya 6 digit kan? sy cuma dpt 4",
    "pesanan {order} udh dibayar via VA {va} tgl {date} jam {time}, tlg dicek. no wa {phone}",
    "password nya udh sy ganti kok kak, aman",
    "limit kartu kredit sy {amount}, knp transaksi {amount2} ditolak?",
    "versi {version} gk ada menu ganti pin",
    "kode booking {booking}, no hp pemesan {phone}",
    "error {err} pas masukin otp",
    "kartu sy ditolak di {merchant}, akhiran {last4}, exp {exp}",
    "tolong kirim ulang otp ke {phone}",
    "sy lupa pin {ewallet}, gmn cara resetnya",
]

# ----------------------------------------------------------------------------------------------------------
# generation


def verify(msg, kinds, f):
    """The label checks. Returns a reason string when the message must be redrawn."""
    if "\t" in msg or "\n" in msg or "\r" in msg:
        return "tab/newline"
    runs = luhn_runs(msg)
    allowed = set(f.cards) | f.allowed
    stray = {r for r in runs if r not in allowed}
    if stray:
        return "stray Luhn-valid run " + ",".join(sorted(stray))
    if kinds == ["none"]:
        if f.secret_keys:
            return "negative template drew a secret value"
        return None
    for d in f.cards:
        assert luhn_ok(d) and issuer_ok(d), d
        if d not in runs:
            return "card digits not recoverable from text"
        if d not in all_digits(msg):
            return "card digits not in text"
    if ("card" in kinds) != bool(f.cards):
        return "card label mismatch"
    want = {"password": ("pw",), "pin": ("pin",), "otp": ("otp", "otp_spaced"), "cvv": ("cvv", "cvv4")}
    for k, keys in want.items():
        if (k in kinds) != any(x in f.secret_keys for x in keys):
            return "label mismatch " + k
    return None


def draw(templates, n, lang, fixed_kinds, seen, stats):
    """Draw n distinct messages, cycling through the templates so each is used about equally."""
    out = []
    pool = []
    tries = 0
    dups = {}
    while len(out) < n:
        tries += 1
        if tries > n * 200:
            raise SystemExit("could not draw %d messages for %s/%s" % (n, fixed_kinds, lang))
        if not pool:
            pool = [t for t in templates if dups.get(t, 0) < 5]
            R.shuffle(pool)
        t = pool.pop()
        kinds, text = (t if isinstance(t, tuple) else (fixed_kinds, t))
        f = Filler(lang)
        msg = text.format_map(f)
        klist = kinds.split(",")
        why = verify(msg, klist, f)
        if why:
            stats["redrawn"] = stats.get("redrawn", 0) + 1
            stats.setdefault("why", {}).setdefault(why.split(" ")[0] + " " + (why.split(" ")[1] if " " in why else ""), 0)
            stats["why"][why.split(" ")[0] + " " + (why.split(" ")[1] if " " in why else "")] += 1
            pool.append(t)
            continue
        if msg in seen:
            dups[t] = dups.get(t, 0) + 1  # a template with few variants stops being drawn once it is used up
            continue
        seen.add(msg)
        canon = ",".join(k for k in ORDER if k in klist) or "none"
        out.append((canon, lang, msg, f))
    return out


def main():
    n_single = 30       # per class per language
    n_multi = 12        # per language
    n_neg = 152         # per language
    seen, stats, rows = set(), {}, []
    plan = [
        (CARD_EN, "card", "en"), (CARD_ID, "card", "id"),
        (PW_EN_T, "password", "en"), (PW_ID_T, "password", "id"),
        (PIN_EN_T, "pin", "en"), (PIN_ID_T, "pin", "id"),
        (OTP_EN_T, "otp", "en"), (OTP_ID_T, "otp", "id"),
        (CVV_EN_T, "cvv", "en"), (CVV_ID_T, "cvv", "id"),
    ]
    for templates, kind, lang in plan:
        rows += draw(templates, n_single, lang, kind, seen, stats)
    rows += draw(MULTI_EN, n_multi, "en", None, seen, stats)
    rows += draw(MULTI_ID, n_multi, "id", None, seen, stats)
    rows += draw(NEG_EN, n_neg, "en", "none", seen, stats)
    rows += draw(NEG_ID, n_neg, "id", "none", seen, stats)
    R.shuffle(rows)

    # final, independent re-check of the written rows
    cards_checked = 0
    for kinds, lang, msg, f in rows:
        assert verify(msg, kinds.split(","), f) is None, msg
        cards_checked += len(f.cards)

    total = len(rows)
    neg = sum(1 for r in rows if r[0] == "none")
    per = {}
    for kinds, lang, _, _ in rows:
        for k in kinds.split(","):
            per.setdefault((k, lang), 0)
            per[(k, lang)] += 1
    fx = {}
    for kinds, _, _, f in rows:
        for e in f.fx:
            key = ("pos " if kinds != "none" else "neg ") + e
            fx[key] = fx.get(key, 0) + 1
    brands = {}
    for _, _, _, f in rows:
        for d in f.cards:
            b = next(k for k in ("amex", "jcb", "discover", "unionpay", "visa", "mastercard") if brand_of(d) == k)
            brands[b] = brands.get(b, 0) + 1
            fx["pos card-%d-digits" % len(d)] = fx.get("pos card-%d-digits" % len(d), 0) + 1
    combos = {}
    for kinds, lang, _, _ in rows:
        combos[(kinds, lang)] = combos.get((kinds, lang), 0) + 1
    luhn_neg = sum(1 for kinds, _, msg, _ in rows if kinds == "none" and luhn_runs(msg))

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# HelpdeskBot secret guard - held-back corpus (issue 13). Written by generate.py (seed %d); do not edit by hand.\n" % SEED)
        fh.write("# Format: kinds<TAB>lang<TAB>message. kinds = none, or a comma list of card,password,pin,otp,cvv. lang = en|id.\n")
        fh.write("# Labels are by meaning: positive only when the message gives a secret's value. Cards are Luhn-valid with real issuer prefixes;\n")
        fh.write("# negatives hold no Luhn-valid 13-19 digit run except IMEIs and NIKs said as such. Independent of the guard's code, corpus and tests.\n")
        fh.write("# %d messages, %d none (%.1f%%). Some values carry full-width digits or zero-width characters on purpose.\n" % (total, neg, 100.0 * neg / total))
        for kinds, lang, msg, _ in rows:
            fh.write("%s\t%s\t%s\n" % (kinds, lang, msg))

    print("wrote %s: %d messages, %d none (%.1f%%), %d cards Luhn-checked" % (OUT, total, neg, 100.0 * neg / total, cards_checked))
    for k in ["none"] + ORDER:
        print("  %-9s en %4d  id %4d" % (k, per.get((k, "en"), 0), per.get((k, "id"), 0)))
    print("  lines by lang: en %d, id %d" % (sum(1 for r in rows if r[1] == "en"), sum(1 for r in rows if r[1] == "id")))
    print("  multi-kind lines: %d" % sum(1 for r in rows if "," in r[0]))
    print("  negatives with a Luhn-valid 13-19 digit run (IMEI/NIK said as such): %d" % luhn_neg)
    print("  cards by issuer: " + ", ".join("%s %d" % (k, brands[k]) for k in sorted(brands)))
    print("  lines by label and language:")
    for (k, lang) in sorted(combos):
        print("    %-14s %s %4d" % (k, lang, combos[(k, lang)]))
    for k in sorted(fx):
        print("  %-28s %d" % (k, fx[k]))
    print("  redrawn while checking: %d %s" % (stats.get("redrawn", 0), stats.get("why", {})))


def check_file(path):
    """Reads the written file back and checks it on its own terms, without the generator's memory of what went in."""
    kinds_ok = set(ORDER)
    rows = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            assert len(parts) == 3, "line %d: %d fields" % (ln, len(parts))
            kinds, lang, msg = parts
            assert lang in ("en", "id"), ln
            klist = kinds.split(",")
            assert kinds == "none" or (set(klist) <= kinds_ok and klist == [k for k in ORDER if k in klist]), ln
            runs = luhn_runs(msg)
            if "card" in klist:
                assert any(issuer_ok(r) for r in runs), "line %d: no Luhn-valid card with a real issuer prefix" % ln
            elif runs:
                low = normalize(msg).lower()
                assert kinds == "none" and ("imei" in low or "nik" in low), "line %d: Luhn-valid run in a non-card line" % ln
            rows += 1
    return rows


if __name__ == "__main__":
    main()
    print("  re-read and checked %d lines of %s" % (check_file(OUT), os.path.basename(OUT)))
