"""Services criteria on inline HTML: forms classified by fields and wording, vendors, traps."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"


def passes(outcome) -> bool:
    assert outcome.value == ("true" if outcome.status is Status.PASS else "false")
    assert outcome.score == (1.0 if outcome.status is Status.PASS else 0.0)
    return outcome.status is Status.PASS


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/recherche"><input name="s" placeholder="Rechercher"><button>OK</button>'
     "</form>", True),
    ('<form action="/search" role="search"><input type="search" name="query"></form>', True),
    ('<div class="search"><input type="text" placeholder="Search the site"><button>Go</button>'
     "</div>", True),
    # A web search engine restricted to the site searches the site; a plain one does not.
    ('<form action="https://www.google.com/search"><input name="q"><input type="hidden" '
     'name="sitesearch" value="acme.fr"><button>Google</button></form>', True),
    ('<form action="https://www.google.com/search"><input name="q"><button>Google</button>'
     "</form>", False),
    ('<div class="gcse-search"></div><script async src="https://cse.google.com/cse.js?cx=1">'
     "</script>", True),
    ('<a href="https://www.google.com/search?q=acme">Rechercher sur Google</a>', False),
    ('<form action="/login"><input name="user"><input type="password" name="pw"></form>', False),
])
def test_site_search(judge, html, body, expected):
    assert passes(judge("site-search", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/contact" method="post"><label for="n">Nom</label><input id="n" name="nom">'
     '<input type="email" name="courriel"><textarea name="demande"></textarea>'
     "<button>Envoyer</button></form>", True),
    ('<form method="post"><input name="your-name" placeholder="Your name"><input name="your-email"'
     ' placeholder="Email"><textarea name="your-message"></textarea><input type="submit" '
     'value="Send"></form>', True),
    # A blog comment form has the same fields: its action and id give it away.
    ('<form id="commentform" action="/wp-comments-post.php" method="post"><textarea name="comment">'
     '</textarea><input name="author"><input name="email"></form>', False),
    ('<a href="mailto:contact@acme.fr">Écrivez-nous</a>', False),
])
def test_contact_form(judge, html, body, expected):
    assert passes(judge("contact-form", html(body))) is expected


def test_contact_form_hosted_on_contact_page(judge, html):
    pages = [(HOME, html("<p>Accueil</p>"), "home"),
             ("https://www.acme.fr/contact", html(
                 '<iframe src="https://acme.typeform.com/to/abc"></iframe>'), "contact")]
    assert passes(judge("contact-form", pages))


@pytest.mark.parametrize(("body", "expected"), [
    ('<div class="bloc"><h3>Newsletter</h3><form action="/nl"><input type="email" name="email">'
     "<button>OK</button></form></div>", True),
    ('<form action="/abonnement"><input name="mail" placeholder="Votre adresse e-mail">'
     "<button>Je m’inscris à la lettre d’information</button></form>", True),
    ('<form action="https://acme.us1.list-manage.com/subscribe/post?u=1"><input type="email" '
     'name="EMAIL"><input type="submit" value="Go"></form>', True),
    ('<form action="/subscribe"><input type="email" placeholder="Email"><button>Subscribe</button>'
     "</form>", True),
    # The word newsletter without a form is not a signup.
    ("<p>Lisez notre newsletter mensuelle !</p><a href='/newsletter'>Newsletter</a>", False),
    # An account registration form is not a newsletter signup.
    ('<form><h3>Inscription</h3><input type="email" name="email"><input type="password" '
     'name="pw"></form>', False),
    # A contact form with an opt-in box is a contact form.
    ('<form><input type="email" name="email"><textarea name="message"></textarea><label>'
     '<input type="checkbox" name="nl"> Recevoir la newsletter</label></form>', False),
])
def test_newsletter_signup(judge, html, body, expected):
    assert passes(judge("newsletter-signup", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/don"><label><input type="radio" name="amount" value="20"> 20 €</label>'
     '<input type="number" name="montant_libre"><button>Je donne</button></form>', True),
    ('<a href="https://www.helloasso.com/associations/acme/formulaires/1">Faire un don</a>', True),
    ('<a class="btn" href="https://donorbox.org/acme">Donate</a>', True),
    ("<p>Faites un don par chèque à l'ordre de Acme.</p>", False),
])
def test_donation(judge, html, body, expected):
    assert passes(judge("donation", html(body), kind="ngo")) is expected


def test_donation_page_with_form(judge, html):
    pages = [(HOME, html('<a href="/soutenir">Nous soutenir</a>'), "home"),
             ("https://www.acme.fr/soutenir", html('<form action="/paiement"><input name="prenom">'
                                                   '<input name="iban"></form>'), "donate")]
    assert passes(judge("donation", pages, kind="ngo"))


def test_donation_not_applicable_to_companies(judge, html):
    outcome = judge("donation", html('<a href="https://donorbox.org/acme">Donate</a>'))
    assert (outcome.status, outcome.value, outcome.score) == (Status.NOT_APPLICABLE, "", None)


@pytest.mark.parametrize(("body", "expected"), [
    ('<header><a href="/panier">Mon panier (0)</a></header>', True),
    ('<a href="/cart">Cart</a>', True),
    ('<script src="https://cdn.shopify.com/s/files/theme.js"></script>', True),
    ('<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/shop.css">', True),
    ('<a href="https://apps.apple.com/app/acme">Télécharger sur l’App Store</a>'
     '<a href="/magasins">Trouver un magasin</a>', False),
])
def test_ecommerce(judge, html, body, expected):
    assert passes(judge("ecommerce", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/auth"><input name="login"><input type="password" name="pwd"></form>', True),
    ('<header><a href="https://extranet.acme.fr/">Espace adhérent</a></header>', True),
    ('<a href="/account">Sign in</a>', True),
    ('<a href="/mon-compte/">Accéder</a>', True),
    ('<a href="https://www.facebook.com/login">Connexion avec Facebook</a><p>Bienvenue</p>', False),
])
def test_login_area(judge, html, body, expected):
    assert passes(judge("login-area", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<script src="https://embed.tawk.to/5f/default"></script>', True),
    ('<script>(function(){var s=document.createElement("script");s.src="https://client.crisp.chat/l.js";'
     "document.head.appendChild(s);})();</script>", True),
    ('<div id="chat-widget-container" class="chat-widget"></div>', True),
    ("<p>Chattez avec nous au 01 02 03 04 05</p>", False),
])
def test_live_chat(judge, html, body, expected):
    assert passes(judge("live-chat", html(body))) is expected


def test_live_chat_from_probes_and_network(judge, html):
    assert passes(judge("live-chat", html("<p>x</p>"),
                        probes={"home": {"js_globals": {"Intercom": True, "jQuery": True}}}))
    assert passes(judge("live-chat", html("<p>x</p>"),
                        network={"hosts": ["js.driftt.com", "www.acme.fr"]}))
    assert not passes(judge("live-chat", html("<p>x</p>"),
                            probes={"home": {"js_globals": {"Intercom": False}}}))


@pytest.mark.parametrize(("body", "expected"), [
    ('<a href="https://acme.wd3.myworkdayjobs.com/fr-FR/Careers">Nos offres</a>', True),
    ('<a href="https://www.welcometothejungle.com/fr/companies/acme/jobs">Offres</a>', True),
    ('<form action="/candidature" enctype="multipart/form-data"><input name="nom">'
     '<label>Votre CV <input type="file" name="cv"></label><button>Postuler</button></form>', True),
    ('<nav><a href="/carrieres">Carrières</a></nav>', False),
])
def test_job_applications(judge, html, body, expected):
    assert passes(judge("job-applications", html(body))) is expected


def test_apply_links_count_on_careers_pages_only(judge, html):
    careers = html('<a href="/offres/123">Postuler</a>')
    on_careers = [(HOME, html("<p>x</p>"), "home"),
                  ("https://www.acme.fr/jobs", careers, "careers")]
    assert passes(judge("job-applications", on_careers))
    assert not passes(judge("job-applications", [(HOME, careers, "home")]))


@pytest.mark.parametrize(("body", "expected"), [
    ('<footer><a href="/faq">FAQ</a></footer>', True),
    ('<a href="/aide/questions-frequentes">Questions fréquentes</a>', True),
    ("<h2>Häufig gestellte Fragen</h2>", True),
    ('<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": []}</script>', True),
    # A call to write in is not a FAQ; neither is an article titled with 'questions-réponses'.
    ("<h2>Des questions ? Contactez-nous</h2><a href='/actus/reforme'>Questions-réponses : tout"
     " savoir sur la réforme des retraites en 2026</a>", False),
])
def test_faq(judge, html, body, expected):
    assert passes(judge("faq", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<header><a href="https://agences.acme.fr/">Trouver une agence</a></header>', True),
    ('<form action="/haendlersuche/"><label for="p">Postleitzahl oder Ort</label><input id="p" '
     'name="plz"><button>Händler suchen</button></form>', True),
    ('<script src="https://cdn.storerocket.io/widget.js"></script>', True),
    # A map of the head office and directions to it are not a locator.
    ('<h2>Nous trouver</h2><iframe src="https://www.google.com/maps/embed?pb=1"></iframe>'
     '<a href="/plan-acces">Plan d’accès</a>', False),
])
def test_locator(judge, html, body, expected):
    assert passes(judge("locator", html(body))) is expected


def test_locator_forms_are_not_site_search(judge, html):
    body = ('<form action="/haendlersuche/"><label for="p">Postleitzahl oder Ort</label><input '
            'id="p" name="plz"><button>Händler suchen</button></form>')
    assert not passes(judge("site-search", html(body)))


def test_store_finder_and_article_titles_are_not_a_shop(judge, html):
    body = ('<a href="/boutiques">Trouver une boutique</a><a href="/news/shop-floor">Energy '
            'costs and the shop floor</a><a href="/creations/panier-gourmand">Le panier gourmand '
            "de Noël</a>")
    assert not passes(judge("ecommerce", html(body)))


def test_newsletter_wording_and_registration_forms(judge, html):
    event = ('<form><h3>Inscription à la conférence</h3><input name="nom"><input type="email" '
             'name="email"><input name="societe"><input name="fonction"><button>Je m’inscris'
             "</button></form>")
    assert not passes(judge("newsletter-signup", html(event)))
    short = '<form><input type="email" name="email"><button>Je m’inscris</button></form>'
    assert passes(judge("newsletter-signup", html(short)))


def test_application_forms_are_not_contact_forms(judge, html):
    body = ('<form action="/candidature" enctype="multipart/form-data"><input name="nom">'
            '<input type="email" name="email"><textarea name="motivation"></textarea>'
            '<label>CV <input type="file" name="cv"></label><button>Postuler</button></form>')
    assert not passes(judge("contact-form", html(body)))
    assert passes(judge("job-applications", html(body)))


def test_back_office_login_is_not_a_customer_area(judge, html):
    body = '<aside><a href="/wp-login.php">Connexion</a><a href="/feed/">Flux RSS</a></aside>'
    assert not passes(judge("login-area", html(body)))


def test_donation_platform_tickets_are_not_gifts(judge, html):
    tickets = ('<a href="https://www.helloasso.com/associations/acme/evenements/concert">'
               "Réservez vos places</a>")
    assert not passes(judge("donation", html(tickets), kind="ngo"))
    gift = '<a href="https://www.helloasso.com/associations/acme/formulaires/1">Je donne</a>'
    assert passes(judge("donation", html(gift), kind="ngo"))


def test_job_board_articles_are_not_job_applications(judge, html):
    body = ('<a href="https://www.welcometothejungle.com/fr/articles/acme-drh">Lire l’interview '
            "sur Welcome to the Jungle</a>")
    assert not passes(judge("job-applications", html(body)))


def test_donate_link_to_an_unknown_platform(judge, html):
    body = '<a href="https://dons.example-platform.org/acme">Faire un don</a>'
    assert passes(judge("donation", html(body), kind="ngo"))
    relayed = ('<p>Un appel de la Croix-Rouge : <a href="https://donner.croix-rouge.fr/urgence">'
               "Faire un don à la Croix-Rouge</a></p>")
    assert not passes(judge("donation", html(relayed), kind="ngo"))
