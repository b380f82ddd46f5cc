"""robots.txt answers become policies as RFC 9309 says."""

from benchmark.crawl.robots import ALLOW_ALL, policy_from


def test_rules_absent_file_and_server_errors():
    rules = policy_from(200, b"User-agent: *\nDisallow: /private\nCrawl-delay: 99\n"
                             b"Sitemap: https://a.fr/s.xml\n")
    assert rules.status == 200 and rules.sitemaps == ("https://a.fr/s.xml",)
    assert not rules.allows("https://a.fr/private/x", "benchmark")
    assert rules.allows("https://a.fr/about", "benchmark")
    assert rules.crawl_delay("benchmark") == 10.0  # capped
    absent = policy_from(404, b"")
    assert absent.status == 404 and absent.allows("https://a.fr/private/x", "benchmark")
    broken = policy_from(503, b"")
    assert broken.status == 503 and not broken.allows("https://a.fr/", "benchmark")
    unreached = policy_from(None, b"", "net::ERR_CONNECTION_REFUSED")
    assert unreached.status is None and unreached.allows("https://a.fr/", "benchmark")
    assert ALLOW_ALL.allows("https://a.fr/private", "benchmark")
