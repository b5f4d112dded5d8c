"""Bank statements a partner uploads: the money that came in, read from the CSV export of
an Indonesian bank, so that transfers can be matched to bookings by their unique amount.

The table is found by its header row (in the first rows of the file, after any account
information lines), and each column's role by its name, so a bank that adds, drops or
reorders columns still reads. Layouts assumed, from public descriptions of the exports
(no bank publishes a specification):

- BCA (KlikBCA, myBCA "Mutasi Rekening"): account lines, a "Periode : dd/mm/yyyy -
  dd/mm/yyyy" line, then `Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo`; dates
  `'dd/mm` without the year (taken from the period) or `PEND` for a transfer not yet
  booked; the amount in Jumlah with "CR" or "DB" in the unnamed column after it (or in the
  same cell); a footer of Saldo Awal / Mutasi Kredit / Mutasi Debet / Saldo Akhir.
- Mandiri: MCM / Kopra, `;`-separated `AccountNo;Ccy;PostDate;Remarks;AdditionalDesc;
  Credit Amount;Debit Amount;Close Balance` with dates like "01 September 2026 14:24:27";
  Livin' / internet banking, `Account No,Date,Val. Date,Transaction Code,Description,
  Description,Reference No.,Debit,Credit`.
- BRI: the CMS / data export, `ID,NOREK,TGL_TRAN,TGL_EFEKTIF,JAM_TRAN,SEQ,DESK_TRAN,
  SALDO_AWAL_MUTASI,MUTASI_DEBET,MUTASI_KREDIT,...,TRREMK,...` with ISO dates; internet
  banking, `Tanggal Transaksi,Uraian Transaksi,Teller,Debet,Kredit,Saldo`.
- BNI: `Post Date,Value Date,Branch,Journal No.,Description,Debit,Credit,Balance`, or
  `Tanggal Transaksi,Uraian Transaksi,Tipe,Nominal,Saldo` with D/K (or Db/Cr) in Tipe.
- Anything else with a date column and a credit or amount column ("date, description,
  amount" at the least): an amount without a CR/DB marker counts as money in when positive.

Amounts may be written "1.234.567,00", "1,234,567.00", "1234567", with "Rp"/"IDR", a
trailing ",-", a sign, parentheses or a CR/DB marker. Debits are left out, and so are
credits with a fraction of a rupiah (no booking's amount has one). Cells are text and are
never evaluated: a formula where an amount should be makes its row unreadable, and
descriptions are kept as text with control characters replaced by spaces.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any, BinaryIO

from flask_babel import gettext as _

from wisata import timeutil
from wisata.errors import DomainError

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 60
MAX_DESCRIPTION = 500
DELIMITERS = (",", ";", "\t", "|")

_DATE = {"tanggal transaksi", "tanggal", "tgl", "tgl transaksi", "tgl tran", "tanggal mutasi",
         "date", "transaction date", "trx date", "post date", "postdate", "posting date",
         "tanggal posting", "waktu transaksi", "tanggal & waktu", "date & time"}
_DESCRIPTION = {"keterangan", "description", "deskripsi", "uraian", "uraian transaksi", "remarks",
                "remark", "additionaldesc", "additional desc", "desk tran", "trremk", "remark custom",
                "rincian transaksi", "transaction details", "berita", "catatan", "narrative"}
_CREDIT = {"credit", "kredit", "credit amount", "mutasi kredit", "cr", "uang masuk"}
_DEBIT = {"debit", "debet", "debit amount", "mutasi debet", "mutasi debit", "db", "uang keluar"}
_AMOUNT = {"jumlah", "amount", "nominal", "mutasi", "nilai", "transaction amount"}
_MARKER = {"tipe", "type", "db/cr", "cr/db", "d/k", "k/d", "dk", "d/c", "c/d", "debit/kredit",
           "kredit/debit", "debit/credit", "credit/debit"}
_LAYOUTS = (
    ("BCA", {"tanggal transaksi", "keterangan", "cabang", "jumlah"}),
    ("Mandiri", {"postdate", "remarks", "credit amount"}),
    ("Mandiri", {"account no", "val date", "reference no", "credit"}),
    ("BRI", {"norek", "tgl tran", "mutasi kredit"}),
    ("BRI", {"tanggal transaksi", "uraian transaksi", "teller", "kredit"}),
    ("BNI", {"post date", "journal no", "credit"}),
    ("BNI", {"tanggal transaksi", "uraian transaksi", "tipe", "nominal"}),
)
_CREDIT_MARKS = {"CR", "C", "K", "KR", "KREDIT", "CREDIT", "+"}
_DEBIT_MARKS = {"DB", "D", "DR", "DEBET", "DEBIT", "-"}
_INLINE_MARK = re.compile(r"(?:(CR|DB|KR|DR)\s+)?(.*?)(?:\s*(CR|DB|KR|DR|K|D|C)\.?)?", re.I)
_CURRENCY = re.compile(r"^(?:RP\.?|IDR)\s*|\s*(?:RP\.?|IDR)$", re.I)
_MONTHS = {name: n for n, names in enumerate((
    ("jan", "januari", "january"), ("feb", "februari", "february", "peb", "pebruari"),
    ("mar", "maret", "march"), ("apr", "april"), ("mei", "may"), ("jun", "juni", "june"),
    ("jul", "juli", "july"), ("agu", "agt", "agus", "agustus", "aug", "august"),
    ("sep", "sept", "september"), ("okt", "oktober", "oct", "october"),
    ("nov", "nopember", "november"), ("des", "desember", "dec", "december"),
), start=1) for name in names}
_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?:\s.*)?")
_NAMED_DATE = re.compile(r"(\d{1,2})[\s-]+([A-Za-z]+)[\s,-]+(\d{4}|\d{2})(?:\s.*)?")
_PERIOD = re.compile(r"(\d{1,2}/\d{1,2}/\d{4})\s*(?:-|s\.?d\.?|sampai)\s*(\d{1,2}/\d{1,2}/\d{4})", re.I)
_PENDING = "PEND"


class StatementError(DomainError):
    """A file that cannot be read as a bank statement; str() is the localized reason."""

    status_code = 400


@dataclass(frozen=True)
class Credit:
    """Money in. `date` is None for a transfer the bank has not booked yet (BCA's PEND);
    `line` is the line of the file the row starts on."""

    date: date | None
    amount: int
    description: str
    line: int


@dataclass(frozen=True)
class Statement:
    """What was read: the layout recognised ("BCA", "Mandiri", "BRI", "BNI" or "generic"),
    the credits, and the lines of transaction rows whose date or amount could not be read."""

    layout: str
    credits: tuple[Credit, ...]
    unreadable: tuple[int, ...]


@dataclass(frozen=True)
class Match:
    """A credit and the unpaid bookings whose unique amount equals it (none, one or more)."""

    credit: Credit
    bookings: tuple[Any, ...]

    @property
    def booking(self) -> Any | None:
        """The booking, when exactly one has this amount."""
        return self.bookings[0] if len(self.bookings) == 1 else None


@dataclass(frozen=True)
class _Columns:
    date: int
    descriptions: tuple[int, ...]
    credit: int | None
    debit: int | None
    amount: int | None
    marker: int | None


def parse_upload(stream: BinaryIO, *, today: date | None = None) -> Statement:
    """`parse` for an uploaded file, read no further than the size limit."""
    return parse(stream.read(MAX_BYTES + 1), today=today)


def parse(data: bytes, *, today: date | None = None) -> Statement:
    """Read the credits of a bank statement CSV. `today` (default: today in WIB) dates rows
    written without a year when the file does not give its period."""
    if len(data) > MAX_BYTES:
        raise StatementError(_("The file is too large: at most %(mb)s MB.", mb=MAX_BYTES // (1024 * 1024)))
    text = _decode(data)
    if text.count("\n") + text.count("\r") > MAX_ROWS:
        raise StatementError(_("The file has too many lines: at most %(n)s.", n=MAX_ROWS))
    for delimiter in DELIMITERS:
        try:
            found = _find_header(_rows(text, delimiter, limit=HEADER_SEARCH_ROWS))
        except csv.Error:
            continue
        if found is not None:
            try:
                rows = _rows(text, delimiter)
            except csv.Error:
                raise _not_csv() from None
            return _read_table(rows, *found, today=today or timeutil.today())
    raise StatementError(_("No table of transactions was found in this file. Download the "
                           "account statement (mutasi rekening) from your internet banking as "
                           "CSV and upload it unchanged."))


def match(credits: Iterable[Credit], unpaid: Iterable[Any], *,
          amount_of: Callable[[Any], int] = attrgetter("unique_amount")) -> list[Match]:
    """For each credit, the bookings of `unpaid` whose amount (`amount_of(booking)`) equals
    it. Two bookings with one amount both come back: a person has to choose."""
    by_amount: dict[int, list[Any]] = defaultdict(list)
    for booking in unpaid:
        by_amount[amount_of(booking)].append(booking)
    return [Match(credit, tuple(by_amount.get(credit.amount, ()))) for credit in credits]


def _decode(data: bytes) -> str:
    if not data.strip():
        raise StatementError(_("The file is empty."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" saved by Excel
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_csv() from None
    if b"\x00" in data:
        raise _not_csv()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _not_csv() -> StatementError:
    return StatementError(_("This file is not a CSV file. Download the account statement "
                            "from your internet banking as CSV (not PDF or Excel)."))


def _rows(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """The non-blank rows of `text` (the first `limit` of them), as (line the row starts
    on, cells)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, line = [], 1
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append((line, cells))
            if limit is not None and len(rows) >= limit:
                break
        line = reader.line_num + 1
    return rows


def _name(cell: str) -> str:
    name = re.sub(r"\((?:idr|rp)\)", "", cell.lower().replace("_", " ").replace(".", ""))
    return " ".join(name.strip(" '\"\ufeff:").split())


def _find_header(rows: list[tuple[int, list[str]]]) -> tuple[int, _Columns, str] | None:
    """(index of the header row, its columns, layout name) of the first row that names a
    date column and a credit or amount column."""
    for index, (_line, cells) in enumerate(rows):
        names = [_name(c) for c in cells]
        role = {n: i for i, n in reversed(list(enumerate(names)))}  # first column of a name
        date_column = next((role[n] for n in names if n in _DATE), None)
        credit = next((role[n] for n in names if n in _CREDIT), None)
        amount = next((role[n] for n in names if n in _AMOUNT), None)
        if date_column is None or (credit is None and amount is None):
            continue
        marker = next((role[n] for n in names if n in _MARKER), None)
        if marker is None and amount is not None and amount + 1 < len(names) and not names[amount + 1]:
            marker = amount + 1  # BCA: CR/DB in the unnamed column after Jumlah
        columns = _Columns(
            date=date_column,
            descriptions=tuple(i for i, n in enumerate(names) if n in _DESCRIPTION),
            credit=credit,
            debit=next((role[n] for n in names if n in _DEBIT), None),
            amount=amount,
            marker=marker,
        )
        layout = next((name for name, wanted in _LAYOUTS if wanted <= set(names)), "generic")
        return index, columns, layout
    return None


def _read_table(rows: list[tuple[int, list[str]]], header: int, columns: _Columns, layout: str,
                *, today: date) -> Statement:
    period = _period(rows[:header])
    credits, unreadable = [], []
    for line, cells in rows[header + 1:]:
        written = _cell(cells, columns.date)
        day = _date(written, period, today)
        if day is None:
            if written[:1].isdigit():
                unreadable.append(line)  # a date in a form not understood, or impossible
            continue  # else a total, a balance or a note ("Saldo Akhir : 1,000.00")
        try:
            amount = _credit_amount(cells, columns)
        except ValueError:
            unreadable.append(line)
            continue
        if amount is None or amount != amount.to_integral_value():
            continue
        description = " ".join(_text(cells[i]) for i in columns.descriptions if i < len(cells))
        credits.append(Credit(date=None if day == _PENDING else day, amount=int(amount),
                              description=" ".join(description.split())[:MAX_DESCRIPTION], line=line))
    return Statement(layout=layout, credits=tuple(credits), unreadable=tuple(unreadable))


def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip().lstrip("'").strip()


def _text(cell: str) -> str:
    """A cell as one line of text: control characters become spaces, the leading apostrophe
    Excel exports use to mark text goes."""
    return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in cell).strip().lstrip("'")


