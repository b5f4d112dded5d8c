"""E-mail through SMTP; with no MAIL_SERVER configured, messages go to the log instead."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app, render_template
from flask_babel import force_locale


def send(to: list[str] | str, subject: str, text: str) -> bool:
    """Send one message; returns False (and logs) if the mail server refused it."""
    recipients = [to] if isinstance(to, str) else list(to)
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_SENDER"]
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="wisata-malang-jambi.id")
    message.set_content(text)
    if not config.get("MAIL_SERVER"):
        current_app.logger.info("E-mail (not sent, no MAIL_SERVER) to %s: %s\n%s", recipients, subject, text)
        return True
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=15) as smtp:
            if config.get("MAIL_USE_TLS"):
                smtp.starttls()
            if config.get("MAIL_USERNAME"):
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        current_app.logger.exception("could not send e-mail %r to %s", subject, recipients)
        return False
    return True


def send_template(to: list[str] | str, template: str, locale: str, **context) -> bool:
    """Render email/<template>.txt in `locale` and send it; its first line is the subject."""
    with force_locale(locale):
        subject, _, text = render_template(f"email/{template}.txt", lang=locale, **context).partition("\n")
    return send(to, subject.strip(), text.strip() + "\n")
