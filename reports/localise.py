"""The run's free text in the report's language, before any writer sees it: criteria's
words, evidence, crawl reasons, why pages were visited and the recorded formulas."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from reports.phrases import reason_text, translate
from reports.records import CrawledPage, Criterion, Organisation, Run, Verdict


def localise(run: Run, labels: dict[str, Any]) -> Run:
    """`run` with every sentence the pipeline wrote in English said in `labels["lang"]`;
    codes (statuses, kinds, roles, curves) stay codes, for the writers' label lookups."""
    lang, words = labels["lang"], labels["criteria"]
    own = lang == "en"  # English: the run's own catalogue (criteria.json), as evaluated
    criteria = tuple(_criterion(item, {} if own else words.get(item.id, {}), lang)
                     for item in run.criteria)
    organisations = tuple(_organisation(org, {} if own else words, lang)
                          for org in run.organisations)
    return replace(run, criteria=criteria, organisations=organisations,
                   formulas=_formulas(run.formulas, lang))


def _criterion(item: Criterion, said: dict[str, str], lang: str) -> Criterion:
    return replace(item, title=said.get("title") or item.title,
                   failure_title=said.get("failure_title") or item.failure_title,
                   measures=said.get("measures") or item.measures,
                   formula=translate("formulas", item.formula, lang))


VERDICT_FIELDS = tuple(field.name for field in dataclass_fields(Verdict))


def _organisation(org: Organisation, words: dict[str, dict[str, str]],
                  lang: str) -> Organisation:
    return replace(org, reason=reason_text(org.reason, lang),
                   verdicts=tuple(_verdict(v, words.get(v.criterion_id, {}), lang)
                                  for v in org.verdicts),
                   pages=tuple(_page(page, lang) for page in org.pages))


def _verdict(verdict: Verdict, said: dict[str, str], lang: str) -> Verdict:
    title = said.get("title") or verdict.title
    failure_title = said.get("failure_title") or verdict.failure_title
    evidence = translate("evidence", verdict.evidence, lang)
    if (title == verdict.title and failure_title == verdict.failure_title
            and evidence == verdict.evidence):
        return verdict  # said the same (English): no copy of the census's 590,000 records
    # The fields + the constructor: dataclasses.replace is 3x slower, and a panel of 10,000
    # organisations has 590,000 verdicts (slotted records have no vars()).
    fields = {name: getattr(verdict, name) for name in VERDICT_FIELDS}
    return Verdict(**{**fields, "title": title, "failure_title": failure_title,
                      "evidence": evidence})


def _page(page: CrawledPage, lang: str) -> CrawledPage:
    return replace(page, why=translate("why", page.why, lang),
                   error=reason_text(page.error, lang))


def _formulas(formulas: dict[str, Any], lang: str) -> dict[str, Any]:
    """run.json's formulas with their sentences translated; numbers and codes untouched."""
    said = dict(formulas)
    if "dimensions" in formulas:
        said["dimensions"] = [{**item, "formula": translate("formulas", item["formula"], lang)}
                              for item in formulas["dimensions"]]
    for key in ("overall", "missing", "ranking"):
        if key in formulas:
            said[key] = {**formulas[key],
                         "formula": translate("formulas", formulas[key]["formula"], lang)}
    if "not_counted" in formulas:
        said["not_counted"] = [{**item, "reason": translate("formulas", item["reason"], lang)}
                               for item in formulas["not_counted"]]
    return said
