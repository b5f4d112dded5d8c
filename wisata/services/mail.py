"""E-mail: rendered in the request, delivered by a job (see wisata/jobs.py).

`send_template` renders the message in the recipient's language and adds a "mail" job to
the current transaction, so a booking and its confirmation are committed together. The job
talks to the SMTP server; with no MAIL_SERVER configured, messages go to the log instead.
"""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app, render_template
from flask_babel import force_locale

from wisata import jobs


def one_line(text: str) -> str:
    """A header value: line breaks and runs of white space become one space."""
    return " ".join(str(text).split())


def send(to: list[str] | str, subject: str, text: str) -> None:
    """Queue one message in the current transaction."""
    recipients = [to] if isinstance(to, str) else list(to)
    if recipients:
        jobs.enqueue("mail", to=recipients, subject=one_line(subject), text=text)


def send_template(to: list[str] | str, template: str, locale: str, **context) -> None:
    """Render email/<template>.txt in `locale` and queue it; its first line is the subject."""
    with force_locale(locale):
        subject, _, text = render_template(f"email/{template}.txt", lang=locale, **context).partition("\n")
    send(to, subject, text.strip() + "\n")


@jobs.handler("mail")
def deliver(to: list[str], subject: str, text: str) -> None:
    """Hand one message to the SMTP server; raises if it cannot (the job is retried)."""
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_SENDER"]
    message["To"] = ", ".join(one_line(address) for address in to)
    message["Subject"] = one_line(subject)
    message["Message-ID"] = make_msgid(domain="wisata-malang-jambi.id")
    message.set_content(text)
    if not config.get("MAIL_SERVER"):
        current_app.logger.info("E-mail (not sent, no MAIL_SERVER) to %s: %s\n%s", to, subject, text)
        return
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=15) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)
