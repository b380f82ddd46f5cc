"""What each form is for, and the reason given for it, on small inline forms (form_kinds)."""

from __future__ import annotations

import pytest

from benchmark.criteria.form_kinds import classify, kinds_of
from benchmark.gather import observations_from_html

HOME = "https://www.acme.fr/"


def forms_of(body: str) -> list[dict]:
    page = f"<!doctype html><html><head><title>Acme</title></head><body>{body}</body></html>"
    observations = observations_from_html([(HOME, page, "home")], (), website=HOME,
                                          finished_at="2026-01-15T12:00:00+00:00")
    return observations["pages"][0]["forms"]


def kinds(body: str) -> dict[str, str]:
    """Kind -> reason of the one form of `body`."""
    [form] = forms_of(body)
    return classify(form, HOME)


NAME_AND_PHONE = '<input name="nom" placeholder="Nom"><input type="tel" name="n2">'


@pytest.mark.parametrize(("body", "expected"), [
    # A name and a phone (known by its type only) with contact wording: call me back.
    (f'<form action="/x">{NAME_AND_PHONE}<button>Nous contacter</button></form>',
     {"contact": "name and phone fields and 'nous contacter'"}),
    (f'<form action="/rappel">{NAME_AND_PHONE}<button>OK</button></form>',
     {"contact": "name and phone fields and 'rappel'"}),
    # Without contact wording it is nothing we know.
    (f'<form action="/x">{NAME_AND_PHONE}<button>Envoyer</button></form>', {}),
    # 7 fields: more than the 6 of a call-back form, it registers people.
    (f'<form action="/x">{NAME_AND_PHONE}<input name="a3"><input name="a4"><input name="a5">'
     '<input name="a6"><input name="a7"><button>Nous contacter</button></form>', {}),
])
def test_call_back_forms(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/x"><input type="date" name="d1"><button>Check availability</button></form>',
     {"booking": "date field 'd1' and 'check availability'"}),
    ('<form action="/resa"><input name="checkin" placeholder="Arrival"><button>Book now</button>'
     "</form>", {"booking": "date field 'checkin  Arrival' and 'book now'"}),
    # A date alone is no booking engine (a birth date, a search by day).
    ('<form action="/x"><input type="date" name="d1"><button>OK</button></form>', {}),
])
def test_booking_forms(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/don"><input name="montant" placeholder="Montant du don">'
     '<input type="email" name="email"><button>Valider</button></form>',
     {"donation": "gift field 'montant  Montant du don'"}),
    ('<form action="/x"><input type="hidden" name="amount" value="10"><button>Faire un don'
     "</button></form>", {"donation": "button 'faire un don' and hidden field 'amount'"}),
    ('<form action="/x"><button>Faire un don</button></form>',
     {"donation": "button 'faire un don'"}),
    ('<form action="https://www.helloasso.com/x"><input name="a"><button>OK</button></form>',
     {"donation": "form posting to a donation platform"}),
])
def test_gift_forms(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/panier"><input name="qty" placeholder="Quantité"><button>OK</button>'
     "</form>", {"order": "quantity field 'qty  Quantité'"}),
    ('<form action="/x"><input type="hidden" name="id"><button>Add to cart</button></form>',
     {"order": "button 'add to cart'"}),
    # PayPal takes gifts too: a payment page is an order only with a price beside it.
    ('<form action="https://www.paypal.com/cgi-bin/webscr"><input type="hidden" name="cmd">'
     "<button>Pay</button><p>Price: 12,50 €</p></form>",
     {"order": "form posting to a payment page, with a price"}),
    ('<form action="https://www.paypal.com/cgi-bin/webscr"><input type="hidden" name="cmd">'
     "<button>Pay</button></form>", {}),
])
def test_order_forms(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="https://acme.us1.list-manage.com/subscribe/post"><input type="email" '
     'name="EMAIL"><button>OK</button></form>',
     {"newsletter": "email field and posting to list-manage.com"}),
    ('<form action="/x"><input type="email" name="email"><button>Recevoir la newsletter</button>'
     "</form>", {"newsletter": "email field and 'newsletter'"}),
    # Registration wording counts on a short form (checkboxes are not entries)...
    ('<form action="/x"><input type="email" name="email"><input type="checkbox" name="c1">'
     '<input type="checkbox" name="c2"><button>Je m\'inscris</button></form>',
     {"newsletter": "email field and 'je m'inscris'"}),
    # ... not on a longer one (3 entries: an event or account registration).
    ('<form action="/x"><input type="email" name="email"><input name="nom" placeholder="Nom">'
     '<input name="prenom" placeholder="Prénom"><button>Je m\'inscris</button></form>', {}),
    # Password recovery asks for an e-mail too.
    ('<form action="/x"><input type="email" name="email"><button>Mot de passe oublié</button>'
     "</form>", {}),
])
def test_newsletter_forms(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/x"><textarea name="t"></textarea><input type="email" name="email">'
     "<button>Envoyer</button></form>", {"contact": "message field with email or name"}),
    # A text field named as a message; an e-mail field known by its machine name or id.
    ('<form action="/x"><input name="votre-message" placeholder="Votre message">'
     '<input type="email" name="email"></form>', {"contact": "message field with email or name"}),
    ('<form action="/x"><input name="txtEmail"><textarea name="msg"></textarea></form>',
     {"contact": "message field with email or name"}),
    ('<form action="/x"><input type="text" name="a1" id="user-email"><textarea name="body">'
     "</textarea></form>", {"contact": "message field with email or name"}),
    # An address box is no message.
    ('<form action="/x"><textarea name="adresse" placeholder="Adresse"></textarea>'
     '<input type="email" name="email"><button>Envoyer</button></form>', {}),
    ('<form id="commentform" action="/wp-comments-post.php"><textarea name="comment"></textarea>'
     '<input name="author" placeholder="Name"><input type="email" name="email"></form>',
     {"comment": "comment form ('wp comments post')"}),
    ('<form action="/x"><textarea name="t"></textarea><input type="email" name="email">'
     "<button>Publier le commentaire</button></form>",
     {"comment": "comment form (button 'publier le commentaire')"}),
    ('<form action="/x"><textarea name="t"></textarea><input type="email" name="email" '
     'placeholder="Email du destinataire"><button>Envoyer</button></form>',
     {"other": "'send to a friend' form ('email du destinataire')"}),
    ('<form action="/x"><input type="file" name="cv"><input type="email" name="email">'
     '<textarea name="m"></textarea><button>Postuler</button></form>',
     {"apply": "file upload with application wording"}),
    ('<form action="/x"><input name="user"><input type="password" name="pw">'
     '<textarea name="m"></textarea></form>', {"login": "password field"}),
    ('<form action="/x"><input name="cp" placeholder="Code postal"><button>Trouver une agence'
     "</button></form>", {"locator": "place field 'cp  Code postal' and 'trouver une agence'"}),
])
def test_message_forms_and_others(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<form action="/x"><input name="zz"><button>Rechercher</button></form>',
     "one text field and 'rechercher'"),
    ('<form action="/x" id="txtSearchForm"><input name="zz"><button>OK</button></form>',
     "one text field and 'search' in its names"),
    ('<form action="/x"><input name="keywords"><button>OK</button></form>',
     "search field 'keywords'"),
    ('<form action="/x"><input type="search" name="a"></form>', "search input"),
    ('<form action="/x" role="search"><input name="a"><input name="b"></form>', "role=search"),
    ('<form action="https://cse.google.com/cse"><input name="q"><input type="hidden" name="cx">'
     "</form>", "form posting to the site search service cse.google.com"),
    ('<form action="https://www.google.com/search"><input name="q"><input name="sitesearch" '
     'value="acme.fr"></form>', "web search restricted to the site"),
])
def test_search_forms(body, expected):
    assert kinds(body) == {"search": expected}


