"""The generated departures and bookings, with their lines, travellers, history and reviews.

Each departure's bookings are made with it, so its `seats_held` (the seats of pending and
confirmed bookings) is known when its row is written; promo uses are counted the same way
and stored at the end. Seats of pending, confirmed and completed bookings never exceed the
capacity: a booking that would not fit becomes one whose hold expired.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from bench import words
from bench.catalogue import CatalogueMaker, PackageInfo, pair
from wisata import timeutil
from wisata.models import (
    SEAT_HOLDING,
    Booking,
    BookingEvent,
    BookingLine,
    BookingStatus,
    Departure,
    DepartureStatus,
    PaymentMethod,
    PromoCode,
    Review,
    Traveller,
)
from wisata.services.booking import CODE_ALPHABET, CODE_LENGTH
from wisata.services.ledger import PROMO_USING
from wisata.services.pricing import refund_amount

PAST_DAYS, FUTURE_DAYS = 730, 183
# Statuses and their weights: trips that have run, and trips still to come.
PAST = ((BookingStatus.COMPLETED, 76), (BookingStatus.CANCELLED, 12), (BookingStatus.EXPIRED, 12))
FUTURE = ((BookingStatus.CONFIRMED, 62), (BookingStatus.PENDING_PAYMENT, 8),
          (BookingStatus.CANCELLED, 14), (BookingStatus.EXPIRED, 16))
TAKING_SEATS = (*SEAT_HOLDING, BookingStatus.COMPLETED)
SEATS = ((1, 20), (2, 35), (3, 15), (4, 14), (5, 8), (6, 5), (8, 2), (10, 1))
CAPACITIES = (10, 12, 15, 20, 25, 30, 40)


def booking_code(booking_id: int) -> str:
    """A code in the app's alphabet, distinct for each id (a bijection modulo 31^8)."""
    value = booking_id * 1_000_003 % len(CODE_ALPHABET) ** CODE_LENGTH
    digits = []
    for _ in range(CODE_LENGTH):
        value, digit = divmod(value, len(CODE_ALPHABET))
        digits.append(CODE_ALPHABET[digit])
    return "".join(digits)


def _weighted(rng: random.Random, table):
    return rng.choices([value for value, _ in table], weights=[w for _, w in table])[0]


