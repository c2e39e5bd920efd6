#!/usr/bin/env python3
"""Writes a deterministic corpus of inventories for the catalogue's scale figures.

Usage: catalogue-corpus.py TEMPLATES_JSON OUT_DIR --regions N --items M [--seed S]

TEMPLATES_JSON is `svcstd catalogue export --format json` of the example catalogue: its 44 items (12 basic
codes, 4 regions) are the templates. Each of N real GB/T 2260 counties gets one JSON inventory of M items:
item j is a regional version of basic code j mod 12, as sub-item j div 12 (basic code, implementation code
and a name variant such as 公共场所卫生许可（变更）), with the authority renamed for the county and the
figures people compare varied within what the validation rules allow (committed limit within the legal
one, visits and online depth consistent, a material sometimes dropped). Same arguments, same bytes.
"""
import argparse
import copy
import csv
import json
import os
import random

VARIANTS = ["新办", "变更", "延续", "注销", "补证", "迁移", "告知承诺", "分支机构", "跨省通办", "简易程序", "一件事", "换证"]
LEVEL_DIGIT = {"national": "1", "provincial": "2", "municipal": "3", "county": "4", "township": "5", "village": "6"}


def counties(root):
    path = os.path.join(root, "src", "ServiceStandard", "Divisions", "divisions.csv")
    with open(path, encoding="utf-8") as f:
        return [(r["code"], r["name"]) for r in csv.DictReader(f) if r["level"] == "county" and r["name"] not in ("市辖区", "县")]


def variant_name(name, k):
    if k == 0:
        return name
    word = VARIANTS[(k - 1) % len(VARIANTS)]
    round_ = (k - 1) // len(VARIANTS)
    return f"{name}（{word}{round_ + 1 if round_ else ''}）"


def vary(template, code, name, k, region_name, template_region, rng):
    item = copy.deepcopy(template)
    basic = item["basicCode"][:9] + f"{k:03d}"
    item["basicCode"] = basic
    item["name"] = variant_name(item["name"], k)
    authority = item["authority"]
    suffix = authority["name"][len(template_region):] if authority["name"].startswith(template_region) else authority["name"]
    authority["name"] = region_name + suffix
    authority["level"] = "county"
    if "implementationCode" in item and authority.get("creditCode"):
        item["implementationCode"] = authority["creditCode"] + LEVEL_DIGIT["county"] + basic
    else:
        item.pop("implementationCode", None)
    limits = item.get("timeLimits") or {}
    legal, committed = limits.get("legal"), limits.get("committed")
    if (item.get("handlingType") == "promised" and legal and committed
            and legal["unit"] == "workingDays" and committed["unit"] == "workingDays" and legal["value"] >= 1):
        committed["value"] = rng.randint(1, int(legal["value"]))
        steps = (item.get("process") or {}).get("steps") or []
        for step in steps:  # keep the steps within the committed limit
            step.pop("timeLimit", None)
    guide = item.setdefault("guide", {})
    channels = guide.get("channels") or []
    depth = rng.choice([1, 2, 3, 3, 4]) if "online" in channels else rng.choice([1, 2])
    guide["onlineDepth"] = depth
    remote = any(c in channels for c in ("online", "mobile", "post"))
    visits = 0 if depth == 4 else rng.choice([0, 1, 1, 2]) if remote else rng.choice([1, 2])
    guide["onsiteVisits"] = visits
    if visits > 0:
        guide["onsiteVisitReason"] = guide.get("onsiteVisitReason") or "核验原件"
    else:
        guide.pop("onsiteVisitReason", None)
    materials = guide.get("materials") or []
    if len(materials) > 3 and rng.random() < 0.4:
        materials.pop(rng.randrange(1, len(materials)))
    for location in guide.get("locations") or []:
        location["name"] = region_name + "政务服务中心"
        location.pop("address", None)
    return item


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("templates")
    parser.add_argument("out")
    parser.add_argument("--regions", type=int, required=True)
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    with open(args.templates, encoding="utf-8") as f:
        catalogue = json.load(f)
    by_code = {}
    for entry in catalogue["items"]:
        by_code.setdefault(entry["basicCode"], []).append(entry)
    codes = sorted(by_code)
    if args.items > len(codes) * 1000:
        parser.error(f"at most {len(codes) * 1000} items per region")
    rng = random.Random(args.seed)
    places = counties(root)
    if args.regions > len(places):
        parser.error(f"at most {len(places)} regions")
    chosen = sorted(rng.sample(places, args.regions))
    os.makedirs(args.out, exist_ok=True)
    for code, name in chosen:
        items = []
        for j in range(args.items):
            entry = rng.choice(by_code[codes[j % len(codes)]])
            items.append(vary(entry["item"], code, name, j // len(codes), name, entry["region"]["name"], rng))
        inventory = {"schemaVersion": "1.0", "region": {"code": code, "name": name},
                     "publishedOn": "2026-06-01", "items": items}
        with open(os.path.join(args.out, f"{code}.json"), "w", encoding="utf-8") as f:
            json.dump(inventory, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{args.regions} regions x {args.items} items = {args.regions * args.items} items in {args.out}")


if __name__ == "__main__":
    main()
