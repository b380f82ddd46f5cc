"""Shop, subscription and call-back patterns of real pages (a positive and a negative each)."""

from __future__ import annotations

import pytest

from benchmark.criteria.services_lookup import carries_name
from benchmark.model import Status


def passes(outcome) -> bool:
    return outcome.status is Status.PASS


@pytest.mark.parametrize(("body", "expected"), [
    # A shop named by its last word, on the site or on a host carrying its name.
    ('<footer><a href="https://publications.acme.fr/">Bookstore</a></footer>', True),
    ('<nav><a href="http://accessories.acme.fr">Accessories Store</a></nav>', True),
    ('<p><a href="http://www.acme.fr/genstore.htm">GENERAL STORE</a></p>', True),
    ('<p><a href="http://www.shopacme.nl/"><img src="/shoppen.gif" alt=""></a></p>', True),
    ('<p><a href="http://www.acme.fr/onlinetickets">Onlinetickets</a></p>', True),
    ('<p><a href="/catalogue.php?type=codebook">Order online</a></p>', True),
    # Store wording that is no shop of the organisation's.
    ('<footer><a href="https://apps.apple.com/app/acme">App Store</a></footer>', False),
    ('<footer><a href="https://www.otherbrand.com/">Otherbrand Store</a></footer>', False),
    ('<nav><a href="/store">店舗情報</a></nav><p><a href="/store/index.html">所在地マップ</a></p>',
     False),
    ('<p><a href="/ideas/store-hours-article">Store hours and the law</a></p>', False),
])
def test_shops_named_by_their_link(judge, html, body, expected):
    assert passes(judge("ecommerce", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<nav><a href="https://subscribe.acme.fr/order?mag=1">Subscribe</a></nav>', True),
    ('<nav><a href="/subscribe/">Subscribe</a></nav>', True),
    ('<nav><a href="https://w1.buysub.com/loc/ACM/Failsafe">Subscribe to Acme</a></nav>', True),
    ('<header><a href="https://www.magazines.fr/magazine-acme.html">S\'abonner</a></header>',
     True),
    ('<nav><a href="/UserSubscription/New/?promo=JOIN">VIP Membership</a></nav>', True),
    # Subscribing to e-mails, feeds or a social account is no sale.
    ('<footer><a href="/subscribe.aspx">Mail Subscription</a></footer>', False),
    ('<footer><a href="/newsletter/subscribe">Subscribe to our newsletter</a></footer>', False),
    ('<p><a href="/about/rss_feeds/">Subscribe to our RSS Feeds</a></p>', False),
    ('<p><a href="https://twitter.com/acme">S\'abonner à Acme sur Twitter</a></p>', False),
    ('<nav><a href="/Consortium/membership">Membership</a></nav>', False),
])
def test_subscriptions_sold_online(judge, html, body, expected):
    assert passes(judge("ecommerce", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    # A quantity to order, a PayPal buy button with a price, a cart widget, Magento 1.
    ('<div id="product"><input name="quantity" value="1"><input type="hidden" '
     'name="product_id" value="9"><button class="btn">Naroči</button></div>', True),
    ('<div><p>Two lessons $60</p><form action="https://www.paypal.com/cgi-bin/webscr" '
     'method="post"><input type="hidden" name="cmd" value="_s-xclick"><input type="image" '
     'alt="PayPal"></form></div>', True),
    ('<div id="cartHeader"><span>0</span></div>', True),
    ('<link rel="stylesheet" href="/skin/frontend/enterprise/acme/css/styles.css">', True),
    # A PayPal gift button, an icon sprite, a cartoon section, a quantity with no button.
    ('<div><p>Support us</p><form action="https://www.paypal.com/cgi-bin/webscr" method="post">'
     '<input type="hidden" name="cmd" value="_donations"><input type="image" alt="PayPal">'
     '</form></div>', False),
    ('<svg><defs><symbol id="cart" viewBox="0 0 9 9"></symbol></defs></svg>', False),
    ('<div class="cartoonSectionFront">Cartoons</div>', False),
    ('<div><label>Quantity of rain</label><input name="quantity"></div>', False),
])
def test_order_forms_and_shop_engines(judge, html, body, expected):
    assert passes(judge("ecommerce", html(body))) is expected


@pytest.mark.parametrize(("url", "site", "expected"), [
    # abcnews.go.com's store is abcnewsstore.com; ~jdoe's music shop is jdoe on Bandcamp.
    ("http://acmenewsstore.com/", "https://acmenews.portal.com/", True),
    ("http://zetastore.com/", "https://acmenews.portal.com/", False),
    ("https://kellyjdoe.bandcamp.com/album/x", "https://www.uni.edu/~jdoe/music.html", True),
    ("https://someband.bandcamp.com/album/x", "https://www.uni.edu/~jdoe/music.html", False),
    # A shared secure host serving the site's own pages under its domain name.
    ("https://sslsites.de/acme-select.de/cart.php", "http://www.acme-select.de/", True),
    ("https://sslsites.de/other.de/cart.php", "http://www.acme-select.de/", False),
    # Short subdomains name no brand: 'en', 'blog'.
    ("http://www.blogfeed.com/", "https://blog.portal.com/", False),
])
def test_hosts_carrying_the_site_name(url, site, expected):
    assert carries_name(url, site) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form id="ContactForm" action="/forms/handler.php" method="post"><label>Uw naam:<input '
     'name="naam"></label><label>Telefoonnummer:<input name="telefoon"></label>'
     '<input type="submit" value="Bel mij"></form>', True),
    ('<form method="post" action="/x"><input name="YourName"><input name="YourEmailAddress">'
     '<input name="DaytimePhone"><input name="BestTimeToContact"><input type="submit"></form>',
     True),
    # Name and phone on a sign-up form, or a contact form that is a registration.
    ('<form action="/register"><input name="name"><input name="phone"><input name="city">'
     '<button>Register</button></form>', False),
    ('<form action="/contact"><input name="name"><input name="phone"><input name="a"><input '
     'name="b"><input name="c"><input name="d"><input name="e"><button>Send</button></form>',
     False),
])
def test_call_back_forms_are_contact_forms(judge, html, body, expected):
    assert passes(judge("contact-form", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    # A 'Donate' image (no alt) linking to the gift fund of the body behind the site.
    ('<div class="widget"><a href="https://giving.example.edu/fast.do?fund=602014"><img '
     'src="/files/Donate.png" alt=""></a></div>', True),
    ('<div class="widget"><a href="https://partner.example.edu/report"><img '
     'src="/files/banner.png" alt=""></a></div>', False),
    # A link to a donation subdomain, whatever its text.
    ('<p>Support us by making a donation, <a href="http://donate.example.org/">directly to the '
     'foundation</a>.</p>', True),
    ('<p>Charities are rated by the <a href="https://give.org/">Wise Giving Alliance</a>.</p>',
     False),
])
def test_donate_images_and_donation_hosts(judge, html, body, expected):
    assert passes(judge("donation", html(body), kind="ngo")) is expected
