"""Every word the reports show, in English and French, kept as data in one place."""

from __future__ import annotations

from typing import Any

LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Web presence benchmark",
        "panel": "Panel",
        "organisations": "organisations",
        "date": "Date",
        "sheets": {"ranking": "Ranking", "evidence": "Evidence", "pages": "Pages",
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
        # ---- HTML and PDF report (index, scorecards, print): new strings, kept together ----
        "html": {
            "back": "Back to the ranking",
            "contents": "Contents", "sort_hint": "Click a column heading to sort.",
            "rank_range": "Rank range", "stability": "Robustness", "movement": "Change",
            "sector": "Sector", "country": "Country", "desktop": "Desktop", "mobile": "Mobile",
            "radar": "Dimension scores (0-100)",
            "strengths": "Strengths", "no_strengths": "No criterion fully passed.",
            "strengths_intro": "Criteria passed, heaviest weight first.",
            "gains": "What would move it up",
            "gains_intro": "Points each failed criterion would add if passed, and the rank "
                           "then reached, as the scoring stage computed them.",
            "no_gains": "Nothing left to gain on the criteria measured.",
            "gain_row": "+{points} points, rank {now} → {then}",
            "criteria": "Every criterion",
            "not_scored_note": "This organisation could not be scored: {reason}",
            "methodology_plain": [
                "Each website is visited by a real browser, like a visitor would, on its home "
                "page and a few key pages (about, news, contact...).",
                "Each criterion is checked on what was found and gets a verdict (passed, "
                "failed, does not apply, could not be measured) and a score between 0 and 1.",
                "Criterion scores are averaged, weighted, into five dimension scores; the "
                "dimensions, weighted, give the overall score out of 100.",
                "A criterion that does not apply to a kind of organisation is left out, "
                "never counted as zero. Ranks compare overall scores rounded to one decimal.",
            ],
            "robustness": "Robustness of the ranking",
            "robustness_intro": "The weights were redrawn many times around the chosen "
                                "ones. Rank range: the ranks an organisation reaches in 90 % "
                                "of those draws (5th to 95th percentile). Stable: it keeps its "
                                "rank; fragile: its rank can move.",
            "swaps": "Neighbours that may swap places",
            "swap_share": "Share of draws where they swap",
            "factors": "Choices that move the ranking most",
            "factor": "Choice", "influence": "Total influence",
            "panel_stats": "Panel statistics",
            "panel_intro": "For each criterion: organisations measured, share that passed, "
                           "and for yes/no criteria the share of sites with the feature.",
            "measured": "Measured", "pass_rate": "Passed", "adoption": "Sites with it",
            "discriminates": "Separates the panel",
            "comparison": "Changes since the previous run",
            "comparison_intro": "Both runs scored with the same methodology: a change here is "
                                "a change of the websites, not of the weights.",
            "rank_change": "Places gained", "overall_change": "Points gained",
            "changes": "Criteria that changed", "added": "new in this run",
            "removed": "no longer in the panel",
            "failed_targets": "Websites that could not be audited",
            "failed_intro": "These organisations could not be crawled; they have no score "
                            "and are not ranked.",
            "cover_panel": "Panel of {count} organisations",
            "pdf_index_only": "The panel has {count} organisations: this document holds the "
                              "ranking and methodology; each organisation's scorecard is "
                              "in the orgs folder beside it.",
            "logo": "Logo", "raw_evidence": "As found on the page",
            "stability_words": {"stable": "Stable", "fragile": "Fragile"},
        },
    },
    "fr": {
        "title": "Benchmark de la présence web",
        "panel": "Panel",
        "organisations": "organisations",
        "date": "Date",
        "sheets": {"ranking": "Classement", "evidence": "Preuves", "pages": "Pages visitées",
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
        # ---- Rapport HTML et PDF (index, fiches, impression) : nouvelles chaînes, groupées ----
        "html": {
            "back": "Retour au classement",
            "contents": "Sommaire", "sort_hint": "Cliquez sur un en-tête de colonne pour trier.",
            "rank_range": "Plage de rangs", "stability": "Robustesse", "movement": "Évolution",
            "sector": "Secteur", "country": "Pays", "desktop": "Ordinateur", "mobile": "Mobile",
            "radar": "Scores par dimension (0-100)",
            "strengths": "Points forts", "no_strengths": "Aucun critère pleinement réussi.",
            "strengths_intro": "Critères réussis, les plus pondérés d'abord.",
            "gains": "Ce qui la ferait progresser",
            "gains_intro": "Les points que chaque critère échoué apporterait s'il était "
                           "réussi, et le rang alors atteint, tels que calculés par l'étape "
                           "de notation.",
            "no_gains": "Plus rien à gagner sur les critères mesurés.",
            "gain_row": "+{points} points, rang {now} → {then}",
            "criteria": "Tous les critères",
            "not_scored_note": "Cette organisation n'a pas pu être notée : {reason}",
            "methodology_plain": [
                "Chaque site est visité par un vrai navigateur, comme le ferait un visiteur : "
                "sa page d'accueil et quelques pages clés (qui sommes-nous, actualités, "
                "contact...).",
                "Chaque critère est vérifié sur ce qui a été trouvé et reçoit un verdict "
                "(réussi, échoué, ne s'applique pas, non mesuré) et un score entre 0 et 1.",
                "Les scores des critères sont moyennés, pondérés, en cinq scores de dimension ; "
                "les dimensions, pondérées, donnent le score global sur 100.",
                "Un critère qui ne s'applique pas à un type d'organisation est écarté, jamais "
                "compté comme zéro. Les rangs comparent les scores globaux arrondis au dixième.",
            ],
            "robustness": "Robustesse du classement",
            "robustness_intro": "Les poids ont été tirés de nombreuses fois autour de ceux "
                                "choisis. Plage de rangs : les rangs qu'une organisation "
                                "atteint dans 90 % de ces tirages (5e au 95e centile). Stable : "
                                "elle garde son rang ; fragile : son rang peut bouger.",
            "swaps": "Voisins susceptibles d'échanger leur place",
            "swap_share": "Part des tirages où ils s'échangent",
            "factors": "Les choix qui font le plus bouger le classement",
            "factor": "Choix", "influence": "Influence totale",
            "panel_stats": "Statistiques du panel",
            "panel_intro": "Pour chaque critère : organisations mesurées, part de réussite et, "
                           "pour les critères oui/non, la part des sites qui ont la fonction.",
            "measured": "Mesurées", "pass_rate": "Réussite", "adoption": "Sites équipés",
            "discriminates": "Départage le panel",
            "comparison": "Évolution depuis l'exécution précédente",
            "comparison_intro": "Les deux exécutions sont notées avec la même méthodologie : "
                                "un changement ici vient des sites, pas des poids.",
            "rank_change": "Places gagnées", "overall_change": "Points gagnés",
            "changes": "Critères modifiés", "added": "nouvelle dans cette exécution",
            "removed": "ne fait plus partie du panel",
            "failed_targets": "Sites qui n'ont pas pu être audités",
            "failed_intro": "Ces organisations n'ont pas pu être collectées : elles n'ont pas "
                            "de score et ne sont pas classées.",
            "cover_panel": "Panel de {count} organisations",
            "pdf_index_only": "Le panel compte {count} organisations : ce document contient "
                              "le classement et la méthodologie ; la fiche de chaque "
                              "organisation est dans le dossier orgs à côté.",
            "logo": "Logo", "raw_evidence": "Tel que relevé sur la page",
            "stability_words": {"stable": "Stable", "fragile": "Fragile"},
        },
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
