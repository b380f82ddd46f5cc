"""Reports in the reader's language: complete catalogues, no English left in a French report,
evidence and reasons said for readers, the panel's language by default."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from test_reports_fixture import make_run

from benchmark.cli import main
from benchmark.criteria import catalogue, catalogue_records
from reports import write_reports
from reports.labels import LABELS
from reports.phrases import catalogue as phrase_catalogue
from reports.phrases import find, reason_text, translate
from scoring import load_methodology
from scoring.footprint import target_row

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"
# What the demo run wrote (BENCHMARK_TODAY=2026-11-21 benchmark demo): novatech's and
# flashback's results as alpha's and evil's, two of ghost's (unreachable) as gamma's.
DEMO_RESULTS = FIXTURES / "demo_results.csv"
DEMO_METHODOLOGY = FIXTURES / "demo_methodology.json"
# Identical in English and French, or names: not a sign of an untranslated report.
ALLOWED = {"Web", "SEO", "Flash", "HTTPS", "RSS", "JavaScript", "HSTS"}


def demo_like_run(root: Path, countries: tuple[str, str, str] = ("", "", "")) -> Path:
    """The report fixture with the real catalogue, the demo's results and formulas."""
    run = make_run(root)
    shutil.copy(DEMO_RESULTS, run / "results.csv")
    (run / "criteria.json").write_text(json.dumps(catalogue_records()), encoding="utf-8")
    record = json.loads((run / "run.json").read_text(encoding="utf-8"))
    record["methodology"].update(json.loads(DEMO_METHODOLOGY.read_text(encoding="utf-8")))
    record["targets"]["gamma"]["reason"] = ("home page https://www.ghost-corp.example/: the "
                                            "domain name does not resolve "
                                            "(ERR_NAME_NOT_RESOLVED)")
    (run / "run.json").write_text(json.dumps(record), encoding="utf-8")
    targets = json.loads((run / "targets.json").read_text(encoding="utf-8"))
    for target, country in zip(targets, countries, strict=True):
        target["country"] = country
    (run / "targets.json").write_text(json.dumps(targets), encoding="utf-8")
    return run


def leaves(tree: object, path: tuple = ()) -> dict[tuple, str]:
    """Every string of a label tree by its path."""
    if isinstance(tree, dict):
        return {k: v for key, value in tree.items() for k, v in leaves(value, (*path, key)).items()}
    if isinstance(tree, list):
        return {k: v for i, value in enumerate(tree) for k, v in leaves(value, (*path, i)).items()}
    return {path: tree} if isinstance(tree, str) else {}


def english_strings() -> set[str]:
    """The English catalogue, less what French writes the same way (same key, same words)."""
    english, french = leaves(LABELS["en"]), leaves(LABELS["fr"])
    shared = {text for path, text in english.items() if french.get(path) == text}
    return {text for text in english.values() if len(text) > 2} - shared - ALLOWED


def report_texts(run: Path) -> list[str]:
    """Every text node of the HTML pages (the index and each scorecard) and every text cell
    of benchmark.xlsx."""
    texts: list[str] = []
    for path in [run / "benchmark.html", *sorted((run / "orgs").glob("*.html"))]:
        page = path.read_text(encoding="utf-8")
        page = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", page, flags=re.S)
        texts += [html.unescape(text).strip() for text in re.findall(r">([^<]+)<", page)]
        texts += [html.unescape(text) for text in re.findall(r'(?:alt|title)="([^"]*)"', page)]
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    texts += [ws.title for ws in workbook]
    texts += [cell.value for ws in workbook for row in ws.iter_rows() for cell in row
              if isinstance(cell.value, str)]
    return [text for text in texts if text]


def test_every_criterion_has_its_french_words() -> None:
    french = LABELS["fr"]["criteria"]
    for item in catalogue():
        words = french.get(item.id, {})
        for field in ("title", "failure_title", "measures"):
            assert words.get(field, "").strip(), f"{item.id}: no French {field}"
            if field != "measures" or len(item.measures) > 20:
                assert words[field] != getattr(item, field), f"{item.id}: {field} in English"
    assert set(french) == {item.id for item in catalogue()}  # no stale entry either


