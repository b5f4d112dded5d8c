"""QRIS payloads against the EMVCo Merchant-Presented Mode structure and checksum; the
partner's merchant data kept unchanged in the dynamic code; the QR drawn and read back."""

from __future__ import annotations

import io
import re

import pytest
import zxingcpp
from flask_babel import force_locale
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from wisata.services import qris
from wisata.services.qris import QrisError

# --- building payloads by hand ----------------------------------------------------------


def crc_reference(data: bytes) -> int:
    """CRC-16/CCITT-FALSE bit by bit, written from its definition (not from the module)."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def signed(body: str) -> str:
    """`body` with the CRC object appended, computed by the reference implementation."""
    body += "6304"
    return body + f"{crc_reference(body.encode()):04X}"


BANK_ACCOUNT = tlv("26", tlv("00", "ID.CO.BANKJATIM.WWW") + tlv("01", "936001140000123456")
                   + tlv("02", "000123456") + tlv("03", "UMI"))
QRIS_ACCOUNT = tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1024345678901") + tlv("03", "UMI"))
STICKER_FIELDS = {
    "00": "01", "01": "11", "26": BANK_ACCOUNT[4:], "51": QRIS_ACCOUNT[4:], "52": "4722",
    "53": "360", "58": "ID", "59": "Jelajah Bromo Tour", "60": "MALANG", "61": "65112",
    "62": tlv("07", "A01") + tlv("05", "STIKER-01"),
}


def sticker(**changes: str | None) -> str:
    """A static QRIS with a correct CRC; `t59="..."` changes object 59, `t61=None` drops it."""
    fields = dict(STICKER_FIELDS)
    for name, value in changes.items():
        if value is None:
            fields.pop(name[1:])
        else:
            fields[name[1:]] = value
    return signed("".join(tlv(tag, value) for tag, value in fields.items()))


STICKER = sticker()

# Published EMVCo MPM payloads from another implementation's tests (xuannghia/vietnam-qr-pay):
# their CRCs were computed independently of this project.
AIRPAY = ("00020101021126610013vn.airpay.www014000000201010100064185noC4efDjGKq0or5GbeBz520458125303"
          "7045910RESTAURANT6009HOCHIMINH5802VN6304DA5C")
VIETQR = ("00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN"
          "62150811Chuyen tien6304BBB8")


def objects(payload: str) -> list[str]:
    """The root objects of a payload as written (ID, length, value), split independently."""
    found, position = [], 0
    while position < len(payload):
        length = int(payload[position + 2:position + 4])
        found.append(payload[position:position + 4 + length])
        position += 4 + length
    return found


# --- the checksum -----------------------------------------------------------------------


def test_crc_is_ccitt_false_by_its_published_check_value():
    assert qris.crc16(b"123456789") == 0x29B1
    assert crc_reference(b"123456789") == 0x29B1


@given(st.binary(max_size=600))
def test_crc_agrees_with_the_bitwise_definition(data):
    assert qris.crc16(data) == crc_reference(data)


@pytest.mark.parametrize("payload", [AIRPAY, VIETQR])
def test_crc_matches_payloads_published_by_another_implementation(payload):
    assert qris.checksum(payload[:-4]) == payload[-4:]


# --- parsing ----------------------------------------------------------------------------


def test_parse_splits_objects_and_templates():
    parsed = qris.parse(STICKER)
    assert [f.tag for f in parsed.fields] == list(STICKER_FIELDS) + ["63"]
    merchant = parsed.fields[2]
    assert [(f.tag, f.value) for f in merchant.children] == [
        ("00", "ID.CO.BANKJATIM.WWW"), ("01", "936001140000123456"), ("02", "000123456"), ("03", "UMI")]
    assert parsed.national_merchant_id == "ID1024345678901"
    assert [(f.tag, f.value) for f in parsed.fields[-2].children] == [("07", "A01"), ("05", "STIKER-01")]
    assert (parsed.merchant_name, parsed.merchant_city) == ("Jelajah Bromo Tour", "MALANG")
    assert not parsed.dynamic and parsed.amount is None


def test_objects_in_any_order_parse_but_a_foreign_code_is_not_qris():
    parsed = qris.parse(AIRPAY)  # 59 and 60 before 58, as the specification allows
    assert [f.tag for f in parsed.fields] == ["00", "01", "26", "52", "53", "59", "60", "58", "63"]
    with pytest.raises(QrisError, match="not a QRIS code"):
        qris.parse_static(AIRPAY)


def test_white_space_around_a_pasted_code_is_ignored():
    assert qris.parse_static(f"  {STICKER}\r\n").payload == STICKER


def _tampered(payload: str, old: str, new: str) -> str:
    assert old in payload
    return payload.replace(old, new, 1)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (_tampered(STICKER, "Jelajah Bromo", "Jelajah Bromx"), "checksum"),
        (STICKER[:-8] + "6302AB", "checksum"),
        (STICKER[:-8], "no checksum"),
        (STICKER[:-1], "cut off"),
        (signed(STICKER[:-8] + "5405"), "breaks off"),
        (signed(STICKER[:-8]).replace("5918Jelajah", "5999Jelajah"), "cut off"),
        (signed(STICKER[:-8]).replace("5918Jelajah", "59x8Jelajah"), "breaks off"),
        ("", "Paste"),
        ("   ", "Paste"),
        ("hello world", "breaks off"),
        (sticker(t59="Jelajah\x00Bromo"), "control characters"),
        (sticker(t59="Jelajah\rBromo"), "control characters"),
        (sticker(t59="Jelajah\nBromo"), "control characters"),
        (STICKER + "0" * (qris.MAX_LENGTH - len(STICKER) + 1), "too long"),
        (signed(tlv("01", "11") + tlv("00", "01") + STICKER[12:-8]), "start with 000201"),
        (sticker(t00="02"), "start with 000201"),
        (signed(STICKER[:-8] + tlv("59", "Another Name")), "twice"),
        (signed(STICKER[:-8]) + tlv("64", tlv("00", "ID")), "no checksum at the end"),
        (sticker(t59=None), "lacks required objects: 59"),
        (sticker(t52=None, t53=None), "lacks required objects: 52, 53"),
        (sticker(t26=None, t51=None), "no merchant account"),
        (sticker(t51=tlv("00", "ID.CO.QRIS.WWW") + "0215ID10"), "Object 51 .* malformed"),
        (sticker(t51=tlv("02", "ID1024345678901")), "Object 51 .* malformed"),
        (sticker(t62=tlv("07", "A01") + tlv("07", "A02")), "Object 62 .* malformed"),
        (sticker(t52="47a2"), "Object 52 .* invalid"),
        (sticker(t53="36"), "Object 53 .* invalid"),
        (sticker(t01="13"), "Object 01 .* invalid"),
        (sticker(t58="id"), "Object 58 .* invalid"),
        (sticker(t59="Jelajah Bromo Tour and Travel Malang"), "Object 59 .* invalid"),
        (sticker(t60="Kota Malang Jawa Timur"), "Object 60 .* invalid"),
        (sticker(t54="0"), "Object 54 .* invalid"),
        (sticker(t54="1,000"), "Object 54 .* invalid"),
        (sticker(t54="-1000"), "Object 54 .* invalid"),
    ],
)
def test_broken_payloads_are_refused_with_a_reason(payload, message):
    """Each payload but the first two has a correct CRC: what is refused is its structure."""
    with pytest.raises(QrisError, match=message) as refused:
        qris.parse(payload)
    assert refused.value.status_code == 400


def test_the_crc_must_be_written_in_upper_case():
    payload = next(p for p in (sticker(t61=f"6511{n}") for n in range(10)) if re.search("[A-F]", p[-4:]))
    qris.parse(payload)
    with pytest.raises(QrisError, match="checksum"):
        qris.parse(payload[:-4] + payload[-4:].lower())


@pytest.mark.parametrize("payload", [1234, None, b"000201"])
def test_a_payload_that_is_not_text_is_refused(payload):
    with pytest.raises(QrisError):
        qris.parse(payload)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (sticker(t51=None), "not a QRIS code"),
        (sticker(t53="840"), "rupiah"),
        (sticker(t58="SG"), "rupiah in Indonesia"),
        (sticker(t01="12"), "one payment"),
        (sticker(t54="50000"), "one payment"),
    ],
)
def test_only_a_static_rupiah_qris_is_accepted_as_a_sticker(payload, message):
    qris.parse(payload)  # well formed...
    with pytest.raises(QrisError, match=message):
        qris.parse_static(payload)  # ...but not a partner's sticker


def test_a_sticker_without_point_of_initiation_is_static():
    assert qris.parse_static(sticker(t01=None)).dynamic is False


# --- the dynamic code -------------------------------------------------------------------


def test_dynamic_payload_follows_the_specification():
    payload = qris.dynamic_payload(STICKER, 24_150_123)
    parsed = qris.parse(payload)  # structure and CRC hold
    tags = [f.tag for f in parsed.fields]
    assert tags[0] == "00" and tags[-1] == "63"
    assert tags[:-1] == sorted(tags[:-1])
    assert parsed.value("01") == "12" and parsed.dynamic
    assert "540824150123" in payload and parsed.amount == 24_150_123
    body, crc = payload[:-4], payload[-4:]
    assert body.endswith("6304") and crc == f"{crc_reference(body.encode()):04X}"
    assert re.fullmatch(r"[0-9A-F]{4}", crc)


def test_dynamic_payload_keeps_the_merchant_data_unchanged():
    payload = qris.dynamic_payload(STICKER, 350_000)
    changed = {"01", "54", "63"}
    before = [o for o in objects(STICKER) if o[:2] not in changed]
    after = [o for o in objects(payload) if o[:2] not in changed]
    assert after == before
    for tag in ("26", "51", "52", "53", "58", "59", "60", "61", "62"):
        written = next(o for o in objects(STICKER) if o.startswith(tag))
        assert written in payload


def test_dynamic_payload_orders_objects_of_a_sticker_written_out_of_order():
    shuffled = signed("".join(tlv(t, STICKER_FIELDS[t]) for t in
                              ("00", "01", "51", "26", "59", "60", "52", "53", "58", "62", "61")))
    payload = qris.dynamic_payload(shuffled, 150_000)
    assert payload == qris.dynamic_payload(STICKER, 150_000)


def test_tip_and_convenience_fee_objects_are_removed():
    with_tip = sticker(t55="02", t56="5000")
    payload = qris.dynamic_payload(with_tip, 100_000)
    tags = [o[:2] for o in objects(payload)]
    assert not {"55", "56", "57"} & set(tags)
    assert qris.parse(payload).amount == 100_000


@pytest.mark.parametrize(
    ("amount", "written"),
    [(1, "54011"), (10_000, "540510000"), (24_150_000, "540824150000"),
     (qris.MAX_AMOUNT, "54139999999999999")],
)
def test_amount_is_whole_rupiah_without_separators_or_decimals(amount, written):
    payload = qris.dynamic_payload(STICKER, amount)
    assert written in objects(payload)


@pytest.mark.parametrize("amount", [0, -5, 1.5, True, "100", qris.MAX_AMOUNT + 1, None])
def test_amount_must_be_a_positive_whole_number(amount):
    with pytest.raises(ValueError):
        qris.dynamic_payload(STICKER, amount)


def test_a_dynamic_code_is_not_turned_into_another():
    with pytest.raises(QrisError, match="one payment"):
        qris.dynamic_payload(qris.dynamic_payload(STICKER, 100_000), 200_000)


# --- drawing and reading ----------------------------------------------------------------


def rasterise(svg: str, module: int = 8) -> Image.Image:
    """Draw segno's inline SVG path (M/m moves, h runs, one module per unit) with Pillow."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg)[1])
    image = Image.new("L", (size * module, size * module), 255)
    draw = ImageDraw.Draw(image)
    x = y = 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", re.search(r' d="([^"]+)"', svg)[1]):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            length = float(a)
            draw.rectangle([x * module, (y - 0.5) * module, (x + length) * module - 1, (y + 0.5) * module - 1], 0)
            x += length
    return image


def test_svg_is_an_accessible_qr_code_of_the_payload_at_level_m():
    payload = qris.dynamic_payload(STICKER, 24_150_123)
    markup = qris.svg(payload, title="QRIS Rp 24.150.123 <Jelajah>")
    assert markup.startswith('<svg role="img" ')
    assert "<title>QRIS Rp 24.150.123 &lt;Jelajah&gt;</title>" in markup
    assert "width=" not in markup.split(">", 1)[0]  # sized by CSS, scales on a phone
    read = zxingcpp.read_barcodes(rasterise(markup), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [(r.text, r.ec_level) for r in read] == [(payload, "M")]


def test_svg_has_a_default_title():
    assert "<title>QRIS payment code</title>" in qris.svg(STICKER)


def png_of(payload: str, scale: int = 8) -> Image.Image:
    import segno

    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def encoded(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def test_decode_image_reads_a_generated_code():
    assert qris.decode_image(encoded(png_of(STICKER))) == STICKER


def test_decode_image_reads_a_rotated_scaled_photo_of_a_sticker():
    code = png_of(STICKER, scale=10).rotate(7, expand=True, fillcolor=(255, 255, 255))
    code = code.resize((int(code.width * 0.7), int(code.height * 0.7)), Image.Resampling.BILINEAR)
    photo = Image.new("RGB", (1400, 1800), (178, 152, 120))  # the wall around the sticker
    photo.paste(code, (260, 420))
    assert qris.decode_image(encoded(photo, "JPEG", quality=80)) == STICKER


def test_decode_image_prefers_the_payment_code_among_several():
    photo = Image.new("RGB", (1600, 900), (255, 255, 255))
    photo.paste(png_of("https://example.com/menu", scale=8), (40, 100))
    photo.paste(png_of(STICKER, scale=8), (800, 100))
    assert qris.decode_image(encoded(photo)) == STICKER


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 not an image", "not a photo"),
        (encoded(Image.new("RGB", (800, 600), (240, 240, 240))), "No QR code"),
        (b"\xff" * (qris.MAX_IMAGE_BYTES + 1), "too large"),
    ],
    ids=["pdf", "no-code", "too-large"],
)
def test_decode_image_refuses_what_it_cannot_read(data, message):
    with pytest.raises(QrisError, match=message):
        qris.decode_image(data)


# --- in Indonesian ----------------------------------------------------------------------


def test_errors_are_given_in_the_visitors_language(app):
    tampered = _tampered(STICKER, "Jelajah Bromo", "Jelajah Bromx")
    with app.test_request_context(), force_locale("id"):
        with pytest.raises(QrisError) as refused:
            qris.parse(tampered)
        assert "checksum" not in str(refused.value)
        assert "QRIS" in str(refused.value)
        with pytest.raises(QrisError) as refused:
            qris.parse_static(AIRPAY)
        assert "bukan" in str(refused.value)
        assert "<title>Kode pembayaran QRIS</title>" in qris.svg(STICKER)
