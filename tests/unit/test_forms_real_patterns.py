"""Form and service patterns of real pages (each cause with a positive and a negative)."""

from __future__ import annotations

import pytest

from benchmark.gather import gather_html
from benchmark.model import Status

HOME = "https://www.acme.fr/"
ASPX = ('<form name="aspnetForm" method="post" action="/Default.aspx" id="aspnetForm">'
        '<input type="hidden" name="__VIEWSTATE" value="x"><div id="header"><h1>Acme</h1>'
        '<div class="tools"><input name="ctl00$Header$txtSearch" type="text">'
        '<input type="submit" name="ctl00$Header$btnGo" value="Go!"></div></div>{body}'
        '<select name="ctl00$Footer$ddlSites"><option>Sites</option></select></form>')


def passes(outcome) -> bool:
    return outcome.status is Status.PASS


def test_page_wrapping_form_is_split_into_its_tasks(html):
    body = ('<div class="contact"><span>E-Mail:</span><input name="ctl00$Main$txtEmail">'
            '<textarea name="ctl00$Main$txtMessage"></textarea><a id="send" '
            "href=\"javascript:__doPostBack('ctl00$Main$lnkSend','')\">Send</a></div>")
    forms = gather_html(html(ASPX.format(body=body)), HOME)["forms"]
    parts = {f["selector"]: f for f in forms}
    assert set(parts) == {"div.tools", "div.contact", "form#aspnetForm"}
    assert parts["div.tools"]["buttons"] == ["Go!"]
    assert parts["div.contact"]["buttons"] == ["Send"]
    assert parts["div.contact"]["part_of"] == "form#aspnetForm"
    assert parts["div.contact"]["fields"][0]["label"] == "E-Mail:"
    assert [f["name"] for f in parts["form#aspnetForm"]["fields"]] == ["ctl00$Footer$ddlSites"]


def test_one_ordinary_form_is_not_split(html):
    body = ('<form action="/contact" method="post"><fieldset><input name="nom"><input name="email">'
            '</fieldset><fieldset><textarea name="message"></textarea><button>Envoyer</button>'
            "</fieldset><p><button type='button'>Effacer</button></p></form>")
    assert len(gather_html(html(body), HOME)["forms"]) == 1


def test_compound_names_and_postback_links_in_a_page_form(judge, html):
    contact = ('<div class="contact"><input name="ctl00$Main$txtEmail"><textarea '
               'name="ctl00$Main$txtMessage"></textarea><a href="javascript:__doPostBack('
               "'ctl00$Main$lnkSend','')\">Send</a></div>")
    page = html(ASPX.format(body=contact))
    assert passes(judge("site-search", page)) and passes(judge("contact-form", page))
    # The same page without the contact block: the search box is no contact form.
    alone = html(ASPX.format(body="<p>Welcome</p>"))
    assert passes(judge("site-search", alone)) and not passes(judge("contact-form", alone))


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/recherche.php"><fieldset><legend>Recherche</legend><input name="xq">'
     '</fieldset><input type="image" src="/img/ok.gif"></form>', True),
    ('<form action="/jobs"><input name="kw"><select name="region"><option>Nord</option></select>'
     '<select name="type"><option>CDI</option></select><button>Search</button></form>', True),
    ('<form id="searchform" action="/"><input name="p_word"><input type="image" src="go.gif">'
     "</form>", True),
    ('<form action="/kensaku"><input name="kw"><button>サイト内検索</button></form>', True),
    # One text field that is no search: a callback number, a coupon, research in the names.
    ('<form action="/research/apply"><input name="code"><button>OK</button></form>', False),
    ('<form action="/rappel"><input name="tel"><button>Rappelez-moi</button></form>', False),
])
def test_search_forms_known_by_legend_button_or_names(judge, html, body, expected):
    assert passes(judge("site-search", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<header><a href="#" onclick="signIn()">Sign in</a></header>', True),
    ('<a href="#" class="btn">Login</a>', True),
    ('<a href="javascript:void(0)" class="login-icon"></a>', True),
    ('<div class="top"><a href="/member/">会员中心</a></div>', True),
    ('<a href="https://id.acme.jp/">ログイン</a>', True),
    ('<a href="/member-center">Member Center</a>', True),
    ('<a href="#" class="login-close">close</a><a href="#top">Back to top</a>', False),
])
def test_login_from_scripted_controls_and_other_languages(judge, html, body, expected):
    assert passes(judge("login-area", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    # An e-mail field named only by its page (fldEmail, addr) or the text before it.
    ('<form action="/nl.php"><input name="fldEmail"><button>Subscribe</button></form>', True),
    ('<form action="/liste"><table><tr><td>E-Mail:</td><td><input name="x1"></td></tr></table>'
     '<input type="submit" value="Newsletter abonnieren"></form>', True),
    ('<form action="https://acme.createsend1.com/t/r/s/abc/"><input name="cm-abc-abc">'
     '<label>Email</label><input type="submit" value="OK"></form>', True),
    ('<script src="//downloads.mailchimp.com/js/signup-forms/popup/unique-methods/embed.js">'
     '</script><script>window.dojoRequire(["mojo/signup-forms/Loader"], function(L) { L.start({'
     '"baseUrl":"mc.us3.list-manage.com","uuid":"1","lid":"2"}) })</script>', True),
    # A link to a hosted signup page and a password recovery form are not a signup.
    ('<a href="http://eepurl.com/abc">Join our list</a>', False),
    ('<div id="forgot-password"><input name="email" type="email"><button>Sign up</button></div>',
     False),
])
def test_newsletter_patterns(judge, html, body, expected):
    assert passes(judge("newsletter-signup", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" '
     'name="cmd" value="_donations"><input type="hidden" name="spende" value="1">'
     '<input type="submit" value="Jetzt spenden!"></form>', True),
    ('<form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" '
     'name="cmd" value="_xclick"><input type="image" src="/img/btn_donate_LG.gif"></form>', True),
    ('<nav><a href="/giving/">Make a Gift</a></nav>', True),
    ('<a href="#" class="btn" onclick="openDonate()">Donate now</a>', True),
    ('<form action="/shop/cart"><input type="hidden" name="item"><input type="submit" '
     'value="Buy now"></form>', False),
    ("<p>The fund thanks the 3,000 donors whose gifts made the new wing possible.</p>", False),
])
def test_donation_patterns(judge, html, body, expected):
    assert passes(judge("donation", html(body), kind="ngo")) is expected


