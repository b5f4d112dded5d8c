"""Bank statement CSVs of Indonesian banks read into credits, and credits matched to
bookings by their unique amount. The files are written as the banks' exports look."""

from __future__ import annotations

import io
from datetime import date
from types import SimpleNamespace

import pytest
from flask_babel import force_locale

from wisata.services import statements
from wisata.services.statements import Credit, StatementError

TODAY = date(2027, 1, 20)


def read(text: str | bytes, **kwargs):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return statements.parse(data, today=kwargs.pop("today", TODAY), **kwargs)


def amounts(statement) -> list[int]:
    return [c.amount for c in statement.credits]


# --- the banks' layouts -----------------------------------------------------------------

KLIKBCA = "\r\n".join([
    "Informasi Rekening - Mutasi Rekening",
    "No. rekening : ,'0123456789",
    "Nama : ,JELAJAH BROMO TOUR",
    "Periode : ,15/12/2026 - 10/01/2027",
    "Kode Mata Uang : ,Rp",
    "",
    "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo",
    "'20/12,'TRSF E-BANKING CR 2012/FTSCY/WS95031     24150123.00 BUDI SANTOSO,'0000,\"24,150,123.00\",CR,\"30,000,000.00\"",
    "'02/01,'BIAYA ADM,'0000,\"10,000.00\",DB,\"29,990,000.00\"",
    "'05/01,'SETORAN TUNAI,'0998,1750045.00,CR,31740045.00",
    "'PEND,'TRSF E-BANKING CR 0901/FTSCY/WS95031 SITI AMINAH,'0000,1500321.00,CR,33240366.00",
    "Saldo Awal,\"5,849,877.00\"",
    "Mutasi Kredit,\"27,400,489.00\",3",
    "Mutasi Debet,\"10,000.00\",1",
    "Saldo Akhir,\"33,240,366.00\"",
])


def test_klikbca_mutasi_rekening():
    statement = read(KLIKBCA)
    assert statement.layout == "BCA"
    assert statement.credits == (
        Credit(date(2026, 12, 20), 24_150_123,
               "TRSF E-BANKING CR 2012/FTSCY/WS95031 24150123.00 BUDI SANTOSO", 8),
        Credit(date(2027, 1, 5), 1_750_045, "SETORAN TUNAI", 10),
        Credit(None, 1_500_321, "TRSF E-BANKING CR 0901/FTSCY/WS95031 SITI AMINAH", 11),
    )
    assert statement.unreadable == ()


def test_klikbca_marker_in_the_amount_cell_and_year_from_today_without_a_period():
    statement = read(
        "Tanggal Transaksi,Keterangan,Cabang,Jumlah,Saldo\n"
        "'28/12,'TRSF CR ANDI,'0000,\"2,000,150.00 CR\",\"1.00\"\n"
        "'19/01,'TRSF DB,'0000,\"50,000.00 DB\",\"1.00\"\n"
        "'20/01,'TRSF CR RINA,'0000,\"350,017.00 CR\",\"1.00\"\n"
    )
    assert [(c.date, c.amount) for c in statement.credits] == [
        (date(2026, 12, 28), 2_000_150), (date(2027, 1, 20), 350_017)]


def test_mandiri_mcm_semicolons_and_month_names():
    statement = read(
        "AccountNo;Ccy;PostDate;Remarks;AdditionalDesc;Credit Amount;Debit Amount;Close Balance\n"
        "1440012345678;IDR;01 September 2026 14:24:27;PT WISATA NUSANTARA  ;Trf Inw CN BANK CENTRAL ASIA"
        ";18429612.00;0.00;130941712.79\n"
        "1440012345678;IDR;03 Agustus 2026 11:27:10;GAJI;MCM InhouseTrf;0.00;750000.00;13838932.64\n"
        "1440012345678;IDR;07 Des 2026 10:16:54;SRI WAHYUNI;MCM InhouseTrf DARI SRI;2500077.00;0.00;1.00\n"
    )
    assert statement.layout == "Mandiri"
    assert [(c.date, c.amount, c.description) for c in statement.credits] == [
        (date(2026, 9, 1), 18_429_612, "PT WISATA NUSANTARA Trf Inw CN BANK CENTRAL ASIA"),
        (date(2026, 12, 7), 2_500_077, "SRI WAHYUNI MCM InhouseTrf DARI SRI"),
    ]