def _credit_amount(cells: Sequence[str], columns: _Columns) -> Decimal | None:
    """The amount credited by a row, None for a debit or nothing; ValueError if unreadable."""
    if columns.credit is not None:
        credit = _number(_cell(cells, columns.credit))
        debit = _number(_cell(cells, columns.debit)) if columns.debit is not None else None
        if credit is None and debit is None:
            raise ValueError("no amount")
        if not credit:
            return None
        if credit < 0 or debit:
            raise ValueError("credit and debit")
        return credit
    text = _CURRENCY.sub("", _cell(cells, columns.amount))
    inline = _INLINE_MARK.fullmatch(text)
    if inline is None:
        raise ValueError(text)
    mark = (inline[1] or inline[3] or _cell(cells, columns.marker)).upper().rstrip(".")
    value = _number(inline[2])
    if value is None:
        raise ValueError("no amount")
    if mark in _DEBIT_MARKS:
        return None
    if mark and mark not in _CREDIT_MARKS:
        raise ValueError(mark)
    if value < 0:
        if mark:
            raise ValueError("negative credit")
        return None
    return value


def _number(text: str) -> Decimal | None:
    """An amount written the Indonesian or the English way; None if empty."""
    text = _CURRENCY.sub("", text.replace("\xa0", " ").strip()).replace(" ", "")
    if text.endswith((",-", ".-")):
        text = text[:-2]
    if not text:
        return None
    negative = text.startswith("-") or text.endswith("-") or (text.startswith("(") and text.endswith(")"))
    digits = text.strip("+-()")
    if not re.fullmatch(r"[0-9.,]*[0-9][0-9.,]*", digits):
        raise ValueError(text)
    last = max(digits.rfind("."), digits.rfind(","))
    both = "." in digits and "," in digits
    # One separator followed by other than three digits: "150000.00", "150000,5".
    lone = last >= 0 and digits.count(digits[last]) == 1 and len(digits) - last - 1 != 3
    decimal_mark = digits[last] if both or lone else None  # else only thousands separators
    whole, _sep, fraction = digits.rpartition(decimal_mark) if decimal_mark else (digits, "", "")
    if decimal_mark and decimal_mark in whole:
        raise ValueError(text)
    groups = re.split(r"[.,]", whole)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(text)
    if decimal_mark and not re.fullmatch(r"[0-9]*", fraction):
        raise ValueError(text)
    value = Decimal("".join(groups) + "." + (fraction or "0"))
    return -value if negative else value