def test_own_donate_page_opened_without_online_gift(judge, html):
    home = html('<nav><a href="/donate">Donate</a></nav>')
    cheques = html("<h1>Donate</h1><p>Send a cheque to Acme, 1 rue de la Paix.</p>")
    opened = [(HOME, home, "home"), ("https://www.acme.fr/donate", cheques, "donate")]
    assert not passes(judge("donation", opened, kind="ngo"))
    outcome = judge("donation", [(HOME, home, "home")], kind="ngo")
    assert passes(outcome) and "not opened" in outcome.evidence.snippet


@pytest.mark.parametrize("body", [
    # Chat offline form, comment box, review form, 'send to a friend', report to a moderator.
    '<div id="livechat-offline"><form action="/chat/offline"><input name="name"><input '
    'name="email"><textarea name="msg"></textarea><button>Send</button></form></div>',
    '<div id="comments"><form action="/post.php"><input name="name"><input name="email">'
    '<textarea name="text"></textarea><button>Post comment</button></form></div>',
    '<form action="/product/12"><input name="name"><textarea name="review"></textarea>'
    "<button>Submit review</button></form>",
    '<form action="/send.php"><input name="your_name"><input name="friend_email" placeholder='
    '"Your friend\'s email"><textarea name="note"></textarea><button>Send</button></form>',
    '<form id="alertModerator" action="/alert"><input name="email"><textarea name="why">'
    "</textarea><button>OK</button></form>",
    '<form action="/nl"><input name="name"><input type="email" name="email"><textarea '
    'name="address" placeholder="Address"></textarea><button>Subscribe</button></form>',
])
def test_forms_that_are_no_message_to_the_organisation(judge, html, body):
    assert not passes(judge("contact-form", html(body)))


def test_enquiry_form_is_a_contact_form(judge, html):
    body = ('<div id="enquiry"><form action="/enquiry"><input name="name"><input name="email">'
            '<textarea name="details"></textarea><button>Send</button></form></div>')
    assert passes(judge("contact-form", html(body)))


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/p/12"><input name="qty" value="1"><button>Add to cart</button></form>', True),
    ('<button class="add">In den Warenkorb</button>', True),
    ('<a href="#" class="cart-link">カート</a>', True),
    ('<form action="/book"><input type="date" name="arrival"><input type="date" name="departure">'
     "<button>Check availability</button></form>", True),
    ('<script type="application/ld+json">{"@type": "Product", "offers": {"@type": "Offer", '
     '"price": "19.90", "priceCurrency": "EUR"}}</script>', True),
    ('<a href="https://shop.acme-store.com/">Shop</a>', True),
    # A partner's or sister brand's shop, an ad, an app store.
    ('<a href="https://www.partner-brand.com/shop">Shop</a>', False),
    ('<div class="ad"><a href="https://ads.example.net/click?id=1">Shop now</a></div>', False),
    ('<a href="https://apps.apple.com/app/acme">App Store</a>', False),
])
def test_ecommerce_patterns(judge, html, body, expected):
    assert passes(judge("ecommerce", html(body))) is expected


LONG_FORM = "".join(f'<label>Your address, line {i} <input name="f{i}"></label>'
                    for i in range(30))  # the parent's text is too long to be context