class BookingMaker:
    def __init__(self, catalogue: CatalogueMaker, seed: int):
        self.catalogue = catalogue
        self.rng = random.Random(f"bookings-{seed}")
        self.now, self.today = catalogue.now, catalogue.today
        self.promo_uses: Counter[int] = Counter()
        self.booking_id = 0

    def run(self, writer, departures: int, bookings: int, progress) -> None:
        packages = self.catalogue.packages
        per_package = [departures // len(packages)] * len(packages)
        for index in self.rng.sample(range(len(packages)), departures % len(packages)):
            per_package[index] += 1
        per_departure = [0] * departures
        for _ in range(bookings):
            per_departure[self.rng.randrange(departures)] += 1
        departure_id = 0
        for package, count in zip(packages, per_package, strict=True):
            for day in self._dates(count):
                departure_id += 1
                self._departure(writer, package, departure_id, day, per_departure[departure_id - 1])
                writer.flush_if_full()
                if departure_id % 10_000 == 0:
                    progress.step(f"{departure_id} departures, {self.booking_id} bookings")

    def _dates(self, count: int) -> list[date]:
        """Distinct dates, the first two ahead of today (every package offered can be booked)."""
        chosen: set[date] = set()
        while len(chosen) < min(count, 2):
            chosen.add(self.today + timedelta(days=self.rng.randint(1, FUTURE_DAYS)))
        while len(chosen) < count:
            chosen.add(self.today + timedelta(days=self.rng.randint(-PAST_DAYS, FUTURE_DAYS)))
        return sorted(chosen)

    def _departure(self, writer, package: PackageInfo, departure_id: int, day: date, count: int) -> None:
        rng = self.rng
        capacity = rng.choice(CAPACITIES)
        past = day < self.today
        status = (DepartureStatus.CANCELLED if rng.random() < 0.03 else
                  DepartureStatus.CLOSED if past and rng.random() < 0.5 or rng.random() < 0.03 else
                  DepartureStatus.OPEN)
        made = [self._booking(package, day, capacity, status, past) for _ in range(count)]
        taken = held = 0
        for booking in made:
            if booking["status"] in TAKING_SEATS and taken + booking["seats"] > capacity:
                self._expire(booking)
            taken += booking["seats"] if booking["status"] in TAKING_SEATS else 0
            held += booking["seats"] if booking["status"] in SEAT_HOLDING else 0
        writer.add(Departure.__table__, {
            "id": departure_id, "package_id": package.id, "date": day, "start_time": package.start,
            "capacity": capacity, "seats_held": held, "status": status,
            "created_at": min(self.now, timeutil.wib(day, package.start) - timedelta(days=200)),
        })
        for booking in made:
            self._write(writer, booking, departure_id, package)

    def _booking(self, package: PackageInfo, day: date, capacity: int, departure_status, past: bool) -> dict:
        rng = self.rng
        leaves = timeutil.wib(day, package.start)
        status = (BookingStatus.CANCELLED if departure_status is DepartureStatus.CANCELLED
                  else _weighted(rng, PAST if past else FUTURE))
        created = leaves - timedelta(days=min(int(rng.expovariate(1 / 21)), 180), hours=rng.randint(1, 23))
        if status is BookingStatus.PENDING_PAYMENT:
            created = self.now - timedelta(minutes=rng.randint(10, 20 * 60))
        elif created > self.now - timedelta(days=1):
            created = self.now - timedelta(days=1, hours=rng.randint(1, 24 * 14))
        seats = min(_weighted(rng, SEATS), package.max_group, capacity)
        return {"status": status, "seats": seats, "created": created, "leaves": leaves,
                "departure_cancelled": departure_status is DepartureStatus.CANCELLED}

    @staticmethod
    def _expire(booking: dict) -> None:
        booking["status"] = BookingStatus.EXPIRED

    def _write(self, writer, booking: dict, departure_id: int, package: PackageInfo) -> None:
        rng = self.rng
        self.booking_id += 1
        id_, status, seats, created = self.booking_id, booking["status"], booking["seats"], booking["created"]
        children = rng.randint(0, seats // 2) if package.child and seats > 1 else 0
        counts = [("adult", seats - children, package.adult)] + ([("child", children, package.child)] if children else [])
        subtotal = sum(n * price for _, n, price in counts)
        promo_id, discount = self._promo(package, subtotal)
        total = subtotal - discount
        if promo_id and status in PROMO_USING:
            self.promo_uses[promo_id] += 1
        history, paid_at, cancelled_at, refund = self._lifecycle(booking, package, total)
        code = booking_code(id_)
        first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
        domestic = rng.random() < 0.8
        method = PaymentMethod.AT_MEETING_POINT if package.pay_at_meeting_point else PaymentMethod.BANK_TRANSFER
        writer.add(Booking.__table__, {
            "id": id_, "code": code, "departure_id": departure_id,
            "user_id": rng.choice(self.catalogue.traveller_ids) if rng.random() < 0.15 else None,
            "status": status, "seats": seats, "contact_name": f"{first} {last}",
            "contact_email": f"{first.lower()}.{code.lower()}@example.com",
            "contact_phone": f"+62813{rng.randint(10_000_000, 99_999_999)}",
            "origin_country": "ID" if domestic else _weighted(rng, words.COUNTRIES),
            "origin_province": _weighted(rng, words.PROVINCES) if domestic else None,
            "locale": "id" if domestic else "en", "payment_method": method,
            "subtotal": subtotal, "discount": discount, "total": total, "refund_amount": refund,
            "promo_code_id": promo_id,
            "hold_expires_at": created + timedelta(hours=24) if status in (
                BookingStatus.PENDING_PAYMENT, BookingStatus.EXPIRED) else None,
            "paid_at": paid_at, "cancelled_at": cancelled_at,
            "cancel_reason": ("Departure cancelled" if booking["departure_cancelled"] else "Change of plans")
            if cancelled_at else None,
            "idempotency_key": None, "created_at": created, "updated_at": min(history[-1][2], self.now),
            **self._referral(),
        })
        for code_, n, price in counts:
            writer.add(BookingLine.__table__, {"booking_id": id_, "category_code": code_, "quantity": n,
                                               "unit_price": price})
        categories = [code_ for code_, n, _ in counts for _ in range(n)]
        for position, category in enumerate(categories):
            name = f"{first} {last}" if position == 0 else f"{rng.choice(words.FIRST_NAMES)} {last}"
            writer.add(Traveller.__table__, {"booking_id": id_, "position": position, "full_name": name,
                                             "category_code": category})
        for from_status, to_status, at in history:
            writer.add(BookingEvent.__table__, {"booking_id": id_, "from_status": from_status,
                                                "to_status": to_status, "at": at, "actor_id": None, "note": None})
        if status is BookingStatus.COMPLETED and rng.random() < 0.06:
            self._review(writer, id_, package, f"{first} {last}", domestic, booking["leaves"])

    def _lifecycle(self, booking: dict, package: PackageInfo, total: int):
        """The status history, when it was paid and cancelled, and the refund."""
        rng, status, created, leaves = self.rng, booking["status"], booking["created"], booking["leaves"]
        P, C = BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED
        history = [(None, P, created)]
        paid_at = cancelled_at = None
        refund = 0
        confirmed_at = min(created + timedelta(hours=rng.randint(1, 20)), self.now)
        if status in (C, BookingStatus.COMPLETED) or (status is BookingStatus.CANCELLED and rng.random() < 0.6):
            paid_at = None if package.pay_at_meeting_point and status is not BookingStatus.COMPLETED else confirmed_at
            history.append((P, C, confirmed_at))
        if status is BookingStatus.COMPLETED:
            paid_at = paid_at or leaves
            history.append((C, status, leaves + timedelta(days=package.days)))
        elif status is BookingStatus.EXPIRED:
            history.append((P, status, created + timedelta(hours=24)))
        elif status is BookingStatus.CANCELLED:
            last = min(leaves, self.now)
            cancelled_at = history[-1][2] + (last - history[-1][2]) * rng.random()
            if paid_at:
                refund = total if booking["departure_cancelled"] else refund_amount(
                    total, package.policy, leaves.date(), cancelled_at.astimezone(timeutil.WIB).date())
            history.append((history[-1][1], status, cancelled_at))
        return history, paid_at, cancelled_at, refund

    def _promo(self, package: PackageInfo, subtotal: int) -> tuple[int | None, int]:
        """One booking in ten uses a code valid for the provider's region (or everywhere)."""
        if self.rng.random() >= 0.1:
            return None, 0
        usable = [c for c in self.catalogue.promo_codes if c[1] in (None, package.region_ids[0])]
        promo_id, _, percent, amount = self.rng.choice(usable)
        return promo_id, subtotal * percent // 100 if percent else min(amount, subtotal)

    def _referral(self) -> dict:
        """About one booking in twelve came from a campaign page, an event page or a fair kit."""
        catalogue, roll = self.catalogue, self.rng.random()
        kind = campaign = event = None
        if roll < 0.04 and catalogue.campaigns:
            kind, campaign = "campaign_page", self.rng.choice(catalogue.campaigns)
        elif roll < 0.065 and catalogue.events:
            kind, event = "event_page", self.rng.choice(catalogue.events)
        elif roll < 0.08 and catalogue.fairs:
            kind, event = "fair_kit", self.rng.choice(catalogue.fairs)
        return {"referral_kind": kind, "referral_campaign_id": campaign, "referral_event_id": event}

    def _review(self, writer, booking_id: int, package: PackageInfo, name: str, domestic: bool,
                leaves: datetime) -> None:
        comment = pair(self.rng.choice(words.REVIEW_COMMENTS))
        locale = "id" if domestic else "en"
        writer.add(Review.__table__, {
            "booking_id": booking_id, "package_id": package.id, "rating": self.rng.choice((3, 4, 4, 5, 5, 5)),
            "author_name": name, "origin_country": "ID" if domestic else None, "locale": locale,
            "comment": comment[locale], "visible": True,
            "created_at": min(self.now, leaves + timedelta(days=package.days + 2)),
        })

    def store_promo_uses(self, connection: sa.Connection) -> None:
        """`used_count` of each code: its bookings that use it (pending, confirmed, completed)."""
        table = PromoCode.__table__
        uses = [{"promo_id": id_, "uses": n} for id_, n in sorted(self.promo_uses.items())]
        if uses:
            connection.execute(
                table.update().where(table.c.id == sa.bindparam("promo_id")).values(used_count=sa.bindparam("uses")),
                uses,
            )
