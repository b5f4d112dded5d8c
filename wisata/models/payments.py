"""Money after booking: each payment received for a booking, and the refund paid back.

`Booking.amount_paid` is the sum of the booking's payments, kept by the same transaction
that adds one (wisata.services.money); `Booking.paid_at` is when that sum first reached
what the booking costs, so the figures that count paid bookings read one column.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wisata.models.base import Base, TimestampMixin, enum_column, utcnow
from wisata.models.bookings import PaymentMethod

if TYPE_CHECKING:
    from wisata.models.bookings import Booking
    from wisata.models.users import User


class Payment(Base):
    """Money received for a booking: how much, how, the payer's or bank's reference, who
    recorded it (None: recorded by the system, e.g. a gateway's notification), when."""

    __tablename__ = "payments"
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"), index=True)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    method: Mapped[PaymentMethod] = enum_column(PaymentMethod, "payment_method")
    reference: Mapped[str | None] = mapped_column(sa.String(100))
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)

    booking: Mapped[Booking] = relationship(back_populates="payments")
    recorded_by: Mapped[User | None] = relationship()


class Refund(Base):
    """The refund of a cancelled booking, once the partner has paid it back (at most one
    per booking: the database refuses a second)."""

    __tablename__ = "refunds"
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"), unique=True)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    reference: Mapped[str | None] = mapped_column(sa.String(100))
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    paid_at: Mapped[datetime] = mapped_column(default=utcnow)

    booking: Mapped[Booking] = relationship(back_populates="refund")
    recorded_by: Mapped[User | None] = relationship()


class TransferReceipt(Base):
    """The proof of transfer a traveller uploaded: a re-encoded image (WebP) or a PDF, kept in
    the database (never in the public media folder, and backed up with the bookings)."""

    __tablename__ = "transfer_receipts"
    __table_args__ = (
        sa.CheckConstraint("content_type IN ('image/webp', 'application/pdf')", name="content_type"),
        sa.CheckConstraint("size > 0", name="size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(40))
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)

    booking: Mapped[Booking] = relationship(back_populates="receipt")


class GatewayAccount(TimestampMixin, Base):
    """A partner's account with a payment gateway (Midtrans). The server key is stored
    encrypted (wisata.services.online_payments); the client key is public by design."""

    __tablename__ = "gateway_accounts"
    __table_args__ = (sa.CheckConstraint("provider IN ('midtrans')", name="provider"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id", ondelete="CASCADE"), unique=True)
    provider: Mapped[str] = mapped_column(sa.String(20), default="midtrans")
    server_key_encrypted: Mapped[str] = mapped_column(sa.Text)
    client_key: Mapped[str] = mapped_column(sa.String(100))
    production: Mapped[bool] = mapped_column(default=False)
    enabled: Mapped[bool] = mapped_column(default=True)


class GatewayCheckout(Base):
    """One "Pay online" of a booking: the order sent to the gateway, for how much, and the
    last status the gateway notified."""

    __tablename__ = "gateway_checkouts"
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[str] = mapped_column(sa.String(50), unique=True)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    redirect_url: Mapped[str] = mapped_column(sa.String(500))
    status: Mapped[str] = mapped_column(sa.String(20), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    booking: Mapped[Booking] = relationship()


class GatewayNotification(Base):
    """A notification handled, once: the same (order, transaction, status) again is a replay."""

    __tablename__ = "gateway_notifications"
    __table_args__ = (sa.UniqueConstraint("checkout_id", "transaction_id", "transaction_status",
                                          name="uq_gateway_notifications_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkout_id: Mapped[int] = mapped_column(sa.ForeignKey("gateway_checkouts.id", ondelete="CASCADE"))
    transaction_id: Mapped[str] = mapped_column(sa.String(100))
    transaction_status: Mapped[str] = mapped_column(sa.String(30))
    outcome: Mapped[str] = mapped_column(sa.String(20))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
