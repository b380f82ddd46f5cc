"""Codes the run files hold, in words: page roles, curves, missing-data policies, crawl
statuses, social accounts' statuses, browser network errors and HTTP statuses (en and fr)."""

from __future__ import annotations

from typing import Any

TERMS: dict[str, dict[str, Any]] = {
    "en": {
        "roles": {"home": "Home page", "about": "About", "news": "News", "press": "Press",
                  "careers": "Careers", "investors": "Investors", "csr": "CSR",
                  "contact": "Contact", "donate": "Donation", "services": "Services"},
        "curves": {"binary": "Yes or no", "linear": "Linear", "log": "Logarithmic",
                   "lognormal": "Log-normal (Lighthouse)", "recency": "Age",
                   "percentile": "Rank within the panel"},
        "missing": {"exclude": "Left out", "zero": "Counted as zero"},
        "methods": {"arithmetic": "Weighted arithmetic mean",
                    "geometric": "Weighted geometric mean"},
        "colon": ": ",
        "zones": {"nav": "menu", "header": "header", "footer": "footer", "main": "main",
                  "aside": "sidebar", "body": "page"},
        "seo_basics": {"title": "title", "description": "meta description",
                       "canonical": "canonical URL", "h1": "h1 heading",
                       "indexable": "indexable (no noindex)", "robots-txt": "robots.txt",
                       "sitemap": "sitemap"},
        "phrase_parts": {
            "page": "{} page", "pages": "{} pages", "not_opened": "; could not open: {}",
            "unknown": "; unknown: {}", "listed_only": "; in targets not on site: {}",
            "unchecked": " (not checked: {})", "lang_attribute": "(lang attribute of ",
            "elements": " element(s)",
            "impacts": {"critical": "critical", "serious": "serious",
                        "moderate": "moderate", "minor": "minor"},
            "also": " (also {})", "next": "; {}", "left_out": " left out",
        },
        # Social accounts' statuses (benchmark/social/account.py) and origins.
        "accounts": {
            "states": {"ok": "read", "login_wall": "behind a login wall",
                       "not_found": "not found", "private": "private",
                       "rate_limited": "rate limited by the platform",
                       "unknown": "could not be read", "not read": "not read",
                       "manual": "figures supplied by hand", "discovered": "found on the site"},
            "none": "none",
        },
        "net_errors": {
            "ERR_NAME_NOT_RESOLVED": "the website's address does not exist (unknown domain)",
            "ERR_NAME_RESOLUTION_FAILED": "the website's address does not exist "
                                          "(unknown domain)",
            "ERR_CONNECTION_REFUSED": "the server refused the connection",
            "ERR_ADDRESS_UNREACHABLE": "the server cannot be reached",
            "ERR_INTERNET_DISCONNECTED": "there was no internet connection during the audit",
            "ERR_CONNECTION_CLOSED": "the server closed the connection",
            "ERR_CONNECTION_RESET": "the connection was cut off",
            "ERR_EMPTY_RESPONSE": "the server sent an empty answer",
            "ERR_CONNECTION_TIMED_OUT": "the server did not answer in time",
            "ERR_TIMED_OUT": "the server took too long to answer",
            "ERR_TOO_MANY_REDIRECTS": "the site redirects in an endless loop",
            "ERR_INVALID_REDIRECT": "the site redirects to an invalid address",
            "ERR_UNSAFE_REDIRECT": "the site redirects to an unsafe address",
            "ERR_INVALID_RESPONSE": "the server sent an invalid answer",
            "ERR_RESPONSE_HEADERS_TOO_BIG": "the server sent an oversized answer",
            "ERR_SSL_PROTOCOL_ERROR": "the secure connection (TLS) failed",
            "ERR_SSL_VERSION_OR_CIPHER_MISMATCH": "the secure connection uses an obsolete "
                                                  "protocol",
            "ERR_CERT_AUTHORITY_INVALID": "the security certificate is not issued by a "
                                          "trusted authority",
            "ERR_CERT_COMMON_NAME_INVALID": "the security certificate is for another "
                                            "address",
            "ERR_CERT_DATE_INVALID": "the security certificate has expired or is not yet "
                                     "valid",
            "ERR_CERT_REVOKED": "the security certificate has been revoked",
            "ERR_CERT_WEAK_SIGNATURE_ALGORITHM": "the security certificate is weakly signed",
            "ERR_ABORTED": "the page load was interrupted",
            "other": "the browser could not load the page (network error {code})",
            "cert": "the security certificate is not valid ({code})",
        },
        "http": {"400": "the server refused the request", "401": "login required",
                 "403": "access refused", "404": "page not found", "410": "page removed",
                 "429": "too many requests", "500": "server error",
                 "502": "server error (bad gateway)", "503": "service unavailable",
                 "504": "server error (gateway timeout)", "other": "error"},
    },
    "fr": {
        "roles": {"home": "Accueil", "about": "Qui sommes-nous", "news": "Actualités",
                  "press": "Presse", "careers": "Recrutement", "investors": "Investisseurs",
                  "csr": "RSE", "contact": "Contact", "donate": "Dons",
                  "services": "Offre"},
        "curves": {"binary": "Oui ou non", "linear": "Linéaire", "log": "Logarithmique",
                   "lognormal": "Log-normale (Lighthouse)", "recency": "Ancienneté",
                   "percentile": "Rang dans le panel"},
        "missing": {"exclude": "Écartées", "zero": "Comptées zéro"},
        "methods": {"arithmetic": "Moyenne arithmétique pondérée",
                    "geometric": "Moyenne géométrique pondérée"},
        "colon": " : ",
        "zones": {"nav": "menu", "header": "en-tête", "footer": "pied de page",
                  "main": "contenu", "aside": "colonne", "body": "page"},
        "seo_basics": {"title": "titre", "description": "méta-description",
                       "canonical": "URL canonique", "h1": "titre h1",
                       "indexable": "indexable (pas de noindex)", "robots-txt": "robots.txt",
                       "sitemap": "plan du site"},
        "phrase_parts": {
            "page": "{} page", "pages": "{} pages", "not_opened": " ; non ouverts : {}",
            "unknown": " ; inconnus : {}",
            "listed_only": " ; dans la liste mais pas sur le site : {}",
            "unchecked": " (non vérifiés : {})", "lang_attribute": "(attribut lang de ",
            "elements": " élément(s)",
            "impacts": {"critical": "critique", "serious": "grave", "moderate": "modérée",
                        "minor": "mineure"},
            "also": " (aussi : {})", "next": " ; {}", "left_out": " écarté",
        },
        "accounts": {
            "states": {"ok": "lu", "login_wall": "derrière une demande de connexion",
                       "not_found": "introuvable", "private": "privé",
                       "rate_limited": "limité par la plateforme",
                       "unknown": "n'a pas pu être lu", "not read": "non lu",
                       "manual": "chiffres fournis à la main",
                       "discovered": "trouvé sur le site"},
            "none": "aucun",
        },
        "net_errors": {
            "ERR_NAME_NOT_RESOLVED": "l'adresse du site n'existe pas (domaine inconnu)",
            "ERR_NAME_RESOLUTION_FAILED": "l'adresse du site n'existe pas (domaine inconnu)",
            "ERR_CONNECTION_REFUSED": "le serveur a refusé la connexion",
            "ERR_ADDRESS_UNREACHABLE": "le serveur est injoignable",
            "ERR_INTERNET_DISCONNECTED": "pas de connexion internet pendant l'audit",
            "ERR_CONNECTION_CLOSED": "le serveur a fermé la connexion",
            "ERR_CONNECTION_RESET": "la connexion a été coupée",
            "ERR_EMPTY_RESPONSE": "le serveur a envoyé une réponse vide",
            "ERR_CONNECTION_TIMED_OUT": "le serveur n'a pas répondu à temps",
            "ERR_TIMED_OUT": "le serveur a mis trop longtemps à répondre",
            "ERR_TOO_MANY_REDIRECTS": "le site redirige en boucle",
            "ERR_INVALID_REDIRECT": "le site redirige vers une adresse invalide",
            "ERR_UNSAFE_REDIRECT": "le site redirige vers une adresse dangereuse",
            "ERR_INVALID_RESPONSE": "le serveur a envoyé une réponse invalide",
            "ERR_RESPONSE_HEADERS_TOO_BIG": "le serveur a envoyé une réponse démesurée",
            "ERR_SSL_PROTOCOL_ERROR": "la connexion sécurisée (TLS) a échoué",
            "ERR_SSL_VERSION_OR_CIPHER_MISMATCH": "la connexion sécurisée utilise un "
                                                  "protocole obsolète",
            "ERR_CERT_AUTHORITY_INVALID": "le certificat de sécurité n'est pas délivré par "
                                          "une autorité reconnue",
            "ERR_CERT_COMMON_NAME_INVALID": "le certificat de sécurité est celui d'une autre "
                                            "adresse",
            "ERR_CERT_DATE_INVALID": "le certificat de sécurité a expiré ou n'est pas encore "
                                     "valable",
            "ERR_CERT_REVOKED": "le certificat de sécurité a été révoqué",
            "ERR_CERT_WEAK_SIGNATURE_ALGORITHM": "le certificat de sécurité est faiblement "
                                                 "signé",
            "ERR_ABORTED": "le chargement de la page a été interrompu",
            "other": "le navigateur n'a pas pu charger la page (erreur réseau {code})",
            "cert": "le certificat de sécurité n'est pas valable ({code})",
        },
        "http": {"400": "le serveur a refusé la requête", "401": "connexion requise",
                 "403": "accès refusé", "404": "page introuvable", "410": "page supprimée",
                 "429": "trop de requêtes", "500": "erreur du serveur",
                 "502": "erreur du serveur (passerelle)", "503": "service indisponible",
                 "504": "erreur du serveur (délai de passerelle)", "other": "erreur"},
    },
}


def net_error_text(code: str, terms: dict[str, Any]) -> str:
    """A Chromium net::ERR_* code as a sentence for a reader."""
    sentences = terms["net_errors"]
    if code in sentences:
        return sentences[code]
    key = "cert" if code.startswith("ERR_CERT_") else "other"
    return sentences[key].format(code=code)


def http_text(status: str, terms: dict[str, Any]) -> str:
    """An HTTP status as "page not found (HTTP 404)"."""
    return f'{terms["http"].get(status, terms["http"]["other"])} (HTTP {status})'
