"""The sitemap: every public page in each language, each with its twins as hreflang alternates.

Made for a large catalogue. The pages of one sitemap file come from one statement (after
one that counts them); each URL is a slug, quoted as `url_for` quotes it, put between the
two halves of a URL that `url_for` made once per kind of page and language; and the XML is
sent as it is written. Past `SITEMAP_URLS_PER_FILE` URLs (sitemaps.org allows 50,000 in a
file) `/sitemap.xml` becomes an index of `/sitemap-1.xml`, `/sitemap-2.xml`, ..., each page
(with its URL in every language) in exactly one of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import NamedTuple
from xml.sax.saxutils import escape

import sqlalchemy as sa
from flask import current_app, url_for

from wisata.extensions import db
from wisata.i18n import LANGUAGES
from wisata.models import Attraction, Event, Package, Region
from wisata.models.base import UTCDateTime
from wisata.models.promotion import Campaign
from wisata.services.catalog import publicly_offered

# Pages without a slug, listed first.
FIXED_PAGES = ("public.home", "public.packages", "public.joint", "public.attractions", "public.events",
               "public.figures", "public.about", "public.contact", "public.privacy_notice")
# Pages with a slug, in the order they are listed: the endpoint of each kind.
KINDS = ("public.region", "public.package", "public.attraction", "public.event", "public.campaign")

# Put in place of the slug when url_for makes a kind's URL; left alone by URL quoting.
PLACEHOLDER = "__sitemap_slug__"
# URLs written before the text is handed on (about 60 KB): few writes, little held.
URLS_PER_CHUNK = 200

XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


class Page(NamedTuple):
    endpoint: str
    slug: str | None = None
    updated_at: datetime | None = None


def _pages() -> sa.Subquery:
    """Every page with a slug: (kind, id, slug, updated_at); kind indexes KINDS."""
    def kind(number: int, model, *where, updated_at=None):
        return sa.select(sa.literal(number).label("kind"), model.id.label("id"), model.slug.label("slug"),
                         (updated_at if updated_at is not None else model.updated_at).label("updated_at")
                         ).where(*where)

    return sa.union_all(
        kind(KINDS.index("public.package"), Package, publicly_offered()),
        kind(KINDS.index("public.region"), Region, updated_at=sa.type_coerce(sa.null(), UTCDateTime())),
        kind(KINDS.index("public.attraction"), Attraction, Attraction.published.is_(True)),
        kind(KINDS.index("public.event"), Event, Event.published.is_(True)),
        kind(KINDS.index("public.campaign"), Campaign, Campaign.published.is_(True)),
    ).subquery("pages")


def pages_per_file() -> int:
    """Pages in one file: each page is one URL per language."""
    return max(1, current_app.config["SITEMAP_URLS_PER_FILE"] // len(LANGUAGES))


def file_count() -> int:
    """How many files the sitemap needs (one statement); more than one makes it an index."""
    pages = _pages()
    with_slug = db.session.scalar(sa.select(sa.func.count()).select_from(pages))
    return max(1, math.ceil((len(FIXED_PAGES) + with_slug) / pages_per_file()))


def file_pages(number: int) -> list[Page]:
    """The pages of file `number` (from 1), in one statement: the fixed pages lead file 1."""
    size = pages_per_file()
    first, end = (number - 1) * size, number * size
    found = [Page(endpoint) for endpoint in FIXED_PAGES[first:end]]
    skip = max(0, first - len(FIXED_PAGES))
    wanted = end - max(first, len(FIXED_PAGES))
    if wanted > 0:
        pages = _pages()
        rows = db.session.execute(
            sa.select(pages.c.kind, pages.c.slug, pages.c.updated_at)
            .order_by(pages.c.kind, pages.c.id).offset(skip).limit(wanted)
        )
        found += [Page(KINDS[kind], slug, updated_at) for kind, slug, updated_at in rows]
    return found


class _Links:
    """A page's URL in each language. `url_for` runs once per endpoint and language, here,
    in the request; a slug (quoted by the URL map's own converter, as `url_for` quotes it)
    then goes between the two halves of its kind's URL, with no request needed."""

    def __init__(self):
        self.quote = current_app.url_map.converters["default"](current_app.url_map).to_url
        self.fixed = {endpoint: [_xml(url_for(endpoint, lang=lang, _external=True)) for lang in LANGUAGES]
                      for endpoint in FIXED_PAGES}
        self.halves = {endpoint: [self._halves(endpoint, lang) for lang in LANGUAGES] for endpoint in KINDS}

    @staticmethod
    def _halves(endpoint: str, lang: str) -> tuple[str, str]:
        url = url_for(endpoint, lang=lang, slug=PLACEHOLDER, _external=True)
        before, found, after = url.partition(PLACEHOLDER)
        if not found or PLACEHOLDER in after:
            raise ValueError(f"cannot make sitemap URLs of {endpoint}: {url}")
        return _xml(before), _xml(after)

    def __call__(self, page: Page) -> list[str]:
        """The page's URLs, in the order of LANGUAGES, escaped for XML text and attributes."""
        if page.slug is None:
            return self.fixed[page.endpoint]
        slug = _xml(self.quote(page.slug))
        return [before + slug + after for before, after in self.halves[page.endpoint]]


def _xml(text: str) -> str:
    """Text safe in XML content and in a double-quoted attribute."""
    return escape(text, {'"': "&quot;"})


def _lastmod(updated_at: datetime | None) -> str:
    if updated_at is None:
        return ""
    return f"    <lastmod>{updated_at.astimezone(UTC).isoformat(timespec='seconds')}</lastmod>\n"


def urlset(pages: Iterable[Page]) -> Iterator[str]:
    """A sitemap file, in pieces: one <url> per page and language, with every language's URL
    of the page as an alternate. Call it in the request; the pieces are written as the
    response is sent, from `pages` alone."""
    links = _Links()

    def pieces() -> Iterator[str]:
        yield (f'<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<urlset xmlns="{XMLNS}" xmlns:xhtml="{XHTML}">\n')
        chunk: list[str] = []
        for page in pages:
            urls = links(page)
            alternates = "".join(f'    <xhtml:link rel="alternate" hreflang="{lang}" href="{url}"/>\n'
                                 for lang, url in zip(LANGUAGES, urls, strict=True))
            lastmod = _lastmod(page.updated_at)
            chunk.extend(f"  <url>\n    <loc>{url}</loc>\n{lastmod}{alternates}  </url>\n" for url in urls)
            if len(chunk) >= URLS_PER_CHUNK:
                yield "".join(chunk)
                chunk.clear()
        chunk.append("</urlset>\n")
        yield "".join(chunk)

    return pieces()


def index(files: int) -> str:
    """The sitemap index: where each of the `files` sitemap files is."""
    entries = "".join(
        f"  <sitemap><loc>{_xml(url_for('root.sitemap_file', number=number, _external=True))}</loc></sitemap>\n"
        for number in range(1, files + 1)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{XMLNS}">\n{entries}</sitemapindex>\n'
