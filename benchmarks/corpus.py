"""Write the benchmark corpus: N organisation sites of M pages, plus social profile hosts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import assets

# (path, link text): discovery gives each a distinct role, the home page is the tenth page.
KEY_PAGES = (("about-us/", "About us"), ("news/", "News"), ("press/", "Press"),
             ("careers/", "Careers"), ("investors/", "Investors"),
             ("sustainability/", "Sustainability"), ("contact/", "Contact"),
             ("services/", "Our services"), ("support-us/", "Support us"))
OTHER_LINKS = (("legal/", "Legal notice"), ("privacy/", "Privacy"), ("sitemap/", "Sitemap"))
PLATFORMS = ("facebook", "linkedin", "youtube", "instagram")
WORDS = ("group", "market", "energy", "client", "growth", "report", "team", "digital",
         "climate", "service", "quality", "people", "network", "future", "industry", "value",
         "innovation", "partner", "results", "strategy", "solution", "region", "mission")


@dataclass(frozen=True)
class Corpus:
    """Where the hosts are: each folder of `hosts_dir` is served on its own port."""

    hosts_dir: Path
    sites: list[str]  # host folder names of the organisations
    platforms: list[str]  # host folder names of the social platforms
    bytes_per_page_load: int  # everything one home page load fetches (cold cache)


def page_paths(pages: int) -> list[tuple[str, str]]:
    """(path, link text) of the pages other than home; more than 10 adds news items."""
    extra = [(f"news/item-{k}/", f"News {k}") for k in range(1, max(0, pages - 10) + 1)]
    return list(KEY_PAGES[: max(0, pages - 1)]) + extra


def text(rng: random.Random, size: int) -> str:
    paragraphs, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 120)))
        paragraphs.append(f"<p>{sentence.capitalize()}.</p>")
        total += len(paragraphs[-1])
    return "\n".join(paragraphs)


def html_page(name: str, title: str, links: list[tuple[str, str]], images: list[str],
              rng: random.Random, text_size: int) -> str:
    nav = " ".join(f'<a href="/{path}">{label}</a>' for path, label in links)
    other = " ".join(f'<a href="/{path}">{label}</a>' for path, label in OTHER_LINKS)
    social = " ".join(f'<a href="https://www.{p}.com/{name}">{p.title()}</a>' for p in PLATFORMS)
    grid = "\n".join(f'<img src="/{src}" alt="picture {i}" width="240" height="160">'
                     for i, src in enumerate(images[1:]))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}"><meta property="og:image" content="/{images[0]}">
<link rel="stylesheet" href="/assets/style.css"><script defer src="/assets/app.js"></script>
<script type="application/ld+json">{{"@type": "Organization", "name": "{name}"}}</script>
</head><body>
<header><img src="/assets/logo.png" alt="{name}" width="120" height="40"><nav>{nav}</nav>
</header><main><img class="hero" src="/{images[0]}" alt="hero" width="1366" height="500">
<h1>{title}</h1>
{text(rng, text_size)}
<div class="grid">{grid}</div></main>
<footer>{nav} {other} {social}<p>&copy; 2026 {name}</p></footer>
<script>window.dataLayer = [{{page: location.pathname, t: Date.now()}}];</script>
<script src="/assets/vendor.js"></script>
</body></html>
"""


def write(path: Path, data: bytes | str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode() if isinstance(data, str) else data
    path.write_bytes(raw)
    return len(raw)


def write_shared(host: Path, rng: random.Random, vendor_size: int) -> int:
    """Assets every page of a host references; returns their total size."""
    sizes = [write(host / "assets/style.css", assets.stylesheet(60_000, rng)),
             write(host / "assets/vendor.js", assets.vendor_script(vendor_size, rng)),
             write(host / "assets/app.js", assets.APP_SCRIPT),
             write(host / "assets/font.ttf", assets.font()),
             write(host / "assets/logo.png", assets.png(60, 40, rng))]
    sizes += [write(host / f"assets/shared-{i}.png", assets.png(240, 160, rng)) for i in range(3)]
    return sum(sizes)


def write_page(host: Path, path: str, name: str, title: str, links: list[tuple[str, str]],
               rng: random.Random) -> int:
    """One page with its own hero JPEG and three PNGs, plus three shared PNGs."""
    folder = host / path
    own = [f"{path}hero.jpg"] + [f"{path}photo-{i}.png" for i in range(3)]
    size = write(folder / "hero.jpg", assets.jpeg(1366, 500, 220_000, rng))
    size += sum(write(folder / f"photo-{i}.png", assets.png(240, 160, rng)) for i in range(3))
    images = own + [f"assets/shared-{i}.png" for i in range(3)]
    size += write(folder / "index.html", html_page(name, title, links, images, rng, 45_000))
    return size


def write_robots(host: Path, paths: list[str]) -> None:
    """robots.txt (allows all, names the sitemap) and sitemap.xml; the server fills {ORIGIN}."""
    write(host / "robots.txt", "User-agent: *\nAllow: /\nSitemap: {ORIGIN}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{{ORIGIN}}/{path}</loc></url>" for path in ["", *paths])
    write(host / "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
          f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')


def build(root: Path, sites: int, pages: int, social: int, seed: int = 7) -> Corpus:
    """Generate the corpus under root/hosts/<host>/ (deterministic for a given seed)."""
    rng = random.Random(seed)
    hosts_dir = root / "hosts"
    links = page_paths(pages)
    names = [f"org-{i:03d}" for i in range(sites)]
    platforms = list(PLATFORMS[: max(0, min(social, len(PLATFORMS)))])
    per_load = 0
    for name in names:
        host = hosts_dir / name
        shared = write_shared(host, rng, 250_000)
        home = write_page(host, "", name, f"{name.title()} home", links, rng)
        per_load = max(per_load, shared + home)
        for path, label in links:
            write_page(host, path, name, label, links, rng)
        write_robots(host, [path for path, _ in links])
    for platform in platforms:
        host = hosts_dir / platform
        write_shared(host, rng, 600_000)
        for name in names:
            write_page(host, f"{name}/", platform, f"{name} on {platform}", [], rng)
        write_robots(host, [])
    return Corpus(hosts_dir, names, platforms, per_load)