@pytest.mark.parametrize("body", [
    # Two unnamed text fields: not a search box.
    '<form action="/x"><input name="my_terms"><input name="other"><button>OK</button></form>',
    # Three text fields sent to a web search engine: an advanced web search.
    '<form action="https://www.google.com/search"><input name="q"><input name="a"><input name="b">'
    '<input type="hidden" name="sitesearch"></form>',
    # One text field for an e-mail: no search, whatever its names say.
    '<form action="/search"><input name="email" placeholder="Email"><button>OK</button></form>',
])
def test_not_search_forms(body):
    assert "search" not in kinds(body)


def test_kinds_of_remembers_answers_without_sharing_them():
    [form] = forms_of('<form action="/x"><input type="search" name="a"></form>')
    first = kinds_of(form, HOME)
    first["login"] = "changed by a caller"
    assert kinds_of(form, HOME) == {"search": "search input"}


MESSAGE_FIELDS = ('<input name="name" placeholder="Nom"><input type="email" name="email">'
                  '<textarea name="message"></textarea><button>Envoyer</button>')


@pytest.mark.parametrize(("action", "expected"), [
    # The path says nothing ('/v1/offline'); the chat vendor's host does.
    ("https://va.tawk.to/v1/offline", {"other": "chat widget form ('tawk')"}),
    # The path is the CMS's entry point; its query names the comment task.
    ("/index.php?task=comment.save", {"comment": "comment form ('comment')"}),
    ("/index.php?task=contact.send", {"contact": "message field with email or name"}),
])
def test_the_whole_action_address_tells_a_message_to_us_from_others(action, expected):
    # With an id the form's selector is 'form#f1': the action is read for itself.
    assert kinds(f'<form id="f1" action="{action}">{MESSAGE_FIELDS}</form>') == expected
    assert kinds(f'<form action="{action}">{MESSAGE_FIELDS}</form>') == expected