def english_leftovers(run: Path) -> list[str]:
    """The strings of the English catalogue and the English evidence of `run`'s results.csv
    that its (French) reports still show."""
    ids = {item.id for item in catalogue()}  # identifiers, shown beside the titles
    texts = [text for text in report_texts(run) if text not in ids]
    whole = set(texts)
    # The English evidence, said for the reader: none may stay as it was, except pure
    # quotes of the site (lists of its URLs, follower counts under 1,000).
    with (run / "results.csv").open(encoding="utf-8") as handle:
        evidence = {row["evidence"] for row in csv.DictReader(handle)}
    quotes = {text for text in evidence if re.fullmatch(r"(https?://\S+ ?)+|\w+ \d{1,3}", text)}
    leftovers = []
    for english in english_strings() | (evidence - quotes):
        long = len(english.split()) >= 4
        if (any(english in text for text in texts) if long else english in whole):
            leftovers.append(english)
    return leftovers


def test_french_report_holds_no_string_of_the_english_catalogue(tmp_path: Path) -> None:
    run = demo_like_run(tmp_path)
    write_reports(run, lang="fr")
    assert not english_leftovers(run), english_leftovers(run)


def account(platform: str, status: str = "ok", followers: str = "", posts: str = "",
            source: str = "crawled") -> dict[str, str]:
    """One footprint.csv row of alpha."""
    return {"target": "alpha", "platform": platform, "source": source, "status": status,
            "followers": followers, "posts_90d": posts, "last_post": "",
            "links_to_site": "true", "links_back": "", "date": "2026-11-21",
            "url": f"https://{platform}.example/alpha", "reason": ""}


# Every account status and origin social-footprint's evidence names (benchmark/social).
ACCOUNTS = [account("youtube", followers="10000", posts="6"),
            account("bluesky", followers="1000000", posts="24", source="discovered"),
            account("x", status="login_wall"), account("tiktok", status="not_found"),
            account("threads", status="private"), account("linkedin", followers="1000"),
            account("mastodon", status="rate_limited"),
            account("facebook", status="unknown", followers="100000", posts="3",
                    source="manual")]
# The social criteria's evidence with accounts that could not be read (benchmark/criteria/
# footprint.py), in place of the demo's, where every account was read.
SOCIAL_EVIDENCE = {
    "social-presence": "opened: bluesky (discovered), youtube; could not open: threads "
                       "(private), tiktok (not_found), x (login_wall)",
    "social-audience": "youtube 10,000, bluesky (discovered) 1,000,000; unknown: x "
                       "(login_wall), mastodon (rate_limited), linkedin (not read)",
    "social-activity": "bluesky (discovered): 3 days old; 24 posts in 90 days (also youtube "
                       "2026-10-01)",
    "social-backlinks": "no link back from: bluesky (discovered), youtube",
}
# English words of those sentences and of the accounts' statuses: none may reach French.
ENGLISH_WORDS = ("login_wall", "not_found", "rate_limited", "discovered", "left out", "sum ",
                 "manual", "could not open", "unknown:", "days old", "link back", "not read",
                 "private)", "0.")


