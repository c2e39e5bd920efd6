#!/usr/bin/env python3
"""Checks the example inventories in examples/inventories/ against the rules a
careful reviewer applies (FORMAT.md 1.0 + DOMAIN.md), independently of the
C# tool. Exit 0 when every rule holds, 1 otherwise. Prints the comparison
metrics per item and region (what `svcstd diff` should report).

    python3 examples/tools/check_examples.py [--quiet]

YAML is parsed with PyYAML when available; otherwise the YAML files are
checked through the data make_examples.py builds (and the JSON file as read).
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
INV = os.path.join(ROOT, "examples", "inventories")
DIVISIONS = os.environ.get("GBT2260_CSV", os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "gbt2260", "divisions.csv")))

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_examples  # noqa: E402  (for cross-checking the generated files)

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

EXPECTED = {  # file -> (region code, landline area code)
    "zhejiang-jiaxing.yaml": ("330400", "0573"),
    "shaanxi-taibai.yaml": ("610331", "0917"),
    "yunnan-nujiang.yaml": ("533300", "0886"),
    "sichuan-dongxing.json": ("511011", "0832"),
}

# ---------------------------------------------------------------- code lists
TYPES = {"administrativeLicensing": "01", "administrativePenalty": "02", "administrativeCoercion": "03",
         "administrativeLevy": "04", "administrativePayment": "05", "administrativeInspection": "06",
         "administrativeConfirmation": "07", "administrativeReward": "08", "administrativeAdjudication": "09",
         "otherAdministrativePower": "10", "publicService": "20"}
STATUS = {"active", "suspended", "cancelled"}
LEVELS = {"national": "1", "provincial": "2", "municipal": "3", "county": "4", "township": "5", "village": "6"}
NATURE = {"statutoryAgency", "authorizedOrganization", "entrustedOrganization", "other"}
SOURCE = {"statutory", "delegatedFromAbove", "authorizedByAbove", "authorizedByPeer", "entrustedByAbove", "entrustedByPeer"}
OBJECTS = {"naturalPerson", "enterpriseLegalPerson", "publicInstitution", "socialOrganization",
           "unincorporatedEnterprise", "administrativeOrgan", "otherOrganization"}
HANDLING = {"immediate", "promised"}
CHANNELS = {"window", "online", "mobile", "post", "selfService"}
FORMS = {"original", "copy", "originalAndCopy"}
MEDIA = {"paper", "electronic", "paperAndElectronic"}
MSOURCE = {"applicant", "government", "intermediary", "other"}
RESULT_TYPES = {"certificate", "approvalDocument", "other"}
UNITS = {"workingDays", "calendarDays", "hours", "months", "immediate"}
SPECIAL_KINDS = {"extension", "other"}

# ---------------------------------------------------------------- key order (FORMAT.md section 1)
ORDER = {
    "doc": ["schemaVersion", "region", "department", "publishedOn", "items"],
    "region": ["code", "name"],
    "department": ["name", "creditCode"],
    "item": ["basicCode", "implementationCode", "name", "type", "status", "authority", "serviceObjects",
             "handlingType", "timeLimits", "process", "guide", "contacts", "themes", "extensions"],
    "authority": ["name", "creditCode", "nature", "level", "source", "legalBasis"],
    "legalBasis": ["title", "article"],
    "timeLimits": ["legal", "committed"],
    "timeLimit": ["value", "unit", "note"],
    "process": ["steps", "specialProcedures"],
    "step": ["name", "actor", "timeLimit"],
    "special": ["kind", "description", "timeLimit"],
    "guide": ["acceptanceConditions", "materials", "fees", "channels", "onlineDepth", "onsiteVisits",
              "onsiteVisitReason", "locations", "intermediaryServices", "result", "quantityLimit"],
    "material": ["name", "required", "form", "medium", "copies", "source"],
    "fees": ["charged", "items"],
    "fee": ["name", "amount", "basis"],
    "location": ["name", "address", "hours"],
    "intermediary": ["name", "basis"],
    "result": ["type", "name", "validity"],
    "contacts": ["consultation", "complaint"],
    "contact": ["phone"],
}

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
VAGUE = ["相关材料", "其他材料", "详见", "按规定", "有关材料"]
ISO_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^(0\d{2,3})-(\d{7,8})$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


# ---------------------------------------------------------------- helpers
def load_divisions():
    div = {}
    with open(DIVISIONS, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            div[row["code"]] = (row["name"], row["level"], row["parent"])
    return div


def within(div, code, region):
    while code:
        if code == region:
            return True
        code = div.get(code, (None, None, ""))[2]
    return False


def org_check(body8):
    s = 0
    for c, w in zip(body8, ORG_WEIGHTS):
        s += (int(c) if c.isdigit() else ord(c) - 55) * w
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def check_credit(where, code, div, region):
    if not isinstance(code, str) or len(code) != 18:
        return err(where, f"credit code {code!r} is not 18 chars")
    if any(c not in CREDIT_CHARSET for c in code):
        return err(where, f"credit code {code} has a char outside GB 32100 charset")
    if code[0] != "1" or code[1] not in "1239":
        err(where, f"credit code {code}: positions 1-2 {code[:2]} are not 机构编制 (1) + 1/2/3/9")
    d = code[2:8]
    if d not in div:
        err(where, f"credit code {code}: division {d} does not exist")
    elif not within(div, d, region):
        err(where, f"credit code {code}: division {d} is not in region {region}")
    if org_check(code[8:16]) != code[16]:
        err(where, f"credit code {code}: GB 11714 check char {code[16]} should be {org_check(code[8:16])}")
    s = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS))
    c = 31 - s % 31
    expect = CREDIT_CHARSET[0 if c == 31 else c]
    if code[17] != expect:
        err(where, f"credit code {code}: GB 32100 check char {code[17]} should be {expect}")


def check_order(where, obj, kind):
    if not isinstance(obj, dict):
        return err(where, f"{kind} is not a mapping")
    known = ORDER[kind]
    keys = [k for k in obj if k in known]
    if keys != sorted(keys, key=known.index):
        err(where, f"keys of {kind} out of FORMAT.md order: {list(obj)}")
    unknown = [k for k in obj if k not in known]
    if unknown:
        err(where, f"unknown keys in {kind}: {unknown}")


def wd(limit):
    """Working-day equivalent of a time limit (FORMAT.md section 1)."""
    v, u = limit["value"], limit["unit"]
    return {"immediate": 0, "workingDays": v, "hours": v / 8, "calendarDays": v * 5 / 7, "months": v * 21.75}[u]


def check_limit(where, limit):
    check_order(where, limit, "timeLimit")
    if not isinstance(limit.get("value"), (int, float)) or isinstance(limit.get("value"), bool) or limit["value"] < 0:
        err(where, f"time limit value {limit.get('value')!r} is not a number >= 0")
    if limit.get("unit") not in UNITS:
        err(where, f"time limit unit {limit.get('unit')!r}")
    if limit.get("unit") == "immediate" and limit.get("value") != 0:
        err(where, "immediate with a value other than 0")


def vague(text):
    t = text.strip()
    return any(v in t for v in VAGUE) or t.endswith("等") or t.endswith("等。")


def check_phone(where, phone, area):
    if phone == "12345" or MOBILE.match(phone) or re.match(r"^[48]00-?\d{3}-?\d{4}$", phone):
        return
    m = LANDLINE.match(phone)
    if not m:
        return err(where, f"malformed phone {phone!r}")
    if m.group(1) != area:
        err(where, f"landline {phone} does not use the region's area code {area}")


# ---------------------------------------------------------------- the item
def check_item(where, it, div, region, area, metrics):
    check_order(where, it, "item")
    bc = it.get("basicCode", "")
    if not re.fullmatch(r"00\d{10}", bc):
        err(where, f"basicCode {bc!r} is not 00 + 10 digits")
    if it.get("type") not in TYPES:
        err(where, f"type {it.get('type')!r}")
    elif bc[2:4] != TYPES[it["type"]]:
        err(where, f"basicCode {bc} type digits {bc[2:4]} do not match type {it['type']} ({TYPES[it['type']]})")
    if it.get("status", "active") not in STATUS:
        err(where, f"status {it.get('status')!r}")
    if not it.get("name"):
        err(where, "no name")

    a = it.get("authority") or {}
    check_order(where + "/authority", a, "authority")
    for f in ("name", "creditCode", "nature", "level", "source"):
        if not a.get(f):
            err(where, f"authority.{f} missing")
    check_credit(where + "/authority/creditCode", a.get("creditCode"), div, region)
    if a.get("nature") not in NATURE:
        err(where, f"authority.nature {a.get('nature')!r}")
    if a.get("level") not in LEVELS:
        err(where, f"authority.level {a.get('level')!r}")
    if a.get("source") not in SOURCE:
        err(where, f"authority.source {a.get('source')!r}")
    lb = a.get("legalBasis") or []
    if it.get("type") != "publicService" and not lb:
        err(where, "administrative power without legalBasis")
    for i, b in enumerate(lb):
        check_order(f"{where}/authority/legalBasis/{i}", b, "legalBasis")
        if not re.fullmatch(r"《[^《》]+》", b.get("title", "")):
            err(where, f"legalBasis title {b.get('title')!r} not in 《》")
        if not re.fullmatch(r"第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?", b.get("article", "")):
            err(where, f"legalBasis article {b.get('article')!r}")
    ic = it.get("implementationCode")
    if a.get("level") in LEVELS:
        expect = f"{a.get('creditCode')}{LEVELS[a['level']]}{bc}"
        if ic != expect or len(ic) != 31:
            err(where, f"implementationCode {ic} should be {expect}")

    so = it.get("serviceObjects") or []
    if not so or any(o not in OBJECTS for o in so):
        err(where, f"serviceObjects {so}")

    tls = it.get("timeLimits") or {}
    check_order(where + "/timeLimits", tls, "timeLimits")
    for k in ("legal", "committed"):
        if k in tls:
            check_limit(f"{where}/timeLimits/{k}", tls[k])
    com = tls.get("committed")
    if com is None:
        err(where, "no committed time limit")
        return
    ht = it.get("handlingType")
    if ht not in HANDLING:
        err(where, f"handlingType {ht!r}")
    is_imm = com.get("unit") == "immediate" and com.get("value") == 0
    if (ht == "immediate") != is_imm:
        err(where, f"handlingType {ht} with committed {com}")
    if "legal" in tls and wd(com) > wd(tls["legal"]):
        err(where, f"committed {com} longer than legal {tls['legal']}")

    pr = it.get("process") or {}
    check_order(where + "/process", pr, "process")
    steps = pr.get("steps") or []
    if it.get("type") == "administrativeLicensing" and not steps:
        err(where, "licence without process steps")
    total = 0
    for i, s in enumerate(steps):
        check_order(f"{where}/process/steps/{i}", s, "step")
        if not s.get("name") or not s.get("actor"):
            err(where, f"step {i} without name or actor")
        if "timeLimit" in s:
            check_limit(f"{where}/process/steps/{i}", s["timeLimit"])
            if is_imm and s["timeLimit"].get("unit") != "immediate":
                err(where, f"step {i} of an immediate item has limit {s['timeLimit']}")
            total += wd(s["timeLimit"])
    if total > wd(com) + 1e-9:
        err(where, f"step limits sum to {total} working days > committed {wd(com)}")
    for i, sp in enumerate(pr.get("specialProcedures") or []):
        check_order(f"{where}/process/specialProcedures/{i}", sp, "special")
        if sp.get("kind") not in SPECIAL_KINDS or not sp.get("description"):
            err(where, f"special procedure {i}: {sp}")
        if "timeLimit" in sp:
            check_limit(f"{where}/process/specialProcedures/{i}", sp["timeLimit"])

    g = it.get("guide") or {}
    check_order(where + "/guide", g, "guide")
    conds = g.get("acceptanceConditions") or []
    if not conds:
        err(where, "no acceptanceConditions")
    for c in conds:
        if vague(c):
            err(where, f"vague acceptance condition {c!r}")
    mats = g.get("materials") or []
    names = set()
    for i, m in enumerate(mats):
        w = f"{where}/guide/materials/{i}"
        check_order(w, m, "material")
        if vague(m.get("name", "")):
            err(w, f"vague material name {m.get('name')!r}")
        if m.get("name") in names:
            err(w, f"duplicate material {m.get('name')}")
        names.add(m.get("name"))
        if not isinstance(m.get("required"), bool):
            err(w, "required is not a boolean")
        if m.get("form") not in FORMS or m.get("medium") not in MEDIA or m.get("source") not in MSOURCE:
            err(w, f"bad form/medium/source {m}")
        if not isinstance(m.get("copies"), int) or m["copies"] < 1:
            err(w, f"copies {m.get('copies')!r}")
    fees = g.get("fees") or {}
    check_order(where + "/guide/fees", fees, "fees")
    fee_total = 0
    if fees.get("charged") is True:
        if not fees.get("items"):
            err(where, "fees charged with no items")
        for f in fees.get("items") or []:
            check_order(where + "/guide/fees/items", f, "fee")
            if not f.get("basis") or not f.get("name") or not isinstance(f.get("amount"), (int, float)) or f["amount"] <= 0:
                err(where, f"fee item incomplete {f}")
            fee_total += f.get("amount", 0)
    elif fees.get("charged") is False:
        if fees.get("items"):
            err(where, "fee items while not charged")
    else:
        err(where, "fees.charged missing")
    ch = g.get("channels") or []
    if not ch or any(c not in CHANNELS for c in ch) or len(set(ch)) != len(ch):
        err(where, f"channels {ch}")
    depth = g.get("onlineDepth")
    if depth not in (1, 2, 3, 4):
        err(where, f"onlineDepth {depth!r}")
    elif depth >= 2 and "online" not in ch and "mobile" not in ch:
        err(where, f"onlineDepth {depth} without an online or mobile channel")
    visits = g.get("onsiteVisits")
    if not isinstance(visits, int) or visits < 0:
        err(where, f"onsiteVisits {visits!r}")
    else:
        if visits > 0 and not g.get("onsiteVisitReason"):
            err(where, "onsiteVisits > 0 without onsiteVisitReason")
        if visits == 0 and "onsiteVisitReason" in g:
            err(where, "onsiteVisitReason with 0 visits")
        if depth == 4 and visits != 0:
            err(where, "onlineDepth 4 with on-site visits")
        if visits == 0 and not ({"online", "post"} & set(ch)):
            err(where, "0 visits without online or post channel")
    locs = g.get("locations") or []
    if "window" in ch and not locs:
        err(where, "window channel without a location")
    for i, l in enumerate(locs):
        check_order(f"{where}/guide/locations/{i}", l, "location")
        if not (l.get("name") and l.get("address") and l.get("hours")):
            err(where, f"location {i} incomplete")
    inter = g.get("intermediaryServices") or []
    for i, s in enumerate(inter):
        check_order(f"{where}/guide/intermediaryServices/{i}", s, "intermediary")
        if not s.get("name") or not s.get("basis"):
            err(where, f"intermediary {i} incomplete")
    if any(m.get("source") == "intermediary" for m in mats) and not inter:
        err(where, "material from an intermediary but no intermediaryServices")
    r = g.get("result") or {}
    check_order(where + "/guide/result", r, "result")
    if r.get("type") not in RESULT_TYPES or not r.get("name"):
        err(where, f"result {r}")
    if r.get("name", "").endswith("证") and r.get("type") != "certificate":
        err(where, f"result {r.get('name')} is not typed certificate")
    if "validity" in r and not ISO_DURATION.match(str(r["validity"])):
        err(where, f"validity {r['validity']!r} is not an ISO 8601 duration")
    if not g.get("quantityLimit"):
        err(where, "quantityLimit missing")

    ct = it.get("contacts") or {}
    check_order(where + "/contacts", ct, "contacts")
    for k in ("consultation", "complaint"):
        if not ct.get(k):
            err(where, f"no {k} contact")
        for c in ct.get(k) or []:
            check_order(f"{where}/contacts/{k}", c, "contact")
            check_phone(f"{where}/contacts/{k}", str(c.get("phone", "")), area)
    if not it.get("themes"):
        err(where, "no themes")
    if "extensions" in it and not isinstance(it["extensions"], dict):
        err(where, "extensions is not a mapping")

    metrics[bc] = {
        "committedWorkingDays": wd(com),
        "legalWorkingDays": wd(tls["legal"]) if "legal" in tls else None,
        "materials": sum(1 for m in mats if m.get("required")),
        "materialsListed": len(mats),
        "feeTotal": fee_total,
        "onsiteVisits": visits,
        "processSteps": len(steps),
        "intermediaryServices": len(inter),
        "onlineDepth": depth,
    }


# ---------------------------------------------------------------- coverage of FORMAT.md
COVER_PATHS = [
    "region.code", "region.name", "department.name", "department.creditCode", "publishedOn",
    "items.basicCode", "items.implementationCode", "items.name", "items.type", "items.status",
    "items.authority.name", "items.authority.creditCode", "items.authority.nature", "items.authority.level",
    "items.authority.source", "items.authority.legalBasis.title", "items.authority.legalBasis.article",
    "items.serviceObjects", "items.handlingType", "items.timeLimits.legal.value", "items.timeLimits.legal.note",
    "items.timeLimits.committed.unit", "items.process.steps.name", "items.process.steps.actor",
    "items.process.steps.timeLimit.value", "items.process.specialProcedures.kind",
    "items.process.specialProcedures.description", "items.process.specialProcedures.timeLimit.unit",
    "items.guide.acceptanceConditions", "items.guide.materials.name", "items.guide.materials.required",
    "items.guide.materials.form", "items.guide.materials.medium", "items.guide.materials.copies",
    "items.guide.materials.source", "items.guide.fees.charged", "items.guide.fees.items.name",
    "items.guide.fees.items.amount", "items.guide.fees.items.basis", "items.guide.channels",
    "items.guide.onlineDepth", "items.guide.onsiteVisits", "items.guide.onsiteVisitReason",
    "items.guide.locations.name", "items.guide.locations.address", "items.guide.locations.hours",
    "items.guide.intermediaryServices.name", "items.guide.intermediaryServices.basis",
    "items.guide.result.type", "items.guide.result.name", "items.guide.result.validity",
    "items.guide.quantityLimit", "items.contacts.consultation.phone", "items.contacts.complaint.phone",
    "items.themes", "items.extensions",
]


def paths(obj, prefix=""):
    out = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{prefix}.{k}" if prefix else k
            out.add(p)
            out |= paths(v, p)
    elif isinstance(obj, list):
        for v in obj:
            out |= paths(v, prefix)
    return out


# ---------------------------------------------------------------- main
def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        return json.loads(text)
    if yaml is None:
        return None
    return yaml.safe_load(text)


def main():
    quiet = "--quiet" in sys.argv
    div = load_divisions()
    generated = make_examples.build()
    docs, table, all_paths = {}, {}, set()
    for fname, (region, area) in EXPECTED.items():
        path = os.path.join(INV, fname)
        if not os.path.exists(path):
            err(fname, "missing (run make_examples.py)")
            continue
        doc = load(path)
        if doc is None:
            print(f"note: PyYAML missing, {fname} checked through make_examples.build()")
            doc = generated[fname]
        elif doc != generated[fname]:
            err(fname, "file differs from make_examples.build() (stale file or emitter bug)")
        if fname.endswith((".yaml", ".yml")):
            with open(path, encoding="utf-8") as f:
                if not f.readline().startswith("# "):
                    err(fname, "YAML file does not start with a comment line")
        docs[fname] = doc
        check_order(fname, doc, "doc")
        check_order(fname + "/region", doc.get("region") or {}, "region")
        if doc.get("schemaVersion") != "1.0":
            err(fname, f"schemaVersion {doc.get('schemaVersion')!r}")
        rc = (doc.get("region") or {}).get("code")
        if rc != region:
            err(fname, f"region code {rc} expected {region}")
        if rc not in div:
            err(fname, f"region code {rc} not in divisions.csv")
        elif doc["region"].get("name") != div[rc][0]:
            err(fname, f"region name {doc['region'].get('name')} should be {div[rc][0]}")
        dep = doc.get("department") or {}
        check_order(fname + "/department", dep, "department")
        check_credit(fname + "/department/creditCode", dep.get("creditCode"), div, rc)
        if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(doc.get("publishedOn"))):
            err(fname, f"publishedOn {doc.get('publishedOn')!r}")
        items = doc.get("items") or []
        if not 10 <= len(items) <= 12:
            err(fname, f"{len(items)} items, expected 10-12")
        metrics, seen = {}, set()
        for i, it in enumerate(items):
            check_item(f"{fname}/items/{i}", it, div, rc, area, metrics)
            if it.get("basicCode") in seen:
                err(fname, f"duplicate basicCode {it.get('basicCode')}")
            seen.add(it.get("basicCode"))
        table[fname] = metrics
        all_paths |= paths(doc)

    # cross-region rules
    names = {}
    for fname, doc in docs.items():
        for it in doc.get("items") or []:
            names.setdefault(it["basicCode"], set()).add(it["name"])
    for bc, ns in names.items():
        if len(ns) > 1:
            err("cross-region", f"basicCode {bc} has several names {sorted(ns)}")
    codes = [set(m) for m in table.values()]
    shared = set.intersection(*codes) if codes else set()
    partial = set.union(*codes) - shared if codes else set()
    if len(shared) < 8:
        err("cross-region", f"only {len(shared)} items shared by all regions")
    if not 1 <= len(partial) <= 3:
        err("cross-region", f"{len(partial)} items carried only by some regions (expected 1-3)")
    missing = [p for p in COVER_PATHS if p not in all_paths]
    if missing:
        err("coverage", f"FORMAT.md sections never used: {missing}")

    # the published facts of 公共场所卫生许可 (DOMAIN.md)
    pv = "000123020000"
    facts = {
        "shaanxi-taibai.yaml": dict(committedWorkingDays=0, legalWorkingDays=20, materialsListed=6, materials=4),
        "yunnan-nujiang.yaml": dict(committedWorkingDays=1, legalWorkingDays=20, onlineDepth=3, feeTotal=0, onsiteVisits=1),
        "zhejiang-jiaxing.yaml": dict(committedWorkingDays=7, legalWorkingDays=20, materialsListed=9),
    }
    for fname, want in facts.items():
        got = table.get(fname, {}).get(pv, {})
        for k, v in want.items():
            if got.get(k) != v:
                err(fname, f"公共场所卫生许可 {k} = {got.get(k)}, DOMAIN.md says {v}")
    tb = next((it for it in docs.get("shaanxi-taibai.yaml", {}).get("items", []) if it["basicCode"] == pv), None)
    if tb:
        g = tb["guide"]
        if tb["handlingType"] != "immediate" or "post" in g["channels"] \
                or any(m["medium"] != "paper" for m in g["materials"]) \
                or sum(1 for m in g["materials"] if not m["required"]) != 2:
            err("shaanxi-taibai.yaml", "公共场所卫生许可 does not match the published guide")
    nj = next((it for it in docs.get("yunnan-nujiang.yaml", {}).get("items", []) if it["basicCode"] == pv), None)
    if nj and (nj["authority"]["level"] != "municipal" or nj["guide"]["fees"]["charged"]):
        err("yunnan-nujiang.yaml", "公共场所卫生许可 should be municipal and free")

    if not quiet:
        cols = ["committedWorkingDays", "materials", "feeTotal", "onsiteVisits", "processSteps",
                "intermediaryServices", "onlineDepth"]
        short = {f: f.split("-")[1].split(".")[0] for f in EXPECTED}
        print("item | " + " | ".join(short[f] for f in EXPECTED) + "   (C/M/F/V/S/I/D)")
        for bc in sorted(set.union(*codes), key=lambda c: (c not in shared, c)):
            cells = []
            for f in EXPECTED:
                m = table.get(f, {}).get(bc)
                cells.append("-" if m is None else "/".join(
                    str(int(m[c]) if isinstance(m[c], float) and m[c].is_integer() else m[c]) for c in cols))
            print(f"{bc} {next(iter(names[bc]))} | " + " | ".join(cells))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(docs)} files, {sum(len(d['items']) for d in docs.values())} items, "
          f"{len(shared)} shared basic codes, {len(partial)} partial")
    return 0


if __name__ == "__main__":
    sys.exit(main())
