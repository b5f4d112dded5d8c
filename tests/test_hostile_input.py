"""Hostile input anywhere gets a 4xx, never a 500.

The sweep derives everything from the app: every rule of `url_map`, its path parameters
(real values found in the database by the parameter's name, then hostile ones), hostile
query strings (url_for's own argument names and the rule's parameter names), and every
form a page shows (fields read from the HTML), each field sent with each hostile value.
New routes and forms are covered without touching this file.
"""

from __future__ import annotations

import io
import itertools
import pkgutil
import re
import time
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import quote, urlencode, urlsplit

import pytest
import sqlalchemy as sa
from flask_wtf import FlaskForm
from PIL import Image
from werkzeug.datastructures import FileStorage

import wisata
from config import TestConfig
from tests.partner.conftest import login
from wisata import create_app, timeutil
from wisata.extensions import db
from wisata.forms import SiteForm
from wisata.i18n import current_url
from wisata.models import Event, EventKind, MemberRole, Organisation, PackagePhoto, PaymentMethod
from wisata.security import MAX_ID
from wisata.services import booking as booking_service
from wisata.services import partners as partner_service
from wisata.services.booking import BookingRequest
from wisata.services.photos import delete_photo_files, store_upload

HOSTILE = ("x" * 300, "a\x00b", "a\r\nb", "²", "٣", str(2**70), "-1")
RESERVED = ("lang", "_external", "_anchor", "_scheme", "_method", "endpoint", "values")
PARAMETER = re.compile(r"<(?:[^<>]*:)?(\w+)>")


# --- the dataset ----------------------------------------------------------------------


@pytest.fixture
def dataset(app, make, mailbox):
    malang, jambi = make.region("malang"), make.region("jambi")
    attraction = make.attraction(malang, slug="gunung-bromo")
    ours = make.organisation(malang, name="Tengger Trails")
    theirs = make.organisation(jambi, name="Batanghari Tours")
    owner = make.member(ours, MemberRole.OWNER, email="owner@tengger.example.com")
    make.member(ours, MemberRole.STAFF, email="staff@tengger.example.com")
    traveller = make.user(email="traveller@example.com")
    office = make.user(email="dinas@malang.example.id", office_region=malang)
    package = make.package(ours, attractions=[attraction], co_organisation=theirs)
    make.package(theirs)
    departure = make.departure(package, capacity=20)
    image = io.BytesIO()
    Image.new("RGB", (500, 400), (20, 120, 110)).save(image, "JPEG")
    photo = store_upload(FileStorage(stream=io.BytesIO(image.getvalue()), filename="x.jpg"))
    package.photos.append(PackagePhoto(photo=photo, position=0))
    booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": 1}, contact_name="Ayu", contact_email=traveller.email,
        contact_phone="+6281234567890", origin_country="ID", origin_province="Jambi", travellers=["Ayu"],
        payment_method=PaymentMethod.BANK_TRANSFER, user_id=traveller.id, idempotency_key="h" * 20,
    ))
    db.session.add(Event(slug="festival-bromo", region=malang, kind=EventKind.FESTIVAL,
                         title={"id": "Festival", "en": "Festival"}, starts_at=timeutil.now() + timedelta(days=9),
                         ends_at=timeutil.now() + timedelta(days=10)))
    token = partner_service.invite_member(ours, traveller.email, MemberRole.STAFF, "en")
    db.session.commit()
    yield {"users": {"anonymous": None, "traveller": traveller, "owner": owner, "office": office},
           "strings": {"token": [token], "filename": [f"{photo.key}-{photo.widths[0]}.webp", "css/site.css"]}}
    delete_photo_files(photo)


def real_values(name: str, strings: dict) -> list[str]:
    """Values of a path parameter found in the data: `<x_id>` → ids of table `xs`,
    `<name>` → the column `name` of every table that has one."""
    if name in strings:
        return strings[name]
    if name == "lang":
        return ["en"]
    tables = db.metadata.tables
    if name.endswith("_id") and f"{name[:-3]}s" in tables:
        table = tables[f"{name[:-3]}s"]
        return [str(v) for v in db.session.scalars(sa.select(table.c.id).order_by(table.c.id))] or ["1"]
    values = []
    for table in tables.values():
        if name in table.c:
            values += [str(v) for v in db.session.scalars(sa.select(table.c[name]))]
    return values or ["1"]


def path(rule, values: dict[str, str]) -> str:
    return PARAMETER.sub(lambda m: quote(values[m.group(1)], safe="/" if m.group(1) == "filename" else ""),
                         rule.rule)


def any_values(rule, name: str) -> list[str] | None:
    """The choices of an `any(...)` parameter."""
    match = re.search(rf"<any\(([^)]*)\):{name}>", rule.rule)
    return [v.strip() for v in match.group(1).split(",")] if match else None


# --- reading forms from pages ---------------------------------------------------------


