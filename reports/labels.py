"""Every word the reports show, in English and French, kept as data in one place."""

from __future__ import annotations

from typing import Any

LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Web presence benchmark",
        "panel": "Panel",
        "organisations": "organisations",
        "date": "Date",
        "sheets": {"ranking": "Ranking", "results": "Results", "pages": "Pages",
                   "methodology": "Methodology"},
        "columns": {
            "rank": "Rank", "name": "Organisation", "kind": "Kind", "overall": "Overall",
            "status": "Status", "dimension": "Dimension", "criterion": "Criterion",
            "verdict": "Verdict", "value": "Value", "score": "Score", "weight": "Weight",
            "evidence_url": "Evidence URL", "evidence": "Evidence", "id": "Id",
            "measures": "What it measures", "applies_to": "Applies to", "curve": "Curve",
            "url": "Page", "role": "Section", "why": "Why it was visited", "http": "HTTP",
            "title": "Page title", "error": "Error",
        },
        "dimensions": {
            "content": "Content", "social": "Social", "services": "Services",
            "tech": "Tech", "footprint": "Footprint",
        },
        "status": {
            "pass": "Pass", "fail": "Fail", "not_applicable": "Not applicable",
            "unknown": "Unknown", "error": "Error",
        },
        "crawl_status": {
            "ok": "OK", "partial": "Partial", "unreachable": "Unreachable",
            "timeout": "Timeout", "error": "Error", "disallowed": "Blocked by robots.txt",
        },
        "kinds": {
            "company": "Company", "listed-company": "Listed company", "ngo": "NGO",
            "institution": "Institution", "person": "Person",
        },
        "values": {"true": "Yes", "false": "No"},
        "all_kinds": "All",
        "not_scored": "Not scored",
        "website": "Website",
        "final_url": "Reached at",
        "crawl": "Crawl",
        "screenshot": "Home page screenshot",
        "no_screenshot": "No screenshot available.",
        "scores": "Scores",
        "verdicts": "Criteria",
        "dimension_weights": "Dimension weights",
        "criteria_catalogue": "Criteria",
        "provenance": "Provenance",
        "tool_version": "Tool version",
        "created_at": "Run created",
        "updated_at": "Last updated",
        "methodology_file": "Methodology file",
        "targets_file": "Targets file",
        "sha256": "SHA-256",
        "missing_policy": "Missing data policy",
        "methodology_name": "Methodology",
        "formulas": "Formulas",
        "formula": "Formula",
        "setting": "Setting",
        "ranking_rule": "Ranking",
        "profile": "Profile",
        "not_counted": "Weights that change nothing",
        "reason": "Why",
        "methodology_intro": (
            "Each criterion gives a score between 0 and 1; the formulas below, printed from "
            "the methodology the scores were computed with, combine them into dimension "
            "scores and an overall score on a 0-100 scale. Criteria that do not apply to an "
            "organisation are left out, never counted as zero. Scores are shown rounded half "
            "away from zero to one decimal."
        ),
        "footer": "Every score is traceable to the evidence listed in this report.",
    },
    "fr": {
        "title": "Benchmark de la présence web",
        "panel": "Panel",
        "organisations": "organisations",
        "date": "Date",
        "sheets": {"ranking": "Classement", "results": "Résultats", "pages": "Pages visitées",
                   "methodology": "Méthodologie"},
        "columns": {
            "rank": "Rang", "name": "Organisation", "kind": "Type", "overall": "Global",
            "status": "Statut", "dimension": "Dimension", "criterion": "Critère",
            "verdict": "Verdict", "value": "Valeur", "score": "Score", "weight": "Poids",
            "evidence_url": "URL de la preuve", "evidence": "Preuve", "id": "Identifiant",
            "measures": "Ce qui est mesuré", "applies_to": "S'applique à", "curve": "Courbe",
            "url": "Page", "role": "Rubrique", "why": "Pourquoi elle a été visitée",
            "http": "HTTP", "title": "Titre de la page", "error": "Erreur",
        },
        "dimensions": {
            "content": "Contenu", "social": "Social", "services": "Services",
            "tech": "Technique", "footprint": "Empreinte sociale",
        },
        "status": {
            "pass": "Réussi", "fail": "Échec", "not_applicable": "Non applicable",
            "unknown": "Inconnu", "error": "Erreur",
        },
        "crawl_status": {
            "ok": "OK", "partial": "Partiel", "unreachable": "Injoignable",
            "timeout": "Délai dépassé", "error": "Erreur",
            "disallowed": "Interdit par robots.txt",
        },
        "kinds": {
            "company": "Entreprise", "listed-company": "Société cotée", "ngo": "ONG",
            "institution": "Institution", "person": "Personne",
        },
        "values": {"true": "Oui", "false": "Non"},
        "all_kinds": "Toutes",
        "not_scored": "Non noté",
        "website": "Site web",
        "final_url": "Atteint à",
        "crawl": "Collecte",
        "screenshot": "Capture de la page d'accueil",
        "no_screenshot": "Aucune capture disponible.",
        "scores": "Scores",
        "verdicts": "Critères",
        "dimension_weights": "Poids des dimensions",
        "criteria_catalogue": "Critères",
        "provenance": "Provenance",
        "tool_version": "Version de l'outil",
        "created_at": "Exécution créée le",
        "updated_at": "Dernière mise à jour",
        "methodology_file": "Fichier de méthodologie",
        "targets_file": "Fichier des cibles",
        "sha256": "SHA-256",
        "missing_policy": "Traitement des données manquantes",
        "methodology_name": "Méthodologie",
        "formulas": "Formules",
        "formula": "Formule",
        "setting": "Réglage",
        "ranking_rule": "Classement",
        "profile": "Profil",
        "not_counted": "Poids sans effet",
        "reason": "Pourquoi",
        "methodology_intro": (
            "Chaque critère donne un score entre 0 et 1 ; les formules ci-dessous, imprimées "
            "depuis la méthodologie qui a calculé les scores, les combinent en scores de "
            "dimension et en score global sur une échelle de 0 à 100. Les critères qui ne "
            "s'appliquent pas à une organisation sont écartés, jamais comptés comme zéro. "
            "Les scores sont arrondis au dixième, la moitié s'éloignant de zéro."
        ),
        "footer": "Chaque score renvoie aux preuves listées dans ce rapport.",
    },
}


def labels_for(lang: str) -> dict[str, Any]:
    """The label set for `lang`, or a ValueError naming the languages available."""
    try:
        return LABELS[lang]
    except KeyError:
        raise ValueError(
            f"unknown report language {lang!r}; choose one of {', '.join(sorted(LABELS))}"
        ) from None


def label(group: dict[str, str], key: str) -> str:
    """The label of `key` in `group`, or the key itself when the data holds something new."""
    return group.get(key, key)


def _add_workbook_labels() -> None:
    """The workbook's own words live in labels_excel.py, under `labels["excel"]`."""
    from reports.labels_excel import excel_labels

    for lang, labels in LABELS.items():
        labels["excel"] = excel_labels(lang)


_add_workbook_labels()


def _add_catalogues() -> None:
    """Codes in words (labels_terms.py) and the criteria's words (labels_criteria.py) join
    each language's labels; `labels["lang"]` tells formatters which language they write."""
    from reports.labels_criteria import criteria_words
    from reports.labels_terms import TERMS

    for lang, labels in LABELS.items():
        labels.update(TERMS[lang], lang=lang, criteria=criteria_words(lang))


_add_catalogues()
