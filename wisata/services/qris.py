"""QRIS: Indonesia's payment QR code, built on EMVCo's Merchant-Presented Mode (MPM).

A QRIS payload is a string of data objects, each an ID of two digits, a length of two digits
and a value of that many characters. The merchant account templates (IDs 26-51), the
additional data template (62), the language template (64) and the unreserved templates
(80-99) hold data objects of their own. Object 00 (payload format, "01") comes first, the
CRC (63) last: CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) over the whole
payload up to and including "6304", written as four upper-case hex digits.

A partner's sticker is *static* (point of initiation 01 = "11", no amount): the payer types
the amount. `dynamic_payload` turns it into a *dynamic* code for one booking (01 = "12",
the amount in 54) that any Indonesian banking or e-wallet app pays without typing. The
merchant's own data objects are copied unchanged, character for character; only 01, 54,
the tip objects 55-57 and the CRC change.

Every way a payload can be wrong raises `QrisError`, whose text is shown to the partner.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from dataclasses import dataclass

import segno
import zxingcpp
from flask_babel import gettext as _
from markupsafe import Markup

from wisata.errors import DomainError
from wisata.services import photos

MAX_LENGTH = 512  # EMVCo MPM: a payload has at most 512 characters
QRIS_GUID = "ID.CO.QRIS.WWW"  # globally unique ID of the national QRIS template
RUPIAH = "360"  # ISO 4217 numeric code of the Indonesian rupiah
INDONESIA = "ID"
STATIC, DYNAMIC = "11", "12"
MAX_AMOUNT = 10**13 - 1  # the amount (54) has at most 13 characters

MERCHANT_ACCOUNT_TAGS = frozenset(f"{n:02d}" for n in range(2, 52))
MERCHANT_TEMPLATE_TAGS = frozenset(f"{n:02d}" for n in range(26, 52))
TEMPLATE_TAGS = MERCHANT_TEMPLATE_TAGS | {"62", "64"} | {f"{n:02d}" for n in range(80, 100)}
TIP_TAGS = ("55", "56", "57")
REQUIRED_TAGS = ("00", "52", "53", "58", "59", "60", "63")
# Fixed or maximum lengths and the characters allowed, for the objects whose format the
# specification fixes; a payload breaking them would be refused by the payer's app.
_FORMATS = {
    "00": re.compile(r"01"),
    "01": re.compile(r"1[12]"),
    "52": re.compile(r"[0-9]{4}"),
    "53": re.compile(r"[0-9]{3}"),
    "54": re.compile(r"(?=.{1,13}$)(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"),
    "55": re.compile(r"0[123]"),
    "58": re.compile(r"[A-Z]{2}"),
    "59": re.compile(r".{1,25}"),
    "60": re.compile(r".{1,15}"),
    "61": re.compile(r".{1,10}"),
}
_ID_AND_LENGTH = re.compile(r"[0-9]{4}")
MAX_IMAGE_BYTES = photos.MAX_BYTES


class QrisError(DomainError):
    """A payload or photo that is not a usable QRIS; str() is the localized reason."""

    status_code = 400


@dataclass(frozen=True)
class Field:
    """One data object. `children` holds the data objects of a template, else it is empty."""

    tag: str
    value: str
    children: tuple[Field, ...] = ()

    def encode(self) -> str:
        """The object as it is written in a payload: ID, length, value."""
        return f"{self.tag}{len(self.value):02d}{self.value}"

    def child(self, tag: str) -> str | None:
        return next((f.value for f in self.children if f.tag == tag), None)


@dataclass(frozen=True)
class Qris:
    """A parsed, checked payload."""

    payload: str
    fields: tuple[Field, ...]

    def value(self, tag: str) -> str | None:
        return next((f.value for f in self.fields if f.tag == tag), None)

    @property
    def dynamic(self) -> bool:
        return self.value("01") == DYNAMIC

    @property
    def amount(self) -> int | None:
        """The amount in whole rupiah, if the code carries one (decimals, if any, dropped)."""
        raw = self.value("54")
        return None if raw is None else int(raw.split(".")[0] or 0)

    @property
    def merchant_name(self) -> str:
        return self.value("59") or ""

    @property
    def merchant_city(self) -> str:
        return self.value("60") or ""

    @property
    def national_merchant_id(self) -> str | None:
        """The NMID ("ID10..."), object 02 of the QRIS template, for the partner to check."""
        template = self.qris_template
        return template.child("02") if template else None

    @property
    def qris_template(self) -> Field | None:
        """The merchant account template registered with the national QRIS switch."""
        return next(
            (f for f in self.fields if f.tag in MERCHANT_TEMPLATE_TAGS and f.child("00") == QRIS_GUID),
            None,
        )


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final
    XOR (binascii.crc_hqx is that CRC with the initial value given)."""
    return binascii.crc_hqx(data, 0xFFFF)