class Forms(HTMLParser):
    """The forms of a page: method, action and (name, value) of each field as a browser sends it."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (attrs.get("method") or "get").lower(),
                               "action": attrs.get("action"), "fields": {}})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                fields.setdefault(name, attrs.get("value", "y") if "checked" in attrs else None)
                if "checked" in attrs:
                    fields[name] = attrs.get("value", "y")
            else:
                fields[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self._select = name
            fields.setdefault(name, None)
        elif tag == "option" and self._select and (fields.get(self._select) is None or "selected" in attrs):
            fields[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            fields[name] = ""

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def forms_of(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


# --- the sweep ------------------------------------------------------------------------


def _signed_in(client) -> bool:
    with client.session_transaction() as session:
        return "_user_id" in session


def _rank(response) -> int:
    if response.status_code < 300:
        return 0
    if response.status_code < 400 and "/login" not in response.headers.get("Location", ""):
        return 1
    return 2


class Sweep:
    def __init__(self, app, dataset):
        self.app = app
        self.strings = dataset["strings"]
        self.clients = {}
        for kind, user in dataset["users"].items():
            client = app.test_client()
            if user is not None:
                login(client, user)
            self.clients[kind] = (client, user)
        self.failures: list[str] = []
        self.count = 0
        self.forms_seen: set[tuple] = set()
        self.pending_forms: list[tuple] = []

    def send(self, who: str, method: str, url: str, data=None):
        client, user = self.clients[who]
        if user is not None and not _signed_in(client):
            login(client, user)  # a form (sign-out) ended the session
        response = client.open(url, method=method, data=data)
        db.session.rollback()
        self.count += 1
        if response.status_code >= 500:
            self.failures.append(f"{response.status_code} {who} {method} {url} {sorted((data or {}).items())!r:.300}")
        return response

    def reach(self, rule, method: str):
        """The user and real path values with which the rule answers best: a 2xx, else a
        redirect that is not to the sign-in page, else whatever came last."""
        names = PARAMETER.findall(rule.rule)
        choices = [any_values(rule, n) or real_values(n, self.strings) for n in names]
        best, best_rank = None, 3
        for who in self.clients:
            for combo in itertools.islice(itertools.product(*choices), 12):
                values = dict(zip(names, combo, strict=True))
                response = self.send(who, method, path(rule, values))
                rank = _rank(response)
                if rank == 0:
                    return who, values, response
                if rank <= best_rank:
                    best, best_rank = (who, values, response), rank
        return best

    def rule(self, rule):
        method = "GET" if "GET" in rule.methods else "POST"
        who, values, response = self.reach(rule, method)
        for name, bad in itertools.product(values, HOSTILE):
            self.send(who, method, path(rule, {**values, name: bad}))
        url = path(rule, values)
        for bad in HOSTILE:
            query = urlencode([(name, bad) for name in (*RESERVED, *values)])
            self.send(who, method, f"{url}?{query}")
        if method == "GET" and response.mimetype == "text/html":
            self.pending_forms += [(who, url, form) for form in forms_of(response.get_data(as_text=True))]

    def forms(self):
        """Sweep the forms the pages showed (those a form's answer shows too, once)."""
        while self.pending_forms:
            self.form(*self.pending_forms.pop(0))

    def form(self, who: str, page: str, form: dict):
        method = "POST" if form["method"] == "post" else "GET"
        target = urlsplit(form["action"] or page)  # a GET form's fields replace the query string
        action = target.path + (f"?{target.query}" if target.query and method == "POST" else "")
        signature = (who, method, re.sub(r"^/(id|en)/", "/", action), tuple(form["fields"]))
        if signature in self.forms_seen:
            return
        self.forms_seen.add(signature)
        sent = {k: v for k, v in form["fields"].items() if v is not None and k != "csrf_token"}
        names = [n for n in form["fields"] if n != "csrf_token"]

        def submit(data):
            if method == "GET":
                return self.send(who, "GET", f"{action}?{urlencode(data)}")
            return self.send(who, "POST", action, data)

        if method == "GET":  # a step of a flow (seats → details): its next page has forms too
            answer = submit(sent)
            if answer.status_code == 200 and answer.mimetype == "text/html":
                step = f"{action}?{urlencode(sent)}"
                self.pending_forms += [(who, step, f) for f in forms_of(answer.get_data(as_text=True))]
        # Every field with every hostile value: in round k, field i gets value (i + k).
        for k in range(len(HOSTILE)):
            submit({n: HOSTILE[(i + k) % len(HOSTILE)] for i, n in enumerate(names)})
        # Each field alone hostile, the others as the page filled them in.
        for i, name in enumerate(names):
            submit({**sent, name: HOSTILE[i % len(HOSTILE)]})


def test_no_route_and_no_form_answers_500_to_hostile_input(app, dataset):
    sweep = Sweep(app, dataset)
    started = time.perf_counter()
    # Pages first, then the actions (which may archive, cancel or remove what pages show).
    rules = sorted(app.url_map.iter_rules(), key=lambda r: ("GET" not in r.methods, r.rule))
    for rule in rules:
        if "GET" not in rule.methods:
            sweep.forms()  # before the actions that may archive or remove what they edit
        sweep.rule(rule)
    sweep.forms()
    elapsed = time.perf_counter() - started
    assert not sweep.failures, "\n".join(sweep.failures[:40])
    assert len(rules) > 40 and sweep.count > 10 * len(rules), (len(rules), sweep.count, elapsed)


# --- the holes the sweep found, one test each -----------------------------------------


@pytest.mark.parametrize("name", [*RESERVED, "slug", "code"])
def test_query_parameters_named_like_url_for_arguments_are_plain_text(client, name):
    response = client.get(f"/id/packages?{name}=en&q=bromo")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'hreflang="en" href="http://wisata.test/en/packages?{name}=en&amp;q=bromo"' in html


def test_pagination_links_keep_the_query_and_only_change_the_page(app):
    with app.test_request_context("/id/packages?q=bromo&page=2&lang=en&_external=1&endpoint=x"):
        assert current_url(page=3) == "/id/packages?q=bromo&page=3&lang=en&_external=1&endpoint=x"
        assert current_url("en").startswith("/en/packages?q=bromo&page=2")


@pytest.mark.parametrize("url", [
    "/id/packages/bro%00mo", "/en/packages?q=a%00b", "/en/packages?a%00b=1", "/id/attractions/%01x",
    "/en/events?x=a%0Db",
])
def test_control_characters_in_the_url_are_a_localized_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    lang = url[1:3]
    assert f'<html lang="{lang}">' in response.get_data(as_text=True)


def test_nul_in_a_form_field_is_a_400_and_changes_nothing(client, make):
    user = make.user(email="ayu@example.com", name="Ayu")
    login(client, user)
    response = client.post("/en/login", data={"email": "ayu@example.com\x00", "password": "x"})
    assert response.status_code == 400
    response = client.post("/en/account/preferences", data={"locale": "en\x00"})
    assert response.status_code == 400
    db.session.refresh(user)
    assert user.locale != "en" or user.locale is None


def test_line_breaks_are_allowed_in_text_areas_but_not_elsewhere(client, make):
    user = make.user(email="hotel@example.com")
    malang = make.region("malang")
    login(client, user)
    response = client.post("/en/partner/apply", data={
        "kind": "hotel", "name": "Hotel\r\nBcc: victim@example.com", "legal_name": " PT  Lembah\nIjen ",
        "region_id": str(malang.id), "address": "Jl. Ijen 12\r\nMalang", "email": "halo@ijen.example.com",
        "phone": "0341 123456", "bank_name": "Bank Jatim", "bank_account_number": "0123456789",
        "bank_account_holder": "PT Lembah Ijen", "nib": "9120001234567", "tdup_number": "503/12/TDUP/2024",
    })
    assert response.status_code == 303
    organisation = db.session.scalar(sa.select(Organisation))
    assert organisation.name == "Hotel Bcc: victim@example.com"
    assert organisation.legal_name == "PT Lembah Ijen"
    assert organisation.address == "Jl. Ijen 12 Malang"


def test_every_form_of_the_site_is_a_site_form():
    for module in pkgutil.walk_packages(wisata.__path__, "wisata."):
        if module.name.endswith(".forms"):
            __import__(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = [c for c in subclasses(FlaskForm) if c.__module__.startswith("wisata.")]
    assert len(ours) > 10
    assert [c.__name__ for c in ours if not issubclass(c, SiteForm)] == []


@pytest.mark.parametrize("departure_id", [str(2**70), str(2**63), str(MAX_ID + 1), "٣", "-1"])
def test_ids_beyond_32_bits_or_not_ascii_digits_are_404(client, make, departure_id):
    make.departure()
    assert client.get(f"/en/departures/{quote(departure_id)}/book").status_code == 404


def test_integer_fields_with_huge_values_are_form_errors(client):
    response = client.get(f"/en/packages?price_min={2**70}&travellers=٣{'9' * 5000}&page=²")
    assert response.status_code == 400


@pytest.mark.parametrize("host", ["a" * 300, "a" * 64 + ".example.org", "exa mple.org", "ex\x01ample.org",
                                  "[::1", "example.org:99999999"])
def test_a_host_header_that_is_no_host_name_is_a_localized_400(database_url, tmp_path, host):
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url, INSTANCE_PATH=str(tmp_path),
                     SITE_URL=None, SERVER_NAME=None)
    response = app.test_client().get("/en/", headers={"Host": host})
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert '<html lang="en">' in body and "a" * 300 not in body
    assert app.test_client().get("/en/", headers={"Host": "wisata.example.org:8080"}).status_code == 200
