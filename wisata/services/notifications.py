"""Messages about bookings: to the traveller in the booking's language, to the partners."""

from __future__ import annotations

from flask import url_for

from wisata.models import Booking, Payment, Refund
from wisata.services import access, mail, money, payments


def _links(booking: Booking) -> dict:
    from wisata.services import booking as booking_service

    token = access.booking_token(booking)
    links = {
        "booking_link": url_for("public.booking", lang=booking.locale, code=booking.code, t=token, _external=True),
        "voucher_link": url_for("public.voucher", lang=booking.locale, code=booking.code, t=token, _external=True),
        "keep_seats_link": None,
    }
    if booking_service.awaits_email_confirmation(booking):
        # Sent only to the booking's address: opening it confirms that address.
        links["keep_seats_link"] = url_for("public.keep_seats", lang=booking.locale, code=booking.code,
                                           t=booking_service.keep_seats_token(booking), _external=True)
    return links


def _partner_emails(booking: Booking) -> list[str]:
    package = booking.departure.package
    organisations = [package.organisation, package.co_provider]
    return [o.email for o in organisations if o is not None]


def booking_created(booking: Booking) -> None:
    """Confirmation to the traveller, with payment instructions; a notice to the partner(s)."""
    instructions = payments.option(booking.payment_method).instructions(booking)
    mail.send_template(booking.contact_email, "booking_created", booking.locale, booking=booking,
                       instructions=instructions, voucher_ready=money.voucher_ready(booking), **_links(booking))
    mail.send_template(_partner_emails(booking), "partner_new_booking", "id", booking=booking)


def booking_cancelled(booking: Booking, by_partner: bool) -> None:
    mail.send_template(booking.contact_email, "booking_cancelled", booking.locale,
                       booking=booking, by_partner=by_partner, **_links(booking))
    if not by_partner:
        mail.send_template(_partner_emails(booking), "partner_booking_cancelled", "id", booking=booking)


def payment_confirmed(booking: Booking, payment: Payment) -> None:
    """To the traveller: the money arrived, the booking is confirmed, here is the voucher."""
    mail.send_template(booking.contact_email, "payment_confirmed", booking.locale, booking=booking,
                       payment=payment, balance=money.outstanding(booking), **_links(booking))


def refund_paid(booking: Booking, refund: Refund) -> None:
    mail.send_template(booking.contact_email, "refund_paid", booking.locale, booking=booking,
                       refund=refund, **_links(booking))


def payment_claimed(booking: Booking, first: bool) -> None:
    """To the provider: the traveller says the money is sent (again: a receipt was added)."""
    organisation = booking.departure.package.organisation
    link = url_for("partner.booking_detail", lang=organisation.locale, code=booking.code, _external=True)
    mail.send_template(organisation.email, "partner_payment_claimed", organisation.locale, booking=booking,
                       amount=money.amount_due(booking), first=first, portal_link=link)


def balance_due(booking: Booking, balance: int) -> None:
    """To the traveller, once, a few days before the balance after a deposit is due."""
    instructions = payments.option(booking.payment_method).instructions(booking)
    mail.send_template(booking.contact_email, "balance_due", booking.locale, booking=booking, balance=balance,
                       instructions=instructions, **_links(booking))


def balance_overdue(booking: Booking) -> None:
    """The balance was not paid in time and the booking is cancelled: to the traveller and
    the partner(s)."""
    mail.send_template(booking.contact_email, "balance_overdue", booking.locale, booking=booking, **_links(booking))
    mail.send_template(_partner_emails(booking), "partner_balance_overdue", "id", booking=booking)
