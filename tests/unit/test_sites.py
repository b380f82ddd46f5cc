"""Registrable domains decide what is the same site."""

from benchmark.sites import same_site, site_of


def test_registrable_domain_uses_the_public_suffix_list():
    assert site_of("https://news.bbc.co.uk/a") == "bbc.co.uk"
    assert site_of("https://www.acme.fr/") == "acme.fr"
    assert same_site("https://shop.acme.fr/x", "https://www.acme.fr/")
    assert not same_site("https://acme.com/", "https://www.acme.fr/")
    assert not same_site("https://a.github.io/", "https://b.github.io/")  # private suffix


def test_local_and_unlisted_hosts():
    assert site_of("http://127.0.0.1:8001/x") == "127.0.0.1:8001"
    assert not same_site("http://127.0.0.1:8001/", "http://127.0.0.1:8002/")
    assert site_of("https://www.novatech-group.example/") == "novatech-group.example"
    assert site_of("mailto:a@b.c") == "" and site_of("http://[::1]:80/") == "::1:80"
