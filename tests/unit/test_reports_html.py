"""benchmark.html: escaped, self-contained, safe links, embedded screenshot, two languages."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from test_reports_fixture import FOOTPRINT_FORMULA, SCRIPT, make_run, tiny_png

from reports import write_reports


def render(tmp_path: Path, lang: str = "en") -> str:
    run = make_run(tmp_path)
    write_reports(run, lang=lang)
    return (run / "benchmark.html").read_text(encoding="utf-8")


@pytest.fixture
def html(tmp_path: Path) -> str:
    return render(tmp_path)


def test_untrusted_markup_is_escaped(html: str) -> None:
    assert SCRIPT not in html
    assert "<script" not in html
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert f"Alpha {escaped}" in html  # target name
    assert f"About us {escaped}" in html  # evidence snippet


def test_only_web_urls_become_links(html: str) -> None:
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert "https://alpha.example/about" in hrefs
    assert all(href.startswith(("https://", "http://", "#")) for href in hrefs), hrefs
    assert "javascript:alert(1)" in html  # still shown, as text


def test_external_links_do_not_leak_the_opener(html: str) -> None:
    links = re.findall(r'<a [^>]*href="http[^>]*>', html)
    assert links
    assert all('rel="noopener noreferrer"' in link for link in links)


def test_screenshot_is_embedded_and_nothing_is_fetched(html: str) -> None:
    uri = "data:image/png;base64," + base64.b64encode(tiny_png()).decode("ascii")
    assert f'src="{uri}"' in html
    assert html.count("<img ") == 1  # the two targets without a screenshot show a note
    assert not re.search(r'(src|href)="(?!data:|#|https?://)', html)
    assert not re.search(r'src="http|<link |@import|url\(', html)


def test_ranking_and_scores_are_formatted_not_computed(html: str) -> None:
    ranking = html[html.index('id="ranking"'):html.index('class="org"')]
    assert ranking.index("Alpha") < ranking.index("HYPERLINK") < ranking.index("Gamma Org")
    assert "81.2" in ranking and "55.6" in ranking  # 55.55 rounds half up, like Excel
    assert 'style="width: 81.2%"' in ranking
    assert "Unreachable: DNS lookup failed" in ranking


def test_verdict_headline_follows_status(html: str) -> None:
    assert "Not served over HTTPS" in html  # alpha fails https
    assert "Served over HTTPS" in html  # evil passes it
    assert "No about section" in html


def test_methodology_and_provenance(html: str) -> None:
    methodology = html[html.index('id="methodology"'):]
    assert "A link to an about page." in methodology
    assert "b" * 64 in methodology and "scoring/weights.toml" in methodology
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
    assert [path.name for path in paths] == ["benchmark.xlsx", "benchmark.html"]
    assert not list(run.glob(".*.tmp"))


def test_visited_pages_are_listed_with_titles_escaped(tmp_path: Path) -> None:
    html = (write_reports(make_run(tmp_path))[1]).read_text(encoding="utf-8")
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
