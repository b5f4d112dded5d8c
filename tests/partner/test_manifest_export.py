"""The manifest CSV never hands a spreadsheet program a formula, whatever the column."""

from __future__ import annotations

import csv
import io

from tests.partner.conftest import login
from wisata.extensions import db
from wisata.models import PaymentMethod
from wisata.services import booking as booking_service
from wisata.services.booking import BookingRequest
from wisata.services.reports import FORMULA_START, spreadsheet_cell


def test_every_column_of_the_manifest_is_neutralised(app, make, partners):
    departure = make.departure(make.package(partners["ours"]), capacity=8)
    booking_service.book_seats(BookingRequest(
        departure_id=departure.id, counts={"adult": 2}, contact_name="@SUM(A1:A9)",
        contact_email="=2+5@example.org", contact_phone="+6281234567890", origin_country="ID",
        origin_province="Jambi", travellers=["-2+3", "=HYPERLINK(\"http://evil.example\")"],
        payment_method=PaymentMethod.BANK_TRANSFER, idempotency_key="m" * 20,
    ))
    db.session.commit()
    client = app.test_client()
    login(client, partners["owner"])

    response = client.get(f"/en/partner/departures/{departure.id}/manifest.csv")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=2+5@example.org" in cells and "'@SUM(A1:A9)" in cells and "'-2+3" in cells
    assert "'+6281234567890" in cells
    assert not any(cell.startswith(FORMULA_START) for row in rows for cell in row)


def test_spreadsheet_cell_leaves_plain_text_and_numbers_alone():
    assert spreadsheet_cell("Ayu Lestari") == "Ayu Lestari"
    assert spreadsheet_cell(650000) == "650000"
    assert spreadsheet_cell(None) == ""
    assert spreadsheet_cell("\tcmd") == "'\tcmd"