def test_mandiri_livin_two_description_columns():
    statement = read(
        "Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit\n"
        "1440012345678,02/11/26,02/11/26,8888,TRANSFER DARI,DEWI LESTARI,REF123,.00,\"1,250,061.00\"\n"
        "1440012345678,03/11/26,03/11/26,7777,BIAYA,ADMIN,REF124,\"12,500.00\",.00\n"
    )
    assert statement.layout == "Mandiri"
    assert [(c.date, c.amount, c.description) for c in statement.credits] == [
        (date(2026, 11, 2), 1_250_061, "TRANSFER DARI DEWI LESTARI")]


def test_bri_data_export():
    header = ("ID,NOREK,TGL_TRAN,TGL_EFEKTIF,JAM_TRAN,SEQ,DESK_TRAN,SALDO_AWAL_MUTASI,MUTASI_DEBET,"
              "MUTASI_KREDIT,SALDO_AKHIR_MUTASI,GLSIGN,TRUSER,KODE_TRAN,KODE_TRAN_TELLER,TRREMK,TLBDS1,"
              "TLBDS2,REMARK_CUSTOM")
    statement = read("\n".join([
        header,
        '"1","058801037081508","2026-07-10 23:44:44","2026-07-10 23:44:44","234444","143801",'
        '"NBMB AGUS TO JELAJAH","1000000.00","0.00","3150042.00","4150042.00","C","8888","","","",'
        '"","","BOOKING MJ-7KQ2"',
        '"2","058801037081508","2026-07-11 08:00:00","2026-07-11 08:00:00","080000","143802",'
        '"BIAYA ADM","4150042.00","5000.00","0.00","4145042.00","D","8888","","","","","",""',
    ]))
    assert statement.layout == "BRI"
    assert [(c.date, c.amount, c.description) for c in statement.credits] == [
        (date(2026, 7, 10), 3_150_042, "NBMB AGUS TO JELAJAH BOOKING MJ-7KQ2")]


def test_bri_internet_banking():
    statement = read(
        "Tanggal Transaksi,Uraian Transaksi,Teller,Debet,Kredit,Saldo\n"
        "05/08/2026,TRANSFER DARI RUDI,8888888,0.00,\"975.031,00\",\"1.975.031,00\"\n"
        "06/08/2026,TARIK TUNAI,8888888,\"100.000,00\",0.00,\"1.875.031,00\"\n"
    )
    assert statement.layout == "BRI"
    assert amounts(statement) == [975_031]


def test_bni_post_date_layout():
    statement = read(
        "Post Date,Value Date,Branch,Journal No.,Description,Debit,Credit,Balance\n"
        "01/05/26 10:00,01/05/26,001,ABC001,TRANSFER DARI YUNI,,300047,1300047\n"
        "02/05/26 12:30,02/05/26,001,ABC002,TARIK TUNAI,125000,,1175047\n"
    )
    assert statement.layout == "BNI"
    assert [(c.date, c.amount) for c in statement.credits] == [(date(2026, 5, 1), 300_047)]


def test_bni_type_and_nominal_layout():
    statement = read(
        "Tanggal Transaksi,Uraian Transaksi,Tipe,Nominal,Saldo\n"
        "12-Okt-2026,TRF DARI HENDRA,K,\"Rp 4.200.099\",\"Rp 9.200.099\"\n"
        "13-Okt-2026,BAYAR LISTRIK,D,\"Rp 200.000\",\"Rp 9.000.099\"\n"
        "14-Oct-2026,TRF DARI MAYA,Cr,\"Rp 850.013\",\"Rp 9.850.112\"\n"
    )
    assert statement.layout == "BNI"
    assert [(c.date, c.amount) for c in statement.credits] == [
        (date(2026, 10, 12), 4_200_099), (date(2026, 10, 14), 850_013)]


def test_generic_date_description_amount():
    statement = read(
        "Date,Description,Amount\n"
        "2026-10-01,Transfer masuk dari Ayu,1500013\n"
        "2026-10-02,Pembayaran hotel,-750000\n"
        "2026-10-03,Transfer masuk dari Bima,(25.000)\n"
        "2026-10-04,Transfer masuk dari Citra,+980007\n"
    )
    assert statement.layout == "generic"
    assert amounts(statement) == [1_500_013, 980_007]