@pytest.mark.parametrize(("body", "expected"), [
    # The hint written as the initial value, cleared on focus by the page's script.
    ('<form action="/cms/"><label for="n">Newsletter :</label><input id="n" name="fb__109" '
     'value="Votre e-mail"><input type="submit" value="OK"></form>', True),
    ('<form action="/cms/"><label for="n">Newsletter :</label><input id="n" name="fb__109" '
     'value="Votre ville"><input type="submit" value="OK"></form>', False),
    # 'email' inside a machine name, the newsletter said around the form.
    ('<div><h4>Newsletter</h4><form action="/members/subscription.aspx"><input name="txtemail">'
     '<input type="submit" value="Submit"></form></div>', True),
    ('<div><h4>Newsletter</h4><form action="/members/subscription.aspx"><input name="txtname">'
     '<input type="submit" value="Submit"></form></div>', False),
    # E-mail updates or alerts: news by e-mail, even on a form asking for a name too.
    ('<div><p>Receive email alerts of news as they are published.</p><form action="/"><input '
     'name="first_name"><input name="last_name"><input name="email"><button>Submit</button>'
     '</form></div>', True),
    ('<div><p>Create your account.</p><form action="/"><input name="first_name"><input '
     'name="last_name"><input name="email"><button>Join</button></form></div>', False),
    # A hosted 'subscribe by e-mail' service in the action.
    ('<form action="http://feedburner.google.com/fb/a/mailverify" method="post"><input '
     'name="email" placeholder="Email address..."><input type="submit" value="Submit"></form>',
     True),
    ('<a href="http://feeds.feedburner.com/acme">Subscribe to the feed</a>', False),
])
def test_newsletter_fields_known_by_value_or_machine_name(judge, html, body, expected):
    assert passes(judge("newsletter-signup", html(body))) is expected


@pytest.mark.parametrize(("heading", "expected"), [("Get Updates", True),
                                                   ("Request a brochure", False)])
def test_heading_above_a_long_form_says_what_it_is(judge, html, heading, expected):
    body = (f'<div><hgroup><h2>{heading}</h2></hgroup><section><p>Complete the fields.</p>'
            f'<form action="/optin">{LONG_FORM}<input type="email" name="customer.email">'
            '<button>Submit</button></form></section></div>')
    forms = gather_html(html(body), HOME)["forms"]
    assert forms[0]["context"] == heading
    assert passes(judge("newsletter-signup", html(body))) is expected


@pytest.mark.parametrize(("form_class", "text", "expected"), [
    # A form without action posts to its page: the page's name is not the form's.
    ("emailSignup newsletter", "", True),
    ("", "Forgotten Password: enter your e-mail address", False),
])
def test_recovery_named_only_by_the_page_address(judge, html, form_class, text, expected):
    url = "https://www.acme.fr/index.php?main_page=password_forgotten"
    body = (f'<div class="{form_class}"><p>{text}</p><form><input type="email" name="email">'
            '<button>Sign me up</button></form></div>')
    assert passes(judge("newsletter-signup", [(url, html(body), "home")])) is expected


@pytest.mark.parametrize(("body", "expected"), [
    # A search service that searches one member site (affiliate or site id in the form).
    ('<form action="http://search.usa.gov/search"><input type="hidden" name="affiliate" '
     'value="acme"><input name="query"><input type="submit" value="Search"></form>', True),
    ('<form action="http://search.freefind.com/find.html"><input type="hidden" name="id" '
     'value="1"><input name="query"><input type="submit" value="GO"></form>', True),
    ('<script src="http://www.sitelevel.com/javabox?crid=09de2d15"></script>', True),
    ('<form action="http://www.google.com/search"><input name="q"><input type="submit" '
     'value="Google Search"></form>', False),
    # A spare field the page hides by style is no second field.
    ('<form action="/"><input name="SearchForm$SearchTermsControlTextBox"><input name="Search'
     'Form$Other" style="visibility:hidden;display:none;"><button>Search</button></form>', True),
    ('<form action="/"><input name="SearchForm$SearchTermsControlTextBox"><input name="Search'
     'Form$Other"><button>Search</button></form>', False),
    # Search words in more languages; a finder of the nearest office is no site search.
    ('<form action="/oferte/"><label>Cautare dupa ID: <input name="id_local"></label></form>',
     True),
    ('<form action="/"><p>Find the Nearest Consulate</p><label>Postal Code <input name="pc">'
     '</label><button>Search</button></form>', False),
])
def test_site_search_services_hidden_fields_and_finders(judge, html, body, expected):
    assert passes(judge("site-search", html(body))) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<a href="#modalLogin" class="login-icon"></a>', True),
    # Only an id names it: a script's hook (an empty anchor shows nothing).
    ('<a id="linkLoginFromSearch" href="#modalLogin" class="modalpopuplink"></a>', False),
])
def test_textless_login_control_counts_by_its_class(judge, html, body, expected):
    assert passes(judge("login-area", html(body))) is expected
