"""A small synthetic run folder for the report tests: three targets, hostile strings included."""

from __future__ import annotations

import csv
import json
import struct
import zlib
from pathlib import Path

EVIL_FORMULA = '=HYPERLINK("http://evil","x")'
SCRIPT = "<script>alert(1)</script>"
DANGEROUS_LEADS = ("+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tTAB=1", "\rCR=1")
GOOD_URL = "https://alpha.example/about"
HTTPS_FORMULA = "s = the criterion's own score"
FOOTPRINT_FORMULA = "footprint = 100 × presence × audience"
# What scoring.formula.describe records in run.json (the reports only format it).
FORMULAS = {
    "dimensions": [{"dimension": "tech", "weight": 2.0, "combine": "mean",
                    "formula": "tech = 100 × Σ wᵢ·sᵢ / Σ wᵢ"},
                   {"dimension": "footprint", "weight": 0.5, "combine": "product",
                    "formula": FOOTPRINT_FORMULA}],
    "overall": {"method": "arithmetic", "formula": "overall = Σ W·D / Σ W"},
    "missing": {"policy": "exclude", "formula": "unknown verdicts are left out"},
    "ranking": {"resolution": 0.1, "formula": "rank on overall rounded to 0.1"},
    "not_counted": [{"criterion": "social-backlinks", "weight": 0.5, "dimension": "footprint",
                     "reason": "not a factor of the product"}],
    "profiles": [{"kind": "ngo", "dimensions": {"tech": 0.5}, "criteria": {"donation": 3.0}}],
}

SCORES_HEADER = ["target_id", "name", "kind", "status", "overall", "content", "social",
                 "services", "tech", "footprint", "rank"]
RESULTS_HEADER = ["target_id", "criterion_id", "dimension", "status", "value", "score",
                  "weight", "evidence_url", "evidence", "criterion_score"]
CRITERIA = [
    {"id": "about-section", "dimension": "content", "title": "Has an about section",
     "failure_title": "No about section", "measures": "A link to an about page.",
     "applies_to": None},
    {"id": "https", "dimension": "tech", "title": "Served over HTTPS",
     "failure_title": "Not served over HTTPS", "measures": "-The home page uses HTTPS.",
     "applies_to": None},
    {"id": "donation", "dimension": "services", "title": "Accepts donations online",
     "failure_title": "No online donation", "measures": "A donation form or page.",
     "applies_to": ["ngo"]},
]


def tiny_png() -> bytes:
    """A valid 1x1 white PNG, built by hand so the tests need no image library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def make_run(root: Path) -> Path:
    """Write a scored run folder under `root` and return its path."""
    run = root / "run"
    run.mkdir()
    _write_csv(run / "scores.csv", SCORES_HEADER, [  # file order is not rank order on purpose
        ["gamma", "Gamma Org", "ngo", "unreachable", "", "", "", "", "", "", ""],
        ["evil", EVIL_FORMULA, "company", "ok", "55.55", "40", "60", "", "70", "50", "2"],
        ["alpha", f"Alpha {SCRIPT}", "ngo", "ok", "81.2345", "100", "75.5", "90", "60",
         "80", "1"],
    ])
    _write_csv(run / "results.csv", RESULTS_HEADER, [
        ["alpha", "about-section", "content", "pass", "true", "1", "1", GOOD_URL,
         f"About us {SCRIPT}", "1"],
        ["alpha", "https", "tech", "fail", "false", "0", "2", "javascript:alert(1)",
         "#N/A", "0"],
        ["alpha", "donation", "services", "pass", "true", "1", "1",
         "https://alpha.example/donate", "Donate\x01 now", "1"],
        ["evil", "about-section", "content", "fail", DANGEROUS_LEADS[0], "0", "1",
         EVIL_FORMULA, EVIL_FORMULA, "0"],
        ["evil", "https", "tech", "pass", DANGEROUS_LEADS[1], "1", "2", "", DANGEROUS_LEADS[2],
         "1"],
        ["evil", "donation", "services", "not_applicable", DANGEROUS_LEADS[3], "", "",
         "", DANGEROUS_LEADS[4], ""],
        ["gamma", "about-section", "content", "error", "", "", "1", "", "", ""],
    ])
    (run / "criteria.json").write_text(json.dumps(CRITERIA), encoding="utf-8")
    (run / "targets.json").write_text(json.dumps([
        {"id": "alpha", "name": "Alpha", "kind": "ngo", "website": "https://alpha.example/"},
        {"id": "evil", "name": EVIL_FORMULA, "kind": "company",
         "website": "javascript:alert(2)"},
        {"id": "gamma", "name": "Gamma Org", "kind": "ngo", "website": "https://gamma.example/"},
    ]), encoding="utf-8")
    (run / "run.json").write_text(json.dumps({
        "tool_version": "0.1.0", "created_at": "2026-11-21T22:40:00+00:00",
        "updated_at": "2026-11-22T09:00:00+00:00",
        "targets_file": {"path": "panels/ngos.csv", "sha256": "a" * 64},
        "targets": {
            "alpha": {"name": "Alpha", "crawl_status": "ok", "reason": ""},
            "evil": {"name": EVIL_FORMULA, "crawl_status": "ok", "reason": ""},
            "gamma": {"name": "Gamma Org", "crawl_status": "unreachable",
                      "reason": "DNS lookup failed"},
        },
        "methodology": {
            "path": "scoring/weights.toml", "sha256": "b" * 64, "missing": "exclude",
            "dimensions": {"content": 1.0, "social": 1.0, "services": 1.0, "tech": 2.0,
                           "footprint": 0.5},
            "criteria": {"about-section": {"weight": 1.0, "curve": "binary"},
                         "https": {"weight": 2.0, "curve": "binary", "formula": HTTPS_FORMULA},
                         "donation": {"weight": 1.0, "curve": "binary"}},
            "name": "panel test", "version": "7.3",
            "formulas": FORMULAS,
        },
    }), encoding="utf-8")
    _snapshot(run, "alpha", "ok", "", screenshot=True)
    _snapshot(run, "evil", "ok", "")
    _snapshot(run, "gamma", "unreachable", "DNS lookup failed")
    return run


def _snapshot(run: Path, target_id: str, status: str, reason: str,
              screenshot: bool = False) -> None:
    folder = run / "snapshots" / target_id
    folder.mkdir(parents=True)
    pages = [] if status == "unreachable" else [
        {"url": f"https://{target_id}.example/", "final_url": f"https://www.{target_id}.example/",
         "role": "home", "why": "home page", "status": 200, "error": "",
         "title": '=HYPERLINK("http://evil.example","Click me")'},
        {"url": f"https://{target_id}.example/x", "final_url": "javascript:alert(1)",
         "role": "news", "why": "link text 'News'", "status": 404, "error": "HTTP 404",
         "title": "@SUM(1+1)"},
    ]
    shots = {"desktop": "shots/desktop.png"} if screenshot else {}
    (folder / "snapshot.json").write_text(json.dumps(
        {"status": status, "reason": reason, "pages": pages, "shots": shots}), encoding="utf-8")
    if screenshot:
        (folder / "shots").mkdir()
        (folder / "shots" / "desktop.png").write_bytes(tiny_png())


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