def with_social_accounts(run: Path) -> Path:
    """The demo-like run with social-footprint rows as the score stage computes them from
    ACCOUNTS (alpha) and from no account (evil), and SOCIAL_EVIDENCE for alpha."""
    footprint = target_row("alpha", pd.DataFrame(ACCOUNTS), load_methodology().social, None)
    empty = target_row("evil", pd.DataFrame(columns=list(ACCOUNTS[0])),
                       load_methodology().social, None)
    with (run / "results.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["target_id"] == "alpha" and row["criterion_id"] in SOCIAL_EVIDENCE:
            row["evidence"] = SOCIAL_EVIDENCE[row["criterion_id"]]
    rows += [{**footprint, "weight": "1.0"}, {**empty, "weight": "1.0"}]
    with (run / "results.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return run


def test_french_report_says_social_accounts_in_french(tmp_path: Path) -> None:
    run = with_social_accounts(demo_like_run(tmp_path))
    write_reports(run, lang="fr")
    assert not english_leftovers(run), english_leftovers(run)
    texts = report_texts(run)
    # 0.25 + 1 + 0 + 0 + 0 + 0.1875 known (linkedin, mastodon left out) = 1.4375; / 2
    assert ("youtube 0,25 = 1 × 0,5 × 0,5 ; bluesky (trouvé sur le site) 1 = 1 × 1 × 1 ; "
            "x 0 = 0 × ? × ? (derrière une demande de connexion) ; tiktok 0 = 0 × ? × ? "
            "(introuvable) ; threads 0 = 0 × ? × ? (privé) ; linkedin ? = 1 × 0,25 × ? écarté "
            "; mastodon ? = ? × ? × ? (limité par la plateforme) écarté ; facebook 0,19 = "
            "1 × 0,75 × 0,25 (chiffres fournis à la main) ; somme 1,44 / 2 = 0,72") in texts
    assert "aucun compte social listé ni trouvé (footprint.csv)" in texts  # evil
    assert ("ouverts : bluesky (trouvé sur le site), youtube ; non ouverts : threads (privé), "
            "tiktok (introuvable), x (derrière une demande de connexion)") in texts
    assert ("youtube 10\u202f000, bluesky (trouvé sur le site) 1\u202f000\u202f000 ; "
            "inconnus : x (derrière une demande de connexion), mastodon (limité par la "
            "plateforme), linkedin (non lu)") in texts
    assert ("bluesky (trouvé sur le site) : dernière publication il y a 3 jours ; "
            "24 publications en 90 jours (aussi : youtube 1er octobre 2026)") in texts
    assert ("pas de lien vers le site depuis : bluesky (trouvé sur le site), youtube"
            in texts)
    social = [text for text in texts if any(name in text for name in ("youtube", "bluesky"))]
    leaks = [(word, text) for text in social for word in ENGLISH_WORDS if word in text]
    assert not leaks, leaks


def test_english_report_says_account_statuses_in_words(tmp_path: Path) -> None:
    run = with_social_accounts(demo_like_run(tmp_path))
    write_reports(run, lang="en")
    texts = report_texts(run)
    assert ("opened: bluesky (found on the site), youtube; could not open: threads (private), "
            "tiktok (not found), x (behind a login wall)") in texts
    assert not any("login_wall" in text or "rate_limited" in text for text in texts)


def test_english_report_keeps_the_runs_own_words(tmp_path: Path) -> None:
    run = demo_like_run(tmp_path)
    write_reports(run, lang="en")
    texts = report_texts(run)
    assert "Has an about section" in texts and "No press room" in texts
    assert "no press link, heading or page on 6 pages" in texts  # as results.csv says it
    assert ("Unreachable: home page https://www.ghost-corp.example/: the website's address "
            "does not exist (unknown domain)") in texts  # no raw ERR_ code for readers
    assert not any("ERR_NAME_NOT_RESOLVED" in text for text in texts)


def test_results_csv_is_untouched_by_reports(tmp_path: Path) -> None:
    run = demo_like_run(tmp_path)
    before = (run / "results.csv").read_bytes()
    write_reports(run, lang="fr")
    assert (run / "results.csv").read_bytes() == before


@pytest.mark.parametrize(("english", "french"), [
    ("no frameset on 6 pages", "aucun cadre (frameset) sur 6 pages"),
    ("no frameset on 1 page", "aucun cadre (frameset) sur 1 page"),
    ("about page visited (link text 'About us')",
     "page « Qui sommes-nous » visitée (texte du lien « About us »)"),
    ("largest contentful paint after 0.38 s", "plus grand élément affiché après 0,38 s"),
    ("x 12,408, linkedin 48,210", "x 12\u202f408, linkedin 48\u202f210"),
    ("5 items since 2026-08-23: 2026-11-05, 2026-10-29",
     "5 contenus depuis le 23 août 2026 : 5 novembre 2026, 29 octobre 2026"),
    ("applies to ngo only, not listed-company",
     "seulement pour : ONG (cette organisation : Société cotée)"),
    ("crawl timeout: gave up after 240 s", "non audité (Délai dépassé) : abandon après 240 s"),
    ('og:title = "<b>Acme</b>"', "og:title = « <b>Acme</b> »"),  # quotes stay verbatim
    ("something no phrase knows", "something no phrase knows"),
    # social-footprint with a formula of functions, the mean and the max across platforms
    ("bluesky (discovered) 0.5 = 1 × min(0.5, 1); x 0 = 0 × ? (not_found); mean of 2 = 0.25",
     "bluesky (trouvé sur le site) 0,5 = 1 × min(0,5 ; 1) ; x 0 = 0 × ? (introuvable) ; "
     "moyenne sur 2 = 0,25"),
    ("youtube 1 = 1; max of 1 = 1", "youtube 1 = 1 ; maximum sur 1 = 1"),
    ("no dated post found on the profile pages; unknown: x (unknown)",
     "aucune publication datée trouvée sur les pages des comptes ; inconnus : x (n'a pas pu "
     "être lu)"),
    ("all link back: bio in the page's meta names alpha.example",
     "tous renvoient vers le site : la bio (métadonnées de la page) cite alpha.example"),
    ("opened: none; could not open: x (private)", "ouverts : aucun ; non ouverts : x (privé)"),
])
def test_evidence_phrases_in_french(english: str, french: str) -> None:
    assert translate("evidence", english, "fr") == french


@pytest.mark.parametrize(("reason", "english", "french"), [
    ("home page https://a.example/: the domain name does not resolve (ERR_NAME_NOT_RESOLVED)",
     "home page https://a.example/: the website's address does not exist (unknown domain)",
     "page d'accueil https://a.example/ : l'adresse du site n'existe pas (domaine inconnu)"),
    ("home page answered HTTP 404", "the home page answered: page not found (HTTP 404)",
     "la page d'accueil a répondu : page introuvable (HTTP 404)"),
    ("HTTP 418", "error (HTTP 418)", "erreur (HTTP 418)"),
    ("home page https://a.example/: TLS certificate problem (ERR_CERT_SYMANTEC_LEGACY)",
     "home page https://a.example/: the security certificate is not valid "
     "(ERR_CERT_SYMANTEC_LEGACY)",
     "page d'accueil https://a.example/ : le certificat de sécurité n'est pas valable "
     "(ERR_CERT_SYMANTEC_LEGACY)"),
    ("2 of 7 page(s) failed to load; renderer crashed on https://a.example/x",
     "2 of 7 page(s) failed to load; the browser tab crashed on https://a.example/x",
     "2 page(s) sur 7 n'ont pas pu être chargées; l'onglet du navigateur a planté sur "
     "https://a.example/x"),
])
def test_crawl_reasons_are_sentences_in_both_languages(reason: str, english: str,
                                                        french: str) -> None:
    assert reason_text(reason, "en") == english
    assert reason_text(reason, "fr") == french


def test_every_phrase_has_french_and_every_absent_thing_is_translated() -> None:
    phrases = phrase_catalogue()
    for section, entries in phrases.items():
        if isinstance(entries, list):
            assert all("fr" in phrase.templates for phrase in entries), section
    assert all(text.strip() for text in phrases["absent"].values())
    assert find("evidence", "no contact form on 6 pages") is not None


@pytest.mark.parametrize(("countries", "sheet"), [
    (("FR", "fr", "DE"), "Synthèse"),  # 2 of 3 in France
    (("FR", "", ""), "Summary"),  # 1 of 3
    (("France", "FR", "FR"), "Synthèse"),
])
def test_default_language_follows_the_panel(tmp_path: Path, countries: tuple[str, str, str],
                                            sheet: str) -> None:
    run = demo_like_run(tmp_path, countries)
    result = CliRunner().invoke(main, ["report", str(run)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(run / "benchmark.xlsx").sheetnames[0] == sheet


def test_lang_option_overrides_the_panel(tmp_path: Path) -> None:
    run = demo_like_run(tmp_path, ("FR", "FR", "FR"))
    result = CliRunner().invoke(main, ["report", str(run), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(run / "benchmark.xlsx").sheetnames[0] == "Summary"


def test_french_numbers_and_dates_in_the_report(tmp_path: Path) -> None:
    run = demo_like_run(tmp_path)
    write_reports(run, lang="fr")
    page = (run / "benchmark.html").read_text(encoding="utf-8")
    assert "81,2" in page and "55,6" in page and "81.2<" not in page  # overall scores
    assert "22 novembre 2026" in page  # run.json updated_at
    assert "--w:81.2%" in page  # CSS stays CSS (the ranking bar)
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    assert workbook["Synthèse"]["A2"].value.startswith("Collecte du 21 novembre 2026 · ")
    assert workbook["Synthèse"]["C6"].value == 81.2345  # numbers stay numbers
