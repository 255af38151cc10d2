"""Receipt codes and idempotency tokens, and the keyed hashes that are all we store of them.

A receipt code is derived from the form's idempotency token with a keyed HMAC, so a resent
form gets back exactly the receipt it was first given, although the code itself is never
stored: only a keyed hash of it, for looking a submission up when the person comes back.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# No pairs a child could misread or mistype: no 0/O, 1/I/L, 2/Z, 5/S, 6/G or 8/B.
RECEIPT_ALPHABET = "23456789ACDEFHJKMNPQRTUVWXY"
RECEIPT_LENGTH = 8
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")


def new_submission_token() -> str:
    """A random token that each new form carries, so a resend is recognised."""
    return secrets.token_urlsafe(24)


def is_valid_token(token: str) -> bool:
    return bool(TOKEN_PATTERN.fullmatch(token or ""))


def _keyed_digest(secret: str, purpose: str, value: str) -> bytes:
    return hmac.new(secret.encode(), f"{purpose}|{value}".encode(), hashlib.sha256).digest()


def receipt_code_for(secret: str, token: str) -> str:
    """The receipt code for a submission token, shown as two groups of four."""
    digest = _keyed_digest(secret, "receipt", token)
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(RECEIPT_LENGTH):
        number, index = divmod(number, len(RECEIPT_ALPHABET))
        chars.append(RECEIPT_ALPHABET[index])
    code = "".join(chars)
    return f"{code[:4]}-{code[4:]}"


def normalise_receipt_code(text: str) -> str:
    """Upper-case, drop spaces and dashes, and read the letters we never use as their digits."""
    cleaned = re.sub(r"[\s-]", "", text or "").upper()
    return cleaned.translate(str.maketrans({"Z": "2", "S": "5", "G": "6", "B": "8"}))


def receipt_hash(secret: str, code: str) -> str:
    return _keyed_digest(secret, "receipt-hash", normalise_receipt_code(code)).hex()


def token_hash(secret: str, token: str) -> str:
    return _keyed_digest(secret, "submission-token", token).hex()