def checksum(body: str) -> str:
    """The value of object 63 for a payload that ends with "6304"."""
    return f"{crc16(body.encode('utf-8')):04X}"


def parse(payload: str) -> Qris:
    """Split a payload into its data objects and check its structure and CRC.

    Leading and trailing white space (from copying and pasting) is ignored; anything else
    that is wrong raises `QrisError`.
    """
    if not isinstance(payload, str) or not payload.strip():
        raise QrisError(_("Paste the text of the QRIS code."))
    payload = payload.strip()
    if len(payload) > MAX_LENGTH:
        raise QrisError(_("This is too long for a QRIS code (at most %(n)s characters).", n=MAX_LENGTH))
    if any(unicodedata.category(c) == "Cc" for c in payload):
        raise QrisError(_("The QRIS code contains control characters such as line breaks. "
                          "Paste it again as one line."))
    fields = _split(payload, template=None)
    _check_root(payload, fields)
    return Qris(payload=payload, fields=tuple(fields))


def parse_static(payload: str) -> Qris:
    """Check a partner's static QRIS: a valid payload, registered with QRIS, in rupiah, for
    Indonesia, without an amount (a code for one payment cannot be reused)."""
    qris = parse(payload)
    if qris.qris_template is None:
        raise QrisError(_("This is a payment QR code, but not a QRIS code: it has no QRIS "
                          "merchant account (%(guid)s).", guid=QRIS_GUID))
    if qris.value("53") != RUPIAH or qris.value("58") != INDONESIA:
        raise QrisError(_("This QR code is not for payments in rupiah in Indonesia."))
    if qris.dynamic or qris.value("54") is not None:
        raise QrisError(_("This QR code is for one payment of a fixed amount. Use the QRIS "
                          "sticker of your business, which has no amount."))
    return qris


def dynamic_payload(static_payload: str, amount: int) -> str:
    """The payload of a dynamic QRIS for `amount` rupiah, from the partner's static QRIS.

    Objects are written in ascending order of ID with the CRC last; the merchant's own
    objects keep their exact text; the tip and convenience fee objects (55-57) are dropped
    so the payer pays exactly `amount`.
    """
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
        raise ValueError(f"amount must be a whole number of rupiah from 1 to {MAX_AMOUNT}")
    qris = parse_static(static_payload)
    kept = [f for f in qris.fields if f.tag not in ("01", "54", "63", *TIP_TAGS)]
    fields = sorted([*kept, Field("01", DYNAMIC), Field("54", str(amount))], key=lambda f: f.tag)
    body = "".join(f.encode() for f in fields) + "6304"
    payload = body + checksum(body)
    if len(payload) > MAX_LENGTH:
        raise QrisError(_("This is too long for a QRIS code (at most %(n)s characters).", n=MAX_LENGTH))
    return payload


