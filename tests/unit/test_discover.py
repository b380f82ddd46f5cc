"""Page discovery and bundle routing, without a browser."""

from pathlib import Path

from benchmark.crawl.discover import Link, key_pages, language_of, role_of
from benchmark.crawl.routing import bundle_file
from benchmark.sites import same_site

HOME = "https://www.acme.fr/"


def test_roles_from_french_and_english_link_text_and_urls():
    assert role_of("https://www.acme.fr/x", "Qui sommes-nous ?")[0] == "about"
    assert role_of("https://www.acme.fr/x", "Actualités")[0] == "news"
    assert role_of("https://www.acme.fr/x", "Espace presse")[0] == "press"
    assert role_of("https://www.acme.fr/x", "Nous rejoindre")[0] == "careers"
    assert role_of("https://www.acme.fr/x", "Investors")[0] == "investors"
    assert role_of("https://www.acme.fr/x", "Faire un don")[0] == "donate"
    role, why = role_of("https://www.acme.fr/fr/recrutement/", "")
    assert role == "careers" and "URL" in why
    assert role_of("https://www.acme.fr/plan", "Plan du site") is None


def test_key_pages_one_per_role_same_site_only_and_limited():
    links = [Link(href, text) for href, text in [
        ("https://www.acme.fr/about", "About us"),
        ("https://www.acme.fr/about#team", "Our team"),        # same page, fragment
        ("https://www.acme.fr/news", "News"),
        ("https://www.acme.fr/news/2026", "News archive"),      # second news page: extra
        ("https://other.org/contact", "Contact"),               # another site
        ("https://www.acme.fr/report.pdf", "Annual report"),    # not a page
        ("mailto:info@acme.fr", "Contact"),
        ("https://shop.acme.fr/contact", "Contact"),            # subdomain: same site
    ]]
    chosen = key_pages(links, HOME, limit=10)
    assert [c.url for c in chosen] == ["https://www.acme.fr/about", "https://www.acme.fr/news",
                                       "https://shop.acme.fr/contact",
                                       "https://www.acme.fr/news/2026"]
    assert len(key_pages(links, HOME, limit=2)) == 2
    assert same_site("https://acme.fr/a", HOME) and not same_site("https://acme.com/", HOME)


def test_bundle_file_mapping_and_escape(tmp_path: Path):
    site = tmp_path / "www.acme.example"
    (site / "about").mkdir(parents=True)
    (site / "index.html").write_text("home")
    (site / "about" / "index.html").write_text("about")
    (site / "news.html").write_text("news")
    (tmp_path / "secret.txt").write_text("secret")
    assert bundle_file(tmp_path, "https://www.acme.example/") == (site / "index.html").resolve()
    assert bundle_file(tmp_path, "https://www.acme.example/about/?q=1").name == "index.html"
    assert bundle_file(tmp_path, "https://www.acme.example/news").name == "news.html"
    assert bundle_file(tmp_path, "https://www.acme.example/missing") == site.resolve()
    assert bundle_file(tmp_path, "https://www.acme.example/../secret.txt") == site.resolve()
    assert bundle_file(tmp_path, "https://unknown.example/") is None


def test_navigation_text_and_home_language_come_first():
    home = "https://www.acme.fr/fr/"
    links = [Link("https://www.acme.fr/en/about-us", "About us", in_nav=True),
             Link("https://www.acme.fr/fr/groupe/", "", source="sitemap.xml"),
             Link("https://www.acme.fr/fr/qui-sommes-nous", "Qui sommes-nous"),
             Link("https://www.acme.fr/fr/a-propos", "À propos", in_nav=True)]
    chosen = key_pages(links, home, limit=1)
    assert chosen[0].url == "https://www.acme.fr/fr/a-propos"
    every = key_pages(links, home, limit=10)
    assert every[-1].url == "https://www.acme.fr/en/about-us"  # other language last
    assert "(from sitemap.xml)" in every[2].why
    assert language_of("https://www.acme.fr/en-gb/x") == "en" and language_of(home) == "fr"
