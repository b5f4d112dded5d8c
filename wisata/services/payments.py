"""How a booking is paid: a small interface, so a payment gateway can be added as a class.

Indonesian small operators take bank transfers (a unique amount, the booking code as the
reference) or cash at the meeting point; a gateway would be a third `PaymentOption` with
its own instructions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from flask import current_app
from flask_babel import gettext as _

from wisata.i18n import money
from wisata.models import Booking, Package, PaymentMethod


class Detail(NamedTuple):
    """One line of payment instructions; `copy` is what its copy button copies ("": none)."""

    label: str
    value: str
    copy: str = ""


@dataclass(frozen=True)
class Instructions:
    """What the traveller must do to pay, as labelled details and a closing sentence."""

    details: tuple[Detail, ...]
    note: str


class PaymentOption(ABC):
    method: PaymentMethod
    # Whether the hold ends (the seats stay booked until the trip) once the traveller
    # has confirmed the e-mail address, as when the money is only due at the trip.
    hold_ends_when_email_confirmed: bool = False
    # Whether the traveller says "I have paid" (with a receipt) for the partner to check.
    paid_by_traveller_claim: bool = False

    @abstractmethod
    def available_for(self, package: Package) -> bool:
        """Whether travellers may choose this way of paying for the package."""

    @abstractmethod
    def hold_time(self) -> timedelta:
        """How long an unpaid booking keeps its seats."""

    @abstractmethod
    def instructions(self, booking: Booking) -> Instructions:
        """What the traveller must do to pay."""


class BankTransfer(PaymentOption):
    """A transfer to the partner's account of the booking's unique amount (the total and a
    code of a few rupiah, see wisata.services.transfers), with the booking code as reference."""

    method = PaymentMethod.BANK_TRANSFER
    paid_by_traveller_claim = True

    def available_for(self, package: Package) -> bool:
        return True

    def hold_time(self) -> timedelta:
        return timedelta(minutes=current_app.config["BOOKING_HOLD_MINUTES"])

    def instructions(self, booking: Booking) -> Instructions:
        partner = booking.departure.package.organisation
        amount = booking.transfer_amount or booking.total
        return Instructions(
            details=(
                Detail(_("Bank"), partner.bank_name),
                Detail(_("Account number"), partner.bank_account_number, partner.bank_account_number),
                Detail(_("Account holder"), partner.bank_account_holder),
                Detail(_("Amount to transfer"), money(amount), str(amount)),
                Detail(_("Transfer reference"), booking.code, booking.code),
            ),
            note=_(
                "Transfer exactly this amount, to the last rupiah: the %(code)s added to the total "
                "tell the partner the money is yours. Write the booking code as the reference. "
                "The partner confirms your booking once the money has arrived.",
                code=money(amount - booking.total),
            ) if amount != booking.total else _(
                "Transfer the exact total and write the booking code as the reference. "
                "The partner confirms your booking once the money has arrived."
            ),
        )


class AtMeetingPoint(PaymentOption):
    """Cash at the trip: the seats are held like a transfer's until the traveller confirms
    the e-mail address, so nobody can hold seats for free with made-up addresses."""

    method = PaymentMethod.AT_MEETING_POINT
    hold_ends_when_email_confirmed = True

    def available_for(self, package: Package) -> bool:
        return package.pay_at_meeting_point

    def hold_time(self) -> timedelta:
        return timedelta(minutes=current_app.config["BOOKING_HOLD_MINUTES"])

    def instructions(self, booking: Booking) -> Instructions:
        return Instructions(
            details=(Detail(_("Booking code"), booking.code),),
            note=_("Pay the total in cash to the guide at the meeting point before the trip starts."),
        )


OPTIONS: dict[PaymentMethod, PaymentOption] = {
    option.method: option for option in (BankTransfer(), AtMeetingPoint())
}


def options_for(package: Package) -> list[PaymentOption]:
    return [option for option in OPTIONS.values() if option.available_for(package)]


def option(method: PaymentMethod) -> PaymentOption:
    return OPTIONS[method]