def svg(payload: str, title: str | None = None) -> Markup:
    """The QR code of `payload` as inline SVG (error correction level M, quiet zone of four
    modules), sized by CSS, with a title and role="img" for screen readers."""
    qr = segno.make(payload, error="m", boost_error=False, micro=False)
    markup = qr.svg_inline(scale=1, omitsize=True, svgclass="qris-code",
                           title=title or _("QRIS payment code"))
    return Markup(markup.replace("<svg ", '<svg role="img" ', 1))


def decode_image(data: bytes) -> str:
    """The text of the QR code in a photo or screenshot (JPEG, PNG or WebP), e.g. of a
    partner's QRIS sticker. The photo goes through the photo upload checks first (size,
    pixel count, format; EXIF orientation applied). If it shows several codes, a payment
    code is preferred."""
    if len(data) > MAX_IMAGE_BYTES:
        raise QrisError(_("The photo is too large: at most %(mb)s MB.", mb=MAX_IMAGE_BYTES // (1024 * 1024)))
    try:
        image = photos.decode_image(data)
    except photos.PhotoRejected as rejected:
        raise QrisError(str(rejected)) from None
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    texts = [barcode.text for barcode in found if barcode.text]
    if not texts:
        raise QrisError(_("No QR code could be read in this picture. Take the photo straight "
                          "on, with the whole code sharp and well lit, or paste the code's text."))
    return next((t for t in texts if t.startswith("000201")), texts[0])


def _split(text: str, template: str | None) -> list[Field]:
    """The data objects of `text` (the whole payload, or the value of `template`)."""
    fields: list[Field] = []
    position = 0
    while position < len(text):
        head = text[position:position + 4]
        if not _ID_AND_LENGTH.fullmatch(head):
            raise _malformed(template, position)
        tag, length = head[:2], int(head[2:])
        value = text[position + 4:position + 4 + length]
        if length == 0 or len(value) < length:
            raise _malformed(template, position, tag)
        if any(f.tag == tag for f in fields):
            if template is not None:
                raise _malformed(template, position)
            raise QrisError(_("The QRIS code has object %(tag)s twice.", tag=tag))
        children = tuple(_split(value, tag)) if template is None and tag in TEMPLATE_TAGS else ()
        fields.append(Field(tag, value, children))
        position += 4 + length
    return fields


def _malformed(template: str | None, position: int, tag: str | None = None) -> QrisError:
    if template is not None:
        return QrisError(_("Object %(tag)s of the QRIS code is malformed.", tag=template))
    if tag is not None:
        return QrisError(_("The QRIS code is cut off or the length of object %(tag)s is wrong. "
                           "Copy the whole code again.", tag=tag))
    return QrisError(_("This is not a QRIS code: the text breaks off at character %(n)s.",
                       n=position + 1))


def _check_root(payload: str, fields: list[Field]) -> None:
    tags = [f.tag for f in fields]
    if tags[0] != "00" or fields[0].value != "01":
        raise QrisError(_("This is not a QRIS code: it must start with 000201."))
    if tags[-1] != "63":
        raise QrisError(_("The QRIS code has no checksum at the end (object 63)."))
    if fields[-1].value != checksum(payload[:-4]):
        raise QrisError(_("The checksum of the QRIS code does not match: the code was changed "
                          "or not copied completely."))
    missing = [t for t in REQUIRED_TAGS if t not in tags]
    if missing:
        raise QrisError(_("The QRIS code lacks required objects: %(tags)s.", tags=", ".join(missing)))
    if not any(t in MERCHANT_ACCOUNT_TAGS for t in tags):
        raise QrisError(_("The QRIS code has no merchant account (objects 02 to 51)."))
    for field in fields:
        pattern = _FORMATS.get(field.tag)
        zero_amount = field.tag == "54" and not field.value.strip("0.")
        if zero_amount or (pattern is not None and not pattern.fullmatch(field.value)):
            raise QrisError(_("Object %(tag)s of the QRIS code has an invalid value.", tag=field.tag))
        if field.tag in MERCHANT_TEMPLATE_TAGS and field.child("00") is None:
            raise QrisError(_("Object %(tag)s of the QRIS code is malformed.", tag=field.tag))
