"""Bytes of realistic page resources: noisy PNGs, real-size JPEGs, a font, CSS and JS."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
)


def png(width: int, height: int, rng: random.Random) -> bytes:
    """An RGB PNG of random pixels (incompressible: size ~ width*height*3)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg(width: int, height: int, size: int, rng: random.Random) -> bytes:
    """A valid baseline greyscale JPEG of the given dimensions, padded to ~`size` bytes.

    Every 8x8 block is flat (one 1-bit Huffman code for DC, one for EOB), so the browser
    decodes a full-size bitmap while the entropy data stays tiny; COM segments of random
    bytes give the file its network weight.
    """
    blocks = -(-width // 8) * -(-height // 8)
    bits = 2 * blocks  # DC "category 0" + AC "end of block", one bit each
    scan = bytearray(bits // 8)
    if bits % 8:
        scan.append((1 << (8 - bits % 8)) - 1)  # pad the last byte with 1-bits
    one_code = bytes([1] + [0] * 15)  # a table with a single code of length 1
    head = b"".join([
        b"\xff\xd8",
        _segment(0xDB, b"\x00" + bytes([1] * 64)),
        _segment(0xC0, struct.pack(">BHHBBBB", 8, height, width, 1, 1, 0x11, 0)),
        _segment(0xC4, b"\x00" + one_code + b"\x00"),
        _segment(0xC4, b"\x10" + one_code + b"\x00"),
    ])
    padding = b""
    while len(head) + len(padding) + len(scan) + 16 < size:
        room = min(65000, size - len(head) - len(padding) - len(scan) - 16)
        padding += _segment(0xFE, rng.randbytes(max(room, 1)))
    return (head + padding + _segment(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
            + bytes(scan) + b"\xff\xd9")


def font() -> bytes:
    """A real TrueType font from the system (fallback: random bytes the browser rejects)."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate).read_bytes()
    return random.Random(0).randbytes(120_000)


def stylesheet(size: int, rng: random.Random) -> bytes:
    """Site CSS: a web font, layout rules, and filler rules up to ~`size` bytes."""
    rules = ["@font-face{font-family:Brand;src:url(font.ttf) format('truetype');}",
             "body{font-family:Brand,sans-serif;margin:0;color:#222;line-height:1.5}",
             "header,footer{background:#123;color:#fff;padding:1em}",
             "nav a{margin-right:1em;color:#fff}",
             ".hero{width:100%;height:auto;display:block}",
             ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));"
             "gap:12px}", ".grid img{width:100%;height:auto}",
             ".menu{display:none}.menu.open{display:block}",
             ".banner{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1em}"]
    out, n = "\n".join(rules), 0
    while len(out) < size:
        n += 1
        out += (f"\n.c{n}-{rng.randrange(1 << 20):x} .item:hover>span{{margin:{n % 9}px;"
                f"padding:{n % 7}px {n % 5}px;color:#{rng.randrange(1 << 24):06x};"
                f"transition:opacity .{n % 9}s}}")
    return out.encode()


def vendor_script(size: int, rng: random.Random) -> bytes:
    """A bundle of filler functions (parse/compile weight) that does a little work at load."""
    parts = ["(function(){var registry={};"]
    n = 0
    while sum(map(len, parts)) < size:
        n += 1
        parts.append(f"registry.f{n}_{rng.randrange(1 << 24):x}=function(a,b){{var s=0;"
                     f"for(var i=0;i<(a||{n % 50});i++){{s+=(i*{n % 13}+b)%7;}}"
                     f"return s+'{rng.randbytes(12).hex()}';}};")
    parts.append("var keys=Object.keys(registry),t=0;"
                 "for(var k=0;k<keys.length;k+=10){t+=registry[keys[k]](20,k).length;}"
                 "window.__vendor={count:keys.length,total:t};})();")
    return "".join(parts).encode()


APP_SCRIPT = b"""// Site behaviour: mega menu, layout reads, carousel, consent banner, beacon.
document.addEventListener('DOMContentLoaded', function () {
  var menu = document.createElement('div');
  menu.className = 'menu';
  for (var i = 0; i < 300; i++) {
    var a = document.createElement('a');
    a.href = '#item-' + i; a.textContent = 'Menu item ' + i;
    menu.appendChild(a);
  }
  document.body.appendChild(menu);
  var heights = 0;
  document.querySelectorAll('p').forEach(function (p) { heights += p.offsetHeight; });
  document.body.dataset.heights = String(heights);
  var slides = document.querySelectorAll('.grid img'), current = 0;
  setInterval(function () {
    if (!slides.length) return;
    slides[current].style.opacity = '1';
    current = (current + 1) % slides.length;
    slides[current].style.opacity = '0.8';
  }, 1000);
  setTimeout(function () {
    var banner = document.createElement('div');
    banner.className = 'banner';
    banner.innerHTML = '<p>We use cookies.</p><button>Accept</button>';
    document.body.appendChild(banner);
  }, 150);
  var beacon = new Image();
  beacon.src = '/collect?p=' + encodeURIComponent(location.pathname) + '&h=' + heights;
});
"""