@pytest.mark.parametrize(
    "written",
    ["1.234.567,00", "1,234,567.00", "1234567", "1234567.00", "1234567,00", "Rp 1.234.567",
     "Rp1.234.567,-", "IDR 1,234,567.00", "1.234.567 IDR", "Rp. 1.234.567,00", "1 234 567", "1.234.567,- CR",
     "CR 1,234,567.00", "1234567CR", "+1.234.567"],
)
def test_amounts_written_the_indonesian_or_the_english_way(written):
    statement = read(f'Tanggal,Keterangan,Jumlah\n01/01/2027,TRANSFER,"{written}"\n')
    assert amounts(statement) == [1_234_567], written


@pytest.mark.parametrize("written", ["1.234.567 DB", "-1.234.567", "1,234,567.00 D", "(1.234.567)"])
def test_debits_are_left_out(written):
    statement = read(f'Tanggal,Keterangan,Jumlah\n01/01/2027,TRANSFER,"{written}"\n')
    assert statement.credits == () and statement.unreadable == ()


@pytest.mark.parametrize("written", ["1.234,56", "1,234.5", "150000.01"])
def test_credits_with_a_fraction_of_a_rupiah_are_left_out(written):
    assert read(f'Tanggal,Keterangan,Jumlah\n01/01/2027,BUNGA,"{written}"\n').credits == ()


@pytest.mark.parametrize(
    "written",
    ["=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "12,34,567", "1.234,567.00", "abc", "1.2.3",
     "1234567 XX", ""],
)
def test_unreadable_amounts_are_reported_by_line_not_guessed(written):
    statement = read(
        "Tanggal,Keterangan,Jumlah\n"
        "01/01/2027,TRANSFER A,1000001\n"
        f'02/01/2027,TRANSFER B,"{written}"\n'
    )
    assert amounts(statement) == [1_000_001]
    assert statement.unreadable == (3,)


# --- what files look like ---------------------------------------------------------------


def test_utf8_bom_and_semicolons():
    statement = read("\ufeffTanggal;Keterangan;Kredit\n01/01/2027;Transfer;125.000\n".encode())
    assert amounts(statement) == [125_000]


def test_excel_unicode_text_utf16_with_tabs():
    text = "Tanggal\tKeterangan\tKredit\r\n01/01/2027\tTransfer Budi\t125000\r\n"
    statement = read(text.encode("utf-16"))
    assert [(c.amount, c.description) for c in statement.credits] == [(125_000, "Transfer Budi")]


def test_windows_1252_file():
    statement = read("Tanggal,Keterangan,Kredit\n01/01/2027,Caf\xe9 Kopi,125000\n".encode("cp1252"))
    assert statement.credits[0].description == "Caf\xe9 Kopi"


def test_quoted_cells_with_line_breaks_keep_line_numbers_and_stay_on_one_line():
    statement = read(
        "Tanggal,Keterangan,Kredit\n"
        '01/01/2027,"TRANSFER\r\nDARI\nBUDI",125000\n'
        '02/01/2027,"a ""quoted"" name, with comma",250000\n'
        "03/01/2027,\"TAB\tAND\x0bVT\",375000\n"
    )
    assert [(c.line, c.description) for c in statement.credits] == [
        (2, "TRANSFER DARI BUDI"), (5, 'a "quoted" name, with comma'), (6, "TAB AND VT")]


def test_formulas_in_descriptions_stay_text():
    statement = read('Tanggal,Keterangan,Kredit\n01/01/2027,"=HYPERLINK(""http://evil"",""x"")",125000\n')
    assert statement.credits[0].description == '=HYPERLINK("http://evil","x")'


def test_rows_without_a_date_are_not_transactions_and_bad_dates_are_reported():
    statement = read(
        "Tanggal,Keterangan,Kredit\n"
        "Saldo Awal,,1000000\n"
        "31/02/2027,IMPOSSIBLE DATE,5000\n"
        "29/02/2028,LEAP DAY,6000\n"
        "2027/01/03,YEAR FIRST,7000\n"
        "3rd of January,UNKNOWN FORM,8000\n"
        "Total,,1006000\n"
        '"Saldo Akhir : 1,006,000.00"\n'
    )
    assert [(c.date, c.amount) for c in statement.credits] == [(date(2028, 2, 29), 6000), (date(2027, 1, 3), 7000)]
    assert statement.unreadable == (3, 6)


