"""Content criteria on inline HTML: sections (French and English), freshness, feeds, languages."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"


@pytest.mark.parametrize(("criterion_id", "body", "evidence_url"), [
    ("about-section", '<nav><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></nav>',
     HOME + "qui-sommes-nous/"),
    ("about-section", '<header><a href="/company">Who we are</a></header>',
     HOME + "company"),
    ("about-section", '<a href="/le-groupe/">Découvrir</a>',
     HOME + "le-groupe/"),
    ("news-section", '<nav><a href="/actus">Actualités</a></nav>',
     HOME + "actus"),
    ("news-section", '<footer><a href="/latest">Latest news</a></footer>',
     HOME + "latest"),
    ("news-section", '<h2>Actualités</h2>',
     HOME),
    ("press-room", '<nav><a href="/p">Espace presse</a></nav>',
     HOME + "p"),
    ("press-room", '<nav><a href="/p">Press releases</a></nav>',
     HOME + "p"),
    ("careers-section", '<nav><a href="/rh">Nous rejoindre</a></nav>',
     HOME + "rh"),
    ("careers-section", '<div id="menu"><a href="/x">Careers</a></div>',
     HOME + "x"),
    ("careers-section", '<a href="https://careers.acme.fr/">Découvrir</a>',
     "https://careers.acme.fr/"),
    ("investors-section", '<nav><a href="/x">Relations investisseurs</a></nav>',
     HOME + "x"),
    ("investors-section", '<nav><a href="/x">Investor relations</a></nav>',
     HOME + "x"),
    ("csr-section", '<nav><a href="/x">Développement durable</a></nav>',
     HOME + "x"),
    ("csr-section", '<nav><a href="/x">Sustainability</a></nav>',
     HOME + "x"),
    ("csr-section", '<a href="/nos-engagements/">Voir</a>',
     HOME + "nos-engagements/"),
])
def test_sections_found_from_links_urls_and_headings(judge, html, criterion_id, body,
                                                   evidence_url):
    outcome = judge(criterion_id, html(body), kind="listed-company")
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "true", 1.0)
    # The section itself (the home page that shows a heading).
    assert outcome.evidence.url == evidence_url


def test_a_visited_section_page_is_the_evidence_not_the_page_linking_to_it(judge, html):
    pages = [(HOME, html('<nav><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></nav>'), "home"),
             (HOME + "qui-sommes-nous/", html("<h1>Notre histoire</h1>"), "about")]
    outcome = judge("about-section", pages)
    assert outcome.evidence.url == "https://www.acme.fr/qui-sommes-nous/"
    assert outcome.evidence.snippet.startswith("about page visited")


@pytest.mark.parametrize("criterion_id", ["about-section", "news-section", "press-room",
                                          "careers-section", "investors-section", "csr-section"])
def test_sections_absent(judge, html, criterion_id):
    outcome = judge(criterion_id, html('<nav><a href="/produits">Produits</a></nav><p>Bonjour</p>'),
                    kind="listed-company")
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)
    assert outcome.evidence.url == HOME
    assert "1 page" in outcome.evidence.snippet


def test_section_from_crawler_page_role(judge, html):
    pages = [(HOME, html("<p>Accueil</p>"), "home"),
             ("https://www.acme.fr/p/12", html("<h1>Bienvenue</h1>"), "press")]
    outcome = judge("press-room", pages)
    assert outcome.status is Status.PASS
    assert outcome.evidence.url == "https://www.acme.fr/p/12"


def test_article_titles_and_social_links_are_not_sections(judge, html):
    body = ('<a href="/actualites/le-groupe-annonce-ses-resultats-annuels">Le groupe annonce ses'
            ' résultats annuels 2025</a>'
            '<a href="https://www.facebook.com/acme">Rejoignez notre communauté</a>')
    assert judge("about-section", html(body)).status is Status.FAIL
    assert judge("careers-section", html(
        '<a href="https://www.linkedin.com/company/acme">Carrières</a>')).status is Status.FAIL


def test_investors_not_applicable_to_ngo(judge, html):
    outcome = judge("investors-section", html('<nav><a href="/x">Investisseurs</a></nav>'),
                    kind="ngo")
    assert (outcome.status, outcome.score) == (Status.NOT_APPLICABLE, None)


def test_freshness_recent_french_date(judge, html):
    outcome = judge("content-freshness", html("<p>Publié le 10 janvier 2026</p>"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "2026-01-10", 1.0)
    assert "10 janvier 2026" in outcome.evidence.snippet


def test_freshness_score_decreases_with_age(judge, html):
    outcome = judge("content-freshness", html("<p>Posted on March 12, 2025</p>"))
    age = 309  # 2025-03-12 -> 2026-01-15
    assert outcome.value == "2025-03-12" and outcome.status is Status.PASS
    assert outcome.score == pytest.approx((730 - age) / 700)


def test_freshness_stale_and_newest_wins(judge, html):
    outcome = judge("content-freshness", html(
        '<time datetime="2013-01-27">27/01/2013</time> <p>2012-05-01</p>'))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "2013-01-27", 0.0)


def test_freshness_without_dates_fails_with_empty_value(judge, html):
    outcome = judge("content-freshness", html("<p>Bienvenue, rendez-vous en 2031</p>"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "", 0.0)
    assert outcome.evidence.url == HOME and "dated item" in outcome.evidence.snippet


def test_freshness_ignores_future_dates(judge, html):
    body = "<p>12 mars 2027 : salon Batimat</p><p>Publié le 2 janvier 2026</p>"
    outcome = judge("content-freshness", html(body))
    assert outcome.value == "2026-01-02"


def test_rss_feed_from_head_link(judge, html):
    head = '<link rel="alternate" type="application/rss+xml" title="Actus" href="/feed/">'
    outcome = judge("rss-feed", html("<p>x</p>", head=head))
    assert (outcome.status, outcome.value) == (Status.PASS, "true")
    assert "https://www.acme.fr/feed/" in outcome.evidence.snippet


def test_rss_feed_from_link_text(judge, html):
    assert judge("rss-feed", html('<a href="/abonnement">Flux RSS</a>')).status is Status.PASS


def test_rss_feed_absent(judge, html):
    outcome = judge("rss-feed", html('<a href="/newsletter">Newsletter</a>'))
    assert (outcome.status, outcome.value) == (Status.FAIL, "false")
    assert outcome.evidence.snippet == "no RSS/Atom link on 1 page"


def test_languages_from_hreflang_and_switcher(judge, html):
    head = ('<link rel="alternate" hreflang="en-GB" href="/en/">'
            '<link rel="alternate" hreflang="x-default" href="/">')
    body = '<header><a href="/de/">DE</a> <a href="/es/">Español</a></header>'
    outcome = judge("languages", html(body, head=head))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "4", 1.0)


def test_languages_two_languages_pass_with_half_score(judge, html):
    outcome = judge("languages", html('<nav><a href="/en/">English</a></nav>'))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "2", 0.5)


def test_languages_single_language_fails(judge, html):
    # A bare 'IT' in body text is a topic, not a language switcher.
    outcome = judge("languages", html('<p><a href="/it">IT</a> services</p>', lang="en"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "1", 0.0)


def test_publishing_rate_counts_items_once_across_pages_and_sources(judge, html):
    listing = html('<time datetime="2026-01-12">12 janv.</time><time datetime="2026-01-12">12 '
                   'janv.</time><time datetime="2025-12-20">20 déc.</time>'
                   '<time datetime="2025-09-01">1 sept.</time>'
                   "<p>Cours de clôture du 14/01/2026, en différé.</p>")
    pages = [(HOME, html('<p>12/01/2026 – <a href="/a">Article</a></p>'), "home"),
             ("https://www.acme.fr/actus", listing, "news")]
    outcome = judge("publishing-rate", pages)
    # 2026-01-12 twice on the news page (the home page repeats one); 2025-09-01 is too old;
    # the share price's day is mentioned in a page that marks its items up.
    assert (outcome.status, outcome.value) == (Status.PASS, "3")
    assert outcome.score == pytest.approx(3 / 12)
    assert "2026-01-12 ×2" in outcome.evidence.snippet


def test_publishing_rate_zero_and_events_do_not_count(judge, html):
    body = ("<h2>Agenda</h2><p>Jeudi 8 janvier 2026 : conférence</p><h2>Actualités</h2>"
            "<p>Publié le 3 mars 2024</p>")
    outcome = judge("publishing-rate", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "0", 0.0)
    assert judge("content-freshness", html(body)).value == "2024-03-03"


@pytest.mark.parametrize(("body", "expected"), [
    ('<video autoplay muted><source src="/hero.mp4" type="video/mp4"></video>', True),
    ('<audio controls src="/podcast/episode-3.mp3"></audio>', True),
    ('<iframe src="https://player.ausha.co/?showId=abc"></iframe>', True),
    ('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>', True),
    ('<a href="/podcast/episode-12.mp3">Écouter l’épisode (MP3)</a>', True),
    # A link to a video page, a Flash player and pictures are not media played on the site.
    ('<a href="https://www.youtube.com/watch?v=abc">Voir la vidéo</a>'
     '<object data="/player.swf"><param name="flashvars" value="file=film.flv"></object>'
     '<picture><source srcset="/a.webp"><img src="/a.jpg"></picture>', False),
])
def test_multimedia(judge, html, body, expected):
    assert judge("multimedia", html(body)).value == ("true" if expected else "false")


@pytest.mark.parametrize(("body", "expected"), [
    ('<a href="/docs/acme-rapport-annuel-2025.pdf">Télécharger (PDF, 4 Mo)</a>', True),
    ('<a href="/docs/urd.pdf">Document d’enregistrement universel 2025</a>', True),
    ('<a href="/download?id=12">Geschäftsbericht 2025 herunterladen</a>', True),
    ('<a href="https://www.calameo.com/read/0001">Rapport d’activité 2025</a>', True),
    ('<a href="/rapport-annuel-2025/">Découvrez notre rapport annuel</a>'
     '<a href="/docs/catalogue-2025.pdf">Catalogue 2025 (PDF)</a>', False),
])
def test_downloadable_reports(judge, html, body, expected):
    assert judge("downloadable-reports", html(body)).value == ("true" if expected else "false")


def test_content_volume_is_the_mean_of_key_pages(judge, html):
    pages = [(HOME, html("<p>" + "mot " * 300 + "</p>"), "home"),
             ("https://www.acme.fr/about", html("<p>" + "mot " * 100 + "</p>"), "about"),
             ("https://www.acme.fr/contact", html("<p>Écrivez-nous</p>"), "contact")]
    outcome = judge("content-volume", pages)
    assert (outcome.status, outcome.value) == (Status.PASS, "200")
    empty = judge("content-volume", html('<div id="root"></div><noscript>Activez JS</noscript>'))
    assert (empty.status, empty.value, empty.score) == (Status.FAIL, "0", 0.0)