def _period(preamble: list[tuple[int, list[str]]]) -> tuple[date, date] | None:
    for _line, cells in preamble:
        found = _PERIOD.search(" ".join(cells))
        if found:
            start, end = (_date(found[i], None, timeutil.today()) for i in (1, 2))
            if isinstance(start, date) and isinstance(end, date) and start <= end:
                return start, end
    return None


def _date(text: str, period: tuple[date, date] | None, today: date) -> date | str | None:
    """The date in a cell, `_PENDING` for BCA's PEND, None if the cell is not a date."""
    text = text.strip()
    if text.upper() == _PENDING:
        return _PENDING
    try:
        if found := _ISO_DATE.fullmatch(text):
            return date(int(found[1]), int(found[3]), int(found[4]))
        if found := _NAMED_DATE.fullmatch(text):
            month = _MONTHS.get(found[2].lower())
            return date(_year(found[3]), month, int(found[1])) if month else None
        if found := _NUMERIC_DATE.fullmatch(text):
            day, month = int(found[1]), int(found[2])
            if found[3]:
                return date(_year(found[3]), month, day)
            return _date_without_year(day, month, period[1] if period else today)
    except ValueError:
        return None
    return None


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _date_without_year(day: int, month: int, last: date) -> date:
    """The latest date with this day and month on or before `last` (the period's end)."""
    for year in range(last.year, last.year - 8, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year; an impossible date fails every year
        if candidate <= last:
            return candidate
    raise ValueError(f"{day}/{month}")