def test_leap_day_without_a_year_goes_to_the_last_leap_year_of_the_period():
    statement = read(
        "Periode : 01/02/2028 - 31/03/2028\n"
        "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo\n"
        "'29/02,TRSF CR,'0000,5000.00,CR,1\n"
    )
    assert statement.credits[0].date == date(2028, 2, 29)


def test_long_descriptions_are_cut():
    statement = read(f"Tanggal,Keterangan,Kredit\n01/01/2027,{'x' * 5000},125000\n")
    assert len(statement.credits[0].description) == statements.MAX_DESCRIPTION


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<<>>", "not a CSV"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "not a CSV"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV"),
        (b"Tanggal,Keterangan,Kredit\n01/01/2027,Tr\x00ansfer,125000\n", "not a CSV"),
        (b"foo,bar\n1,2\n", "No table"),
        (b"Keterangan,Kredit\nTransfer,125000\n", "No table"),
        (b"\xff\xfe\x00\xd8", "not a CSV"),
    ],
    ids=["empty", "blank", "pdf", "xlsx", "png", "nul", "no-header", "no-date-column", "bad-utf16"],
)
def test_files_that_are_not_statements_are_refused(data, message):
    with pytest.raises(StatementError, match=message) as refused:
        read(data)
    assert refused.value.status_code == 400


def test_too_large_files_are_refused_without_reading_them_whole():
    stream = io.BytesIO(b"Tanggal,Keterangan,Kredit\n" + b"x" * (statements.MAX_BYTES * 2))
    with pytest.raises(StatementError, match="too large"):
        statements.parse_upload(stream)
    assert stream.tell() == statements.MAX_BYTES + 1


def test_files_with_too_many_lines_are_refused():
    with pytest.raises(StatementError, match="too many lines"):
        read("Tanggal,Keterangan,Kredit\n" + "\n" * statements.MAX_ROWS)


def test_a_header_far_down_the_file_is_not_searched_for():
    preamble = "".join(f"Info {n},x\n" for n in range(statements.HEADER_SEARCH_ROWS))
    with pytest.raises(StatementError, match="No table"):
        read(preamble + "Tanggal,Keterangan,Kredit\n01/01/2027,Transfer,125000\n")


def test_parse_upload_reads_a_file_upload():
    statement = statements.parse_upload(io.BytesIO(KLIKBCA.encode()), today=TODAY)
    assert amounts(statement) == [24_150_123, 1_750_045, 1_500_321]


# --- matching credits to bookings -------------------------------------------------------


def booking(code: str, unique_amount: int):
    return SimpleNamespace(code=code, unique_amount=unique_amount)


def test_each_credit_matches_no_one_or_several_bookings():
    credits = read(KLIKBCA).credits
    budi, siti, twin_a, twin_b = (booking("MJ-BUDI", 24_150_123), booking("MJ-SITI", 1_500_321),
                                  booking("MJ-TWIN1", 1_750_045), booking("MJ-TWIN2", 1_750_045))
    matches = statements.match(credits, [budi, siti, twin_a, twin_b, booking("MJ-NONE", 99_999)])
    assert [(m.credit.amount, [b.code for b in m.bookings]) for m in matches] == [
        (24_150_123, ["MJ-BUDI"]), (1_750_045, ["MJ-TWIN1", "MJ-TWIN2"]), (1_500_321, ["MJ-SITI"])]
    assert [m.booking for m in matches] == [budi, None, siti]


def test_a_credit_no_booking_has_matches_nothing():
    [found] = statements.match([Credit(date(2027, 1, 1), 150_000, "TRANSFER", 2)], [booking("A", 150_001)])
    assert found.bookings == () and found.booking is None


def test_match_can_read_the_amount_another_way():
    bookings = [{"code": "A", "amount": 350_017}]
    [found] = statements.match([Credit(None, 350_017, "", 2)], bookings, amount_of=lambda b: b["amount"])
    assert found.booking == bookings[0]


# --- in Indonesian ----------------------------------------------------------------------


def test_errors_are_given_in_the_visitors_language(app):
    with app.test_request_context(), force_locale("id"):
        with pytest.raises(StatementError) as refused:
            read(b"foo,bar\n1,2\n")
        assert "mutasi rekening" in str(refused.value) and "No table" not in str(refused.value)
        with pytest.raises(StatementError) as refused:
            read(b"")
        assert "kosong" in str(refused.value)
