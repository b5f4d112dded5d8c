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
from markupsafe import Markup

from wisata.i18n import money
from wisata.models import Booking, Package, PaymentMethod
from wisata.services import qris


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
    # A code to scan (inline SVG), e.g. the booking's dynamic QRIS.
    qr_svg: Markup | None = None


class PaymentOption(ABC):
    method: PaymentMethod
    # Whether the hold ends (the seats stay booked until the trip) once the traveller
    # has confirmed the e-mail address, as when the money is only due at the trip.
    hold_ends_when_email_confirmed: bool = False
    # Whether the traveller says "I have paid" (with a receipt) for the partner to check.
    paid_by_traveller_claim: bool = False
    # Whether the booking asks for its own amount (the total and a few rupiah), so the
    # partner recognises the payment by its amount (wisata.services.transfers).
    unique_amount: bool = False

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
    unique_amount = True

    def available_for(self, package: Package) -> bool:
        return True

    def hold_time(self) -> timedelta:
        return timedelta(minutes=current_app.config["BOOKING_HOLD_MINUTES"])

    def instructions(self, booking: Booking) -> Instructions:
        from wisata.services import money as ledger_of_money  # it imports this module

        partner = booking.departure.package.organisation
        amount = ledger_of_money.due_now(booking) or ledger_of_money.amount_due(booking)
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
                code=money(booking.transfer_amount - booking.total),
            ) if booking.transfer_amount else _(
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


class QrisPayment(PaymentOption):
    """The partner's own QRIS, made dynamic for the booking's exact amount: the traveller
    scans it with any Indonesian banking or e-wallet app, then says "I have paid"; the
    partner sees the money in its QRIS merchant app and confirms."""

    method = PaymentMethod.QRIS
    paid_by_traveller_claim = True
    unique_amount = True

    def available_for(self, package: Package) -> bool:
        return bool(package.organisation.qris_payload) and package.qris_enabled

    def hold_time(self) -> timedelta:
        return timedelta(minutes=current_app.config["BOOKING_HOLD_MINUTES"])

    def instructions(self, booking: Booking) -> Instructions:
        from wisata.services import money as ledger_of_money  # it imports this module

        partner = booking.departure.package.organisation
        amount = ledger_of_money.due_now(booking) or ledger_of_money.amount_due(booking)
        details = [Detail(_("Amount"), money(amount), str(amount)), Detail(_("Booking code"), booking.code, booking.code)]
        if not partner.qris_payload:  # the partner removed its QRIS after the booking
            return Instructions(details=tuple(details), note=_(
                "The organiser no longer takes QRIS payments. Please contact them to pay another way."))
        static = qris.parse_static(partner.qris_payload)
        details.insert(0, Detail(_("Paid to"), f"{static.merchant_name}, {static.merchant_city}"))
        return Instructions(
            details=tuple(details),
            note=_("Scan the QRIS code with any Indonesian banking or e-wallet app: the amount is filled "
                   "in. After paying, press “I have paid” so the organiser confirms your booking."),
            qr_svg=qris.svg(qris.dynamic_payload(partner.qris_payload, amount),
                            title=_("QRIS code to pay %(amount)s to %(name)s", amount=money(amount),
                                    name=static.merchant_name)),
        )


class OnlinePayment(PaymentOption):
    """The partner's payment gateway (Midtrans): virtual accounts, QRIS and e-wallets on the
    gateway's hosted page; its notification confirms the booking at once."""

    method = PaymentMethod.ONLINE

    def available_for(self, package: Package) -> bool:
        from wisata.services import online_payments  # it imports the payment options

        return online_payments.takes_online_payments(package.organisation_id)

    def hold_time(self) -> timedelta:
        return timedelta(minutes=current_app.config["BOOKING_HOLD_MINUTES"])

    def instructions(self, booking: Booking) -> Instructions:
        from wisata.services import money as ledger_of_money  # it imports this module

        amount = ledger_of_money.due_now(booking) or ledger_of_money.amount_due(booking)
        return Instructions(
            details=(Detail(_("Amount"), money(amount)), Detail(_("Booking code"), booking.code)),
            note=_("Press “Pay online” to pay on the secure page of Midtrans, the organiser's payment "
                   "provider, by virtual account, QRIS or e-wallet. Your booking is confirmed as soon as "
                   "the payment arrives."),
        )


OPTIONS: dict[PaymentMethod, PaymentOption] = {
    option.method: option for option in (BankTransfer(), QrisPayment(), OnlinePayment(), AtMeetingPoint())
}


def options_for(package: Package) -> list[PaymentOption]:
    return [option for option in OPTIONS.values() if option.available_for(package)]


def option(method: PaymentMethod) -> PaymentOption:
    return OPTIONS[method]
