"""Engagement criteria (petitions, volunteer signup, events) on inline HTML, with their traps."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"
NEWS = "https://www.acme.fr/actualites/"
CAREERS = "https://www.acme.fr/recrutement/"
INVESTORS = "https://www.acme.fr/investisseurs/"


def passes(outcome) -> bool:
    assert outcome.status in (Status.PASS, Status.FAIL), outcome.evidence
    assert outcome.value == ("true" if outcome.status is Status.PASS else "false")
    assert outcome.score == (1.0 if outcome.status is Status.PASS else 0.0)
    return outcome.status is Status.PASS


def nav(*items: str) -> str:
    return "<nav><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></nav>"


PETITION_FORM = ('<form action="/" method="post"><input name="prenom" placeholder="Prénom">'
                 '<input type="email" name="email" placeholder="E-mail">{}</form>')


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fr: a signing form, a call to sign, the campaign's own page address.
    (PETITION_FORM.format("<button>Je signe</button>"), "fr", True),
    ('<a class="btn" href="/campagnes/loire">Signez la pétition</a>', "fr", True),
    ('<p><a href="/petition/stop-epandages">Pétition</a></p>', "fr", True),
    # fr traps: an article about a petition, the same form signing up to a newsletter.
    ('<article><h2><a href="/actualites/remise">Nous avons remis 40 000 signatures de la '
     'pétition au ministère</a></h2></article>', "fr", False),
    ('<p>Les soignants ont lancé <a href="https://www.change.org/p/maternite">cette pétition'
     "</a> contre la fermeture.</p>", "fr", False),
    (PETITION_FORM.format("<button>S’inscrire</button>"), "fr", False),
    # en: take action in the menu, a petition platform embedded; sign-up and sign-in traps.
    (nav('<a href="/take-action">Take action</a>'), "en", True),
    ('<iframe src="https://www.change.org/p/clean-rivers/widget"></iframe>', "en", True),
    ('<footer><a href="https://www.change.org/o/clean_rivers_now">Our campaigns</a></footer>',
     "en", True),
    ('<form><input type="email" name="email"><button>Sign up</button></form>', "en", False),
    ('<a href="/blog/why-we-wont-sign-the-petition">Why we will not sign the petition</a>',
     "en", False),
    ('<footer><a href="https://www.change.org/">Change.org</a></footer>', "en", False),
    # de: the menu's call to sign on openPetition; a news article about one is not.
    (nav('<a href="https://www.openpetition.de/petition/online/elbauen">Petition '
         "unterschreiben</a>"), "de", True),
    ('<form action="/petition/sign" method="post"><input name="vorname"><input name="email" '
     'type="email"><button>Absenden</button></form>', "de", True),
    ('<h3><a href="/aktuelles/petition-uebergeben">Unsere Petition mit 12.000 Unterschriften '
     "an den Landtag übergeben</a></h3>", "de", False),
    # A company form field 'Firma' (German for company) is no signature.
    ('<form><input name="firma" placeholder="Firma"><input type="email" name="email">'
     "<button>Absenden</button></form>", "de", False),
    # es, it
    ('<a href="https://www.change.org/p/parque">Firma la petición</a>', "es", True),
    ('<a class="elementor-button" href="https://www.change.org/p/parco">Firma la petizione</a>',
     "it", True),
])
def test_petitions(judge, html, body, lang, expected):
    assert passes(judge("petitions", html(body, lang=lang))) is expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fr: a menu entry, a same-site address, a short call in the body, a volunteer form.
    (nav('<a href="/devenir-benevole/">Devenir bénévole</a>'), "fr", True),
    ('<p><a href="/benevolat">Donner de son temps</a></p>', "fr", True),
    ('<p>Vous souhaitez agir ? <a href="/nous-rejoindre">Devenez bénévole</a></p>', "fr", True),
    ('<form name="benevoles"><h3>Rejoignez nos bénévoles</h3><input name="nom" '
     'placeholder="Nom"><input type="email" name="email"><button>Envoyer</button></form>',
     "fr", True),
    # fr traps: 'bénévole' in job ads, in an article title, in a description.
    ('<ul><li><a href="/recrutement/coordinateur">Coordinateur·rice des bénévoles (H/F) – CDI'
     "</a></li></ul>", "fr", False),
    ('<h2>Responsable du bénévolat (H/F)</h2><p>Poste en CDI.</p>', "fr", False),
    ('<h2><a href="/chantier-benevole-septembre/">Chantier bénévole de septembre</a></h2>',
     "fr", False),
    ("<p>Nos 60 bénévoles interviennent dans 22 communes.</p>", "fr", False),
    # en: 'Jobs & volunteering' in the menu, a heading; an article title in an entry header.
    (nav('<a href="/get-involved/jobs-volunteering/">Jobs &amp; volunteering</a>'), "en", True),
    ("<h2>Volunteer with us</h2><p>Find a role that fits your week.</p>", "en", True),
    ('<article><header class="entry-header"><h2><a href="/blog/volunteer-stories/">Volunteer '
     "stories: Aoife</a></h2></header></article>", "en", False),
    ('<a href="/jobs/volunteer-coordinator">Volunteer Coordinator (full time)</a>', "en", False),
    ('<a href="/news/volunteer-applications">Volunteer applications open in January</a>',
     "en", False),
    # de: the menu's 'Ehrenamt'; a job ad for a paid coordinator is not.
    (nav('<a href="/helfen/ehrenamt/">Ehrenamt</a>'), "de", True),
    ('<a href="/stellen/koordination">Koordination Ehrenamt (m/w/d)</a>', "de", False),
    ("<p>Rund 60 Ehrenamtliche versorgen die Tiere.</p>", "de", False),
    # es, it, and a volunteering platform in the footer.
    ('<a href="/hazte-voluntario/">Hazte voluntario</a>', "es", True),
    (nav('<a href="/diventa-volontario/">Diventa volontario</a>'), "it", True),
    ('<footer><a href="https://www.jeveuxaider.gouv.fr/organisations/acme">Nos missions</a>'
     "</footer>", "fr", True),
])
def test_volunteer_signup(judge, html, body, lang, expected):
    assert passes(judge("volunteer-signup", html(body, lang=lang))) is expected


EVENT_JSONLD = ('<script type="application/ld+json">{"@context": "https://schema.org", '
                '"@type": "MusicEvent", "name": "Concert", "startDate": "2026-02-01"}</script>')


@pytest.mark.parametrize(("body", "head", "lang", "expected"), [
    # fr: the menu's agenda, an agenda block with dates, a same-site address.
    (nav('<a href="/agenda">Agenda</a>'), "", "fr", True),
    ("<h2>Prochains événements</h2><ul><li>Marché de Noël – samedi 12 décembre</li></ul>", "",
     "fr", True),
    ('<p><a href="/evenements/">Voir tout</a></p>', "", "fr", True),
    # fr traps: a news list with dates, a financial agenda, the UN's Agenda 2030, an
    # appointment, an article about an event.
    ('<h2>Actualités</h2><ul><li>12/01/2026 – <a href="/actualites/voeux">Les vœux du maire'
     "</a></li><li>05/01/2026 – <a href=\"/actualites/galette\">Galette des rois</a></li></ul>",
     "", "fr", False),
    (nav('<a href="/finance/agenda-financier">Agenda financier</a>'), "", "fr", False),
    (nav('<a href="/engagements/agenda-2030">Agenda 2030</a>'), "", "fr", False),
    ('<a href="/prendre-rendez-vous">Prendre rendez-vous</a>', "", "fr", False),
    ('<h2><a href="/actualites/retour">Retour sur nos événements de l’année 2025</a></h2>', "",
     "fr", False),
    # en: schema.org events, an events heading; a single dated news item is not an agenda.
    ("<p>Concert on 1 February.</p>", EVENT_JSONLD, "en", True),
    ('<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Open day</span>'
     "</div>", "", "en", True),
    ("<h2>Upcoming events</h2><p>Open day – 5 December</p>", "", "en", True),
    ("<h2>News</h2><p>12 January 2026 – We opened a new office in Leeds.</p>", "", "en", False),
    ('<a href="https://www.facebook.com/acme/events">Events</a>', "", "en", False),
    # de: Veranstaltungen and Termine; appointments by phone are not events.
    (nav('<a href="/veranstaltungen/">Veranstaltungen</a>'), "", "de", True),
    (nav('<a href="/termine/">Termine</a>'), "", "de", True),
    ('<a href="/kontakt/termin">Termin vereinbaren</a><p>Termine nach telefonischer '
     "Vereinbarung.</p>", "", "de", False),
    # es, it
    (nav('<a href="/agenda/">Agenda</a>'), "", "es", True),
    (nav('<a href="/eventi/">Eventi</a>'), "", "it", True),
    ('<a href="/notizie/raccolta">Nuovo calendario della raccolta differenziata</a>', "", "it",
     False),
])
def test_events(judge, html, body, head, lang, expected):
    assert passes(judge("events", html(body, head=head, lang=lang))) is expected


def test_investor_events_are_a_financial_calendar(judge, html):
    pages = [(HOME, html(nav('<a href="/investisseurs/">Investisseurs</a>')), "home"),
             (INVESTORS, html("<h2>Events</h2><ul><li>Q3 earnings call – November 18</li></ul>"),
              "investors")]
    assert not passes(judge("events", pages))


def test_job_ads_on_careers_pages_are_not_volunteering(judge, html):
    careers = html('<h1>Nos offres d’emploi</h1><ul><li><a href="/recrutement/charge-benevolat">'
                   "Chargé·e de mission bénévolat – CDD 12 mois</a></li></ul>")
    pages = [(HOME, html(nav('<a href="/recrutement/">Recrutement</a>')), "home"),
             (CAREERS, careers, "careers")]
    assert not passes(judge("volunteer-signup", pages))


def test_volunteer_page_reached_from_careers_page(judge, html):
    careers = html('<p>Vous souhaitez donner de votre temps ? <a href="/benevolat">Devenir '
                   "bénévole</a></p>")
    pages = [(HOME, html(nav('<a href="/recrutement/">Nous rejoindre</a>')), "home"),
             (CAREERS, careers, "careers")]
    outcome = judge("volunteer-signup", pages)
    assert passes(outcome) and outcome.evidence.url == "https://www.acme.fr/benevolat"


def test_petition_in_news_list_is_not_a_campaign(judge, html):
    news = html('<article><h2><a href="/actualites/maternite">Maternité : nous relayons '
                "l’appel des soignants</a></h2><p>Plus de 30 000 personnes ont signé "
                '<a href="https://www.change.org/p/maternite">la pétition</a>.</p></article>')
    pages = [(HOME, html(nav('<a href="/actualites/">Actualités</a>')), "home"),
             (NEWS, news, "news")]
    assert not passes(judge("petitions", pages))


def test_menu_links_are_preferred_as_evidence(judge, html):
    body = ('<p><a href="/actualites/agenda-culturel">Agenda</a></p>'
            + nav('<a href="/agenda/">Agenda</a>'))
    outcome = judge("events", html(body))
    assert passes(outcome) and outcome.evidence.url == "https://www.acme.fr/agenda/"
    assert outcome.evidence.snippet.startswith("nav link 'Agenda'")


@pytest.mark.parametrize("criterion_id", ["petitions", "volunteer-signup", "events"])
@pytest.mark.parametrize("kind", ["company", "listed-company", "ngo", "institution", "person"])
def test_apply_to_every_kind_and_say_what_was_searched(judge, html, criterion_id, kind):
    outcome = judge(criterion_id, html("<p>Bienvenue</p>"), kind=kind)
    assert not passes(outcome)
    assert outcome.evidence.url == HOME and "on 1 page" in outcome.evidence.snippet
