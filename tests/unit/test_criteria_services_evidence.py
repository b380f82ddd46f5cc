"""Services and engagement verdicts with their whole evidence: the URL and snippet a reader
follows to check them."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"
FOUND = (Status.PASS, "true", 1.0)


def seen(outcome) -> tuple:
    return (outcome.status, outcome.value, outcome.score, outcome.evidence.url,
            outcome.evidence.snippet)


@pytest.mark.parametrize(("body", "url", "snippet"), [
    # The site's own entry point whose page was not opened counts, and says so.
    ('<nav><a href="/faire-un-don/">Faire un don</a></nav>', HOME + "faire-un-don/",
     "own donation entry point 'Faire un don' on https://www.acme.fr/ (page not opened)"),
    # A sentence-long link says nothing itself: its address names the donation page.
    ("<p><a href=\"/faire-un-don/\">Soutenez nos actions sur le terrain dès aujourd'hui</a></p>",
     HOME + "faire-un-don/", "own donation entry point 'Soutenez nos actions sur le terrain dès "
     "aujourd'hui' on https://www.acme.fr/ (page not opened)"),
    # A platform's gift form counts; its ticket office ('billetterie') does not.
    ('<a href="https://www.helloasso.com/associations/acme/billetterie/gala">Gala</a>'
     '<a href="https://www.helloasso.com/associations/acme/formulaires/1">Soutenir</a>', HOME,
     "links to https://www.helloasso.com/associations/acme/formulaires/1"),
    ('<iframe src="https://www.helloasso.com/associations/acme/formulaires/1/widget"></iframe>',
     HOME, "loads https://www.helloasso.com/associations/acme/formulaires/1/widget"),
    # A donation subdomain of another site, whatever the link says.
    ('<p><a href="https://donate.acme-fondation.org/campagne">En savoir plus sur la campagne</a>'
     "</p>", "https://donate.acme-fondation.org/campagne",
     "link 'En savoir plus sur la campagne' on https://www.acme.fr/"),
    # An image link says what its file name says.
    ('<a href="https://secure.give-acme.org/"><img src="/img/Donate-Now.png"></a>',
     "https://secure.give-acme.org/", "link 'donate now' on https://www.acme.fr/"),
])
def test_donation_evidence(judge, html, body, url, snippet):
    assert seen(judge("donation", html(body), kind="ngo")) == (*FOUND, url, snippet)


def test_an_opened_donation_page_is_judged_by_what_it_shows(judge, html):
    # The menu links to /faire-un-don/, the crawler opened /faire-un-don (no slash): a page
    # asking for cheques is no online gift.
    pages = [(HOME, html('<nav><a href="/faire-un-don/">Faire un don</a></nav>'), "home"),
             (HOME + "faire-un-don", html("<p>Envoyez un chèque</p>"), "donate")]
    assert seen(judge("donation", pages, kind="ngo")) == (
        Status.FAIL, "false", 0.0, HOME,
        "no donation form, platform or page with a form on 2 pages")


@pytest.mark.parametrize(("body", "snippet"), [
    ('<script src="https://chimpstatic.com/mcjs-connected/js/users/abc/def.js"></script>',
     "signup pop-up configured: https://chimpstatic.com/mcjs-connected/js/users/abc/def.js"),
    # Mailchimp's loader names its list host in the inline script.
    ('<script>var s="https://acme.us1.list-manage.com/subscribe"; window.x = s;</script>',
     "signup pop-up configured: https://acme.us1.list-manage.com/"),
    ('<iframe src="https://acme.sibforms.com/serve/abc"></iframe>',
     "embedded form https://acme.sibforms.com/serve/abc"),
])
def test_newsletter_evidence(judge, html, body, snippet):
    assert seen(judge("newsletter-signup", html(body))) == (*FOUND, HOME, snippet)


def test_a_hosted_form_counts_as_contact_form_on_the_contact_page_only(judge, html):
    frame = html('<iframe src="https://acme.typeform.com/to/abc"></iframe>')
    on_help = [(HOME, html("<p>x</p>"), "home"), (HOME + "aide", frame, "faq")]
    assert seen(judge("contact-form", on_help)) == (
        Status.FAIL, "false", 0.0, HOME, "no contact form on 2 pages")
    on_contact = [(HOME, html("<p>x</p>"), "home"), (HOME + "contact", frame, "contact")]
    assert seen(judge("contact-form", on_contact)) == (
        *FOUND, HOME + "contact", "embedded form https://acme.typeform.com/to/abc")


def test_live_chat_named_by_its_javascript_global(judge, html):
    outcome = judge("live-chat", html("<p>x</p>"), probes={"home": {"js_globals": {
        "jQuery": True, "Intercom": True}}})
    assert seen(outcome) == (*FOUND, HOME, "JavaScript global Intercom")


@pytest.mark.parametrize(("body", "url", "snippet"), [
    ('<header><a href="https://www.change.org/p/acme-sauvons-la-foret">Notre pétition</a>'
     "</header>", "https://www.change.org/p/acme-sauvons-la-foret",
     "header link 'Notre pétition' on https://www.acme.fr/"),
    ('<iframe src="https://www.change.org/p/acme/widget"></iframe>', HOME,
     "embeds https://www.change.org/p/acme/widget"),
    ('<form action="/petition/sign"><input type="email" name="email"><button>Valider</button>'
     "</form>", HOME, 'form[action="/petition/sign"] posting to https://www.acme.fr/petition/sign'),
    ('<form action="/x"><input type="email" name="email"><button>Je signe</button></form>', HOME,
     "form[action=\"/x\"] ('je signe'): <form action=\"/x\">"),
    ('<p><a href="/x">Signez la pétition</a></p>', HOME + "x",
     "link 'Signez la pétition' on https://www.acme.fr/"),
    ("<h2>Signez la pétition</h2>", HOME, "h2 'Signez la pétition'"),
])
def test_petition_evidence(judge, html, body, url, snippet):
    assert seen(judge("petitions", html(body))) == (*FOUND, url, snippet)


@pytest.mark.parametrize(("body", "url", "snippet"), [
    ('<form action="/x"><input name="nom" placeholder="Nom"><input type="email" name="email">'
     "<button>Devenir bénévole</button></form>", HOME,
     "form[action=\"/x\"] ('benevole'): <form action=\"/x\">"),
    ('<nav><a href="/x">Bénévolat</a></nav>', HOME + "x",
     "nav link 'Bénévolat' on https://www.acme.fr/"),
    ('<p><a href="/benevolat/">Nos actions</a></p>', HOME + "benevolat/",
     "link 'Nos actions' on https://www.acme.fr/"),
    ('<footer><a href="https://www.jeveuxaider.gouv.fr/organisations/acme">Missions</a></footer>',
     "https://www.jeveuxaider.gouv.fr/organisations/acme",
     "footer link 'Missions' on https://www.acme.fr/"),
])
def test_volunteer_evidence(judge, html, body, url, snippet):
    assert seen(judge("volunteer-signup", html(body))) == (*FOUND, url, snippet)


@pytest.mark.parametrize(("body", "url", "snippet"), [
    ('<p><a href="/agenda">Agenda</a></p>', HOME + "agenda",
     "link 'Agenda' on https://www.acme.fr/"),
    # A menu link is preferred to a body link found earlier.
    ('<p><a href="/a">Agenda</a></p><nav><a href="/b">Agenda</a></nav>', HOME + "b",
     "nav link 'Agenda' on https://www.acme.fr/"),
    ('<script type="application/ld+json">{"@type":"MusicEvent","name":"x"}</script>', HOME,
     "JSON-LD schema.org MusicEvent"),
    ('<div itemscope itemtype="https://schema.org/Festival/"><span itemprop="name">x</span></div>',
     HOME, "microdata schema.org Festival"),
    ('<div vocab="https://schema.org/" typeof="Hackathon"><span property="name">x</span></div>',
     HOME, "RDFa schema.org Hackathon"),
])
def test_events_evidence(judge, html, body, url, snippet):
    assert seen(judge("events", html(body))) == (*FOUND, url, snippet)


def test_an_agenda_on_investor_pages_is_a_financial_calendar(judge, html):
    finance = html('<p><a href="/agenda-financier">Agenda</a></p><h2>Agenda</h2>')
    pages = [(HOME, html("<p>x</p>"), "home"), (HOME + "finance", finance, "investors")]
    assert seen(judge("events", pages)) == (
        Status.FAIL, "false", 0.0, HOME,
        "no events section, agenda heading or Event markup on 2 pages")


def test_a_long_menu_link_counts_a_long_body_link_does_not(judge, html):
    # Up to 4 words in the body ('Espace client'); any length in the header, menu or footer.
    menu = '<nav><a href="/portail/">Accédez à votre espace client en ligne sécurisé</a></nav>'
    assert seen(judge("login-area", html(menu))) == (
        *FOUND, HOME + "portail/",
        "link 'Accédez à votre espace client en ligne sécurisé' on https://www.acme.fr/")
    body = '<p><a href="/blog/guide">Comment créer votre espace client en quelques minutes</a></p>'
    assert seen(judge("login-area", html(body))) == (
        Status.FAIL, "false", 0.0, HOME, "no login form or customer area link on 1 page")
