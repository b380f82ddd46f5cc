"""benchmark.html and orgs/*.html: escaped, self-contained, safe links, embedded screenshot,
two languages."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from test_reports_fixture import FOOTPRINT_FORMULA, SCRIPT, make_run, tiny_png

from reports import write_reports

SORT_SCRIPT = (Path(__file__).parents[2] / "reports" / "templates" / "_sort.js").read_text(
    encoding="utf-8").strip()


def pages(tmp_path: Path, lang: str = "en") -> dict[str, str]:
    """Every page of the HTML report by file name: the index and one scorecard each."""
    run = make_run(tmp_path)
    write_reports(run, lang=lang)
    found = {"benchmark.html": (run / "benchmark.html").read_text(encoding="utf-8")}
    for path in sorted((run / "orgs").iterdir()):
        found[f"orgs/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def render(tmp_path: Path, lang: str = "en") -> str:
    """All pages as one text, for the checks that hold on every page."""
    return "\n".join(pages(tmp_path, lang).values())


@pytest.fixture
def site(tmp_path: Path) -> dict[str, str]:
    return pages(tmp_path)


@pytest.fixture
def html(site: dict[str, str]) -> str:
    return "\n".join(site.values())


def test_every_organisation_has_a_scorecard(site: dict[str, str]) -> None:
    assert sorted(site) == ["benchmark.html", "orgs/alpha.html", "orgs/evil.html",
                            "orgs/gamma.html"]


def test_untrusted_markup_is_escaped(site: dict[str, str]) -> None:
    for name, page in site.items():
        assert SCRIPT not in page, name
        # The index's one script is our sorting code, nothing from a website.
        scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
        assert scripts == ([SORT_SCRIPT] if name == "benchmark.html" else []), name
        assert page.count("<script") == len(scripts), name
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert f"Alpha {escaped}" in site["benchmark.html"]  # target name
    assert f"Alpha {escaped}" in site["orgs/alpha.html"]
    assert f"About us {escaped}" in site["orgs/alpha.html"]  # evidence, as found


def test_only_web_urls_become_links(html: str) -> None:
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert "https://alpha.example/about" in hrefs
    local = {"orgs/alpha.html", "orgs/evil.html", "orgs/gamma.html", "../benchmark.html"}
    assert all(href.startswith(("https://", "http://", "#")) or href in local
               for href in hrefs), hrefs
    assert local <= set(hrefs)  # the index links every scorecard, each links back
    assert "javascript:alert(1)" in html  # still shown, as text


def test_external_links_do_not_leak_the_opener(html: str) -> None:
    links = re.findall(r'<a [^>]*href="http[^>]*>', html)
    assert links
    assert all('rel="noopener noreferrer"' in link for link in links)


def test_screenshot_is_embedded_and_nothing_is_fetched(html: str) -> None:
    uri = "data:image/png;base64," + base64.b64encode(tiny_png()).decode("ascii")
    assert f'src="{uri}"' in html
    assert html.count("<img ") == 1  # the two targets without a screenshot show a note
    assert not re.search(r'src="(?!data:)', html)
    assert not re.search(r'href="(?!#|https?://|orgs/[a-z]+\.html"|\.\./benchmark\.html")',
                         html)
    assert not re.search(r'src="http|<link |@import|url\(', html)


def test_ranking_and_scores_are_formatted_not_computed(site: dict[str, str]) -> None:
    index = site["benchmark.html"]
    ranking = index[index.index('id="ranking"'):index.index('id="methodology"')]
    assert ranking.index("Alpha") < ranking.index("HYPERLINK") < ranking.index("Gamma Org")
    assert "81.2" in ranking and "55.6" in ranking  # 55.55 rounds half up, like Excel
    assert 'style="--w:81.2%"' in ranking  # the overall score's bar
    assert "Unreachable: DNS lookup failed" in ranking


def test_verdict_headline_follows_status(html: str) -> None:
    assert "Not served over HTTPS" in html  # alpha fails https
    assert "Served over HTTPS" in html  # evil passes it
    assert "No about section" in html


def test_methodology_and_provenance(html: str) -> None:
    methodology = html[html.index('id="methodology"'):]
    assert "A link to an about page." in methodology
    assert "b" * 64 in methodology and "<dd class=\"url\">weights.toml</dd>" in methodology
    # File names only: the folders of the machine that ran the audit are nobody's business.
    assert "scoring/weights.toml" not in html and "panels/ngos.csv" not in html
    assert "<dd class=\"url\">ngos.csv</dd>" in methodology
    assert "panel test 7.3" in methodology  # name and version of the methodology


def test_methodology_prints_the_recorded_formulas(html: str) -> None:
    methodology = html[html.index('id="methodology"'):]
    assert f'<td class="formula">{FOOTPRINT_FORMULA}</td>' in methodology
    assert "weighted mean of its applicable criteria" not in methodology
    assert "<td>social-backlinks</td><td>0.5</td><td>not a factor of the product</td>" \
        in methodology
    assert "s = the criterion&#39;s own score" in methodology  # https's curve formula
    assert "<td>NGO</td><td>Profile</td><td class=\"formula\">tech = 0.5; donation = 3</td>" \
        in methodology


def test_french_labels(tmp_path: Path) -> None:
    html = render(tmp_path, lang="fr")
    assert '<html lang="fr">' in html
    for word in ("Classement", "Méthodologie", "Réussi", "Échec", "Injoignable", "Contenu"):
        assert word in html
    assert "Ranking" not in html and "Not applicable" not in html


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="en, fr"):
        render(tmp_path, lang="de")


def test_reports_are_written_atomically(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    paths = write_reports(run)
    assert [path.name for path in paths] == ["benchmark.xlsx", "benchmark.html", "orgs"]
    assert not list(run.glob(".*.tmp")) and not list(run.glob(".orgs*"))


def test_visited_pages_are_listed_with_titles_escaped(tmp_path: Path) -> None:
    html = (write_reports(make_run(tmp_path))[2] / "alpha.html").read_text(encoding="utf-8")
    assert "<summary>Pages (2)</summary>" in html
    assert "link text &#39;News&#39;" in html and "HTTP 404" in html
    assert 'href="javascript:' not in html


def test_screenshot_type_comes_from_its_bytes(tmp_path: Path) -> None:
    from reports.html import screenshot_uri

    jpeg, fake = tmp_path / "shot.png", tmp_path / "page.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 16)  # named .png, holds a JPEG
    fake.write_bytes(b"<html><script>alert(1)</script>")
    assert screenshot_uri(jpeg).startswith("data:image/jpeg;base64,/9j/")
    assert screenshot_uri(fake) is None
