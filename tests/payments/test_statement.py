"""The bank statement: credits of a booking's unique amount proposed, confirmed in one click;
credits matching several bookings or none shown apart and never confirmed."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa

from wisata.extensions import db
from wisata.models import Booking, BookingStatus, Payment


def _statement(*rows: tuple[str, str, int]) -> bytes:
    lines = ["Tanggal,Keterangan,Debet,Kredit", "02/12/2026,BIAYA ADM,15000,"]
    lines += [f"{day},{text},,{amount}" for day, text, amount in rows]
    return ("\n".join(lines) + "\n").encode()


def _upload(client, data: bytes, lang: str = "en"):
    return client.post(f"/{lang}/partner/statement", data={"statement": (io.BytesIO(data), "mutasi.csv")},
                       content_type="multipart/form-data")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_statement_rows_matching_zero_one_or_two_bookings(make, shop, book, owner_client, mailbox, lang):
    one = book(email="one@example.com")
    other_departure = make.departure(shop["package"], days_ahead=45)
    twins = [book(adults=1, email=f"twin{n}@example.com", departure=other_departure) for n in range(2)]
    data = _statement(("01/12/2026", "TRSF E-BANKING CR AYU", one.transfer_amount),
                      ("01/12/2026", "SETORAN TUNAI", 1_250_000),  # a plain total: both twins cost this
                      ("01/12/2026", "TRSF DARI SIAPA", 777))
    response = _upload(owner_client, data, lang)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    proposed, rest = html.split('id="proposed-title"')[1].split('id="ambiguous-title"')
    ambiguous, unmatched = rest.split('id="unmatched-title"')
    assert f'value="{one.code}:{one.transfer_amount}"' in proposed
    assert all(twin.code not in proposed and twin.code in ambiguous for twin in twins)
    assert "TRSF DARI SIAPA" in unmatched
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0  # nothing confirmed by the upload

    form = {"match": f"{one.code}:{one.transfer_amount}", f"ref-{one.code}": "2026-12-01 TRSF E-BANKING CR AYU"}
    assert owner_client.post(f"/{lang}/partner/statement/confirm", data=form).status_code == 303
    assert owner_client.post(f"/{lang}/partner/statement/confirm", data=form).status_code == 303  # idempotent
    db.session.expire_all()
    [payment] = db.session.scalars(sa.select(Payment)).all()
    assert (payment.booking_id, payment.amount) == (one.id, one.transfer_amount)
    assert payment.reference == "2026-12-01 TRSF E-BANKING CR AYU"
    assert db.session.get(Booking, one.id).status is BookingStatus.CONFIRMED
    assert all(db.session.get(Booking, t.id).status is BookingStatus.PENDING_PAYMENT for t in twins)
    [confirmed] = mailbox.to("one@example.com")  # once, though confirmed twice
    assert one.code in confirmed["Subject"]


def test_a_tampered_or_foreign_proposal_confirms_nothing(app, make, shop, book, owner_client):
    ours = book(email="ours@example.com")
    foreign_org = make.organisation(name="Lain")
    foreign = book(email="foreign@example.com", departure=make.departure(make.package(foreign_org)))
    for value in (f"{ours.code}:{ours.total}", f"{ours.code}:{ours.transfer_amount + 1}",
                  f"{foreign.code}:{foreign.transfer_amount}"):
        assert owner_client.post("/en/partner/statement/confirm", data={"match": value}).status_code == 303
    for value in ("", "<script>", f"{ours.code}:-5", f"{ours.code}"):
        assert owner_client.post("/en/partner/statement/confirm", data={"match": value}).status_code == 400
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count(Payment.id))) == 0


@pytest.mark.parametrize(("content", "status"), [(b"", 400), (b"\x89PNG\r\n\x1a\n\x00\x00binary", 400),
                                                 (b"just,some\nwords,here\n", 400)])
def test_a_file_that_is_not_a_statement_is_refused(shop, owner_client, content, status):
    response = _upload(owner_client, content)
    assert response.status_code == status and 'class="error"' in response.get_data(as_text=True)
