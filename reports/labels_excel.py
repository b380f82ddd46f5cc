"""Words only the workbook shows (Summary, Charts, dimension and Gains sheets), en and fr."""

from __future__ import annotations

from typing import Any

EXCEL_LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "sheets": {"summary": "Summary", "charts": "Charts", "gains": "Gains",
                   "whatif": "What-if", "panel": "Panel", "extended": "Extended footprint"},
        "crawled": "Crawled", "methodology": "Methodology", "organisations": "organisations",
        "average": "Panel average", "median": "Panel median",
        "rank_range": "Rank range (p5–p95)", "robustness": "Robustness",
        "stability": {"stable": "Stable", "fragile": "Fragile"},
        "sector": "Sector", "country": "Country", "website": "Website",
        "legend": "How to read this sheet",
        "legend_lines": [
            "Scores run from 0 to 100 and are shown to one decimal; colours are fixed "
            "(red 0, yellow 50, green 100), so a colour means the same score in every workbook.",
            "Rank range: the ranks an organisation reaches in 90 % of the re-weightings of "
            "the methodology drawn by the sensitivity analysis (5th to 95th percentile).",
            "Stable: the same rank in those re-weightings. Fragile: the rank can move; "
            "read it together with its range.",
            "Panel average and median are Excel formulas over the scores of this sheet.",
            "Dimension sheets: ✓ passed, ✗ failed, – does not apply, ? could not be measured.",
        ],
        "change": "Change", "new": "new",
        "change_legend": "Change: places gained (▲) or lost (▼) since the previous run, both "
                         "scored with the same methodology; ＝ same rank; new: not in the "
                         "previous run; – ranked in only one of the two runs.",
        "charts": {"ranking": "Overall score", "dimensions": "Scores by dimension (stacked)",
                   "radar": "Dimensions: top organisations and the panel average",
                   "top": "top {count} of {total}"},
        "gains": {"criterion": "Criterion to pass", "points": "Points gained",
                  "rank_now": "Rank now", "rank_then": "Rank reached", "move": "In words",
                  "sentence": "{criterion}: +{points} points, rank {now} → {then}"},
        "whatif": {
            "title": "What-if: edit a yellow weight, every score and rank below recomputes",
            "notes": [
                "Criterion scores (0 to 1) are those of the scoring; a blank cell does not "
                "apply or was not measured and is left out of the mean.",
                "Dimension = 100 × SUMPRODUCT(weights, scores) / SUMPRODUCT(weights, "
                "measured); overall = the same over the dimensions ({overall} mean); "
                "ranks compare overall scores rounded to the rounding step.",
            ],
            "weights": "Weights", "profile": "Profile", "default": "All organisations",
            "step": "Rounding step", "rounded": "Overall, rounded",
            "rank_report": "Rank in the report", "change": "Places gained",
            "methods": {"arithmetic": "arithmetic", "geometric": "geometric"},
        },
        "panel": {
            "title": "How common each criterion is in the panel",
            "group": "Group", "measured": "Organisations measured",
            "pass_rate": "Pass rate", "adoption": "Has it", "discriminates": "Tells apart",
            "redundant": "Says the same as", "in_words": "In words",
            "groups": {"panel": "Whole panel", "kind": "Kind", "sector": "Sector"},
            "adoption_sentence": "{criterion}: {share} of sites",
            "pass_sentence": "{criterion}: passed by {share} of sites",
            "yes": "Yes", "no": "No: every site measured has the same verdict",
        },
        "people": {
            "tables": {"people": "People (ranked among themselves)",
                       "relays": "Relays (ranked among themselves)"},
            "name": "Name", "role": "Role", "parent": "Organisation", "part_name": "Part",
            "part": "Kind of part", "weight": "Weight", "points": "Points",
            "total": "Extended footprint (own + people + relays)",
            "parts": {"own": "The organisation", "person": "Person", "relay": "Relay"},
            "roles": {"ceo": "CEO", "chair": "Chair", "dircom": "Communications director",
                      "spokesperson": "Spokesperson", "executive": "Executive",
                      "relay": "Relay"},
        },
        "value": "Value",
    },
    "fr": {
        "sheets": {"summary": "Synthèse", "charts": "Graphiques", "gains": "Leviers",
                   "whatif": "Simulateur", "panel": "Panel", "extended": "Empreinte élargie"},
        "crawled": "Collecte du", "methodology": "Méthodologie",
        "organisations": "organisations",
        "average": "Moyenne du panel", "median": "Médiane du panel",
        "rank_range": "Plage de rangs (p5–p95)", "robustness": "Robustesse",
        "stability": {"stable": "Stable", "fragile": "Fragile"},
        "sector": "Secteur", "country": "Pays", "website": "Site web",
        "legend": "Comment lire cette feuille",
        "legend_lines": [
            "Les scores vont de 0 à 100 et sont affichés au dixième ; les couleurs sont fixes "
            "(rouge 0, jaune 50, vert 100) : une couleur signifie le même score dans tous les "
            "classeurs.",
            "Plage de rangs : les rangs qu'une organisation atteint dans 90 % des "
            "repondérations de la méthodologie tirées par l'analyse de sensibilité "
            "(5e au 95e centile).",
            "Stable : le même rang dans ces repondérations. Fragile : le rang peut bouger ; "
            "lisez-le avec sa plage.",
            "La moyenne et la médiane du panel sont des formules Excel sur les scores de "
            "cette feuille.",
            "Feuilles par dimension : ✓ réussi, ✗ échoué, – ne s'applique pas, ? non mesuré.",
        ],
        "change": "Évolution", "new": "nouvelle",
        "change_legend": "Évolution : places gagnées (▲) ou perdues (▼) depuis l'exécution "
                         "précédente, les deux notées avec la même méthodologie ; ＝ même "
                         "rang ; nouvelle : absente de l'exécution précédente ; – classée "
                         "dans une seule des deux exécutions.",
        "charts": {"ranking": "Score global",
                   "dimensions": "Scores par dimension (empilés)",
                   "radar": "Dimensions : les premières organisations et la moyenne du panel",
                   "top": "{count} premières sur {total}"},
        "gains": {"criterion": "Critère à réussir", "points": "Points gagnés",
                  "rank_now": "Rang actuel", "rank_then": "Rang atteint", "move": "En clair",
                  "sentence": "{criterion} : +{points} points, rang {now} → {then}"},
        "whatif": {
            "title": "Simulateur : modifiez un poids jaune, scores et rangs se recalculent",
            "notes": [
                "Les scores des critères (0 à 1) sont ceux de la notation ; une cellule vide "
                "ne s'applique pas ou n'a pas été mesurée et sort de la moyenne.",
                "Dimension = 100 × SOMMEPROD(poids ; scores) / SOMMEPROD(poids ; mesurés) ; "
                "global = de même sur les dimensions (moyenne {overall}) ; les rangs "
                "comparent les scores globaux arrondis au pas d'arrondi.",
            ],
            "weights": "Poids", "profile": "Profil", "default": "Toutes les organisations",
            "step": "Pas d'arrondi", "rounded": "Global arrondi",
            "rank_report": "Rang dans le rapport", "change": "Places gagnées",
            "methods": {"arithmetic": "arithmétique", "geometric": "géométrique"},
        },
        "panel": {
            "title": "Fréquence de chaque critère dans le panel",
            "group": "Groupe", "measured": "Organisations mesurées",
            "pass_rate": "Taux de réussite", "adoption": "L'ont", "discriminates": "Départage",
            "redundant": "Dit la même chose que", "in_words": "En clair",
            "groups": {"panel": "Tout le panel", "kind": "Type", "sector": "Secteur"},
            "adoption_sentence": "{criterion} : {share} des sites",
            "pass_sentence": "{criterion} : réussi par {share} des sites",
            "yes": "Oui", "no": "Non : tous les sites mesurés ont le même verdict",
        },
        "people": {
            "tables": {"people": "Personnes (classées entre elles)",
                       "relays": "Relais (classés entre eux)"},
            "name": "Nom", "role": "Fonction", "parent": "Organisation", "part_name": "Composante",
            "part": "Type", "weight": "Poids", "points": "Points",
            "total": "Empreinte élargie (organisation + personnes + relais)",
            "parts": {"own": "L'organisation", "person": "Personne", "relay": "Relais"},
            "roles": {"ceo": "PDG", "chair": "Président(e)",
                      "dircom": "Directeur·rice de la communication",
                      "spokesperson": "Porte-parole", "executive": "Dirigeant(e)",
                      "relay": "Relais"},
        },
        "value": "Valeur",
    },
}

# The unit of each numeric raw value (docs/criteria.md), shown by the cell's number format.
UNITS: dict[str, dict[str, str]] = {
    "en": {"content-volume": "words", "publishing-rate": "items in 90 days",
           "languages": "languages", "page-weight": "KiB", "load-time": "ms",
           "accessibility": "weighted issues", "console-errors": "errors",
           "broken-links": "broken addresses", "social-presence": "platforms",
           "social-audience": "followers", "content-freshness": "date",
           "social-activity": "date"},
    "fr": {"content-volume": "mots", "publishing-rate": "publications en 90 jours",
           "languages": "langues", "page-weight": "Kio", "load-time": "ms",
           "accessibility": "problèmes pondérés", "console-errors": "erreurs",
           "broken-links": "adresses cassées", "social-presence": "plateformes",
           "social-audience": "abonnés", "content-freshness": "date",
           "social-activity": "date"},
}


def excel_labels(lang: str) -> dict[str, Any]:
    """The workbook's own words for `lang`, units included."""
    return {**EXCEL_LABELS[lang], "units": UNITS[lang]}
