"""Email addresses the user types (the author's, in Settings), checked by email-validator.

Syntax only, never a DNS look-up: BriefDesk works offline, and a desk's internal domain need not
resolve from where the brief is written.
"""

from __future__ import annotations


def email_problem(text: str) -> str:
    """Why ``text`` is not an email address, in one line; "" when it is one or is blank."""
    text = text.strip()
    if not text:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        return f"{text!r} is not an email address: {reason[:1].lower() + reason[1:]}."
    return ""


def normalized_email(text: str) -> str:
    """The address as email-validator normalises it (domain lower-cased); "" when blank or
    not an address (callers check :func:`email_problem` first)."""
    text = text.strip()
    if not text or email_problem(text):
        return ""
    from email_validator import validate_email

    return str(validate_email(text, check_deliverability=False).normalized)
