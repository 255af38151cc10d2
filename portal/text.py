"""Cleaning text that people type, before it is validated or stored."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode noncharacters
# U+FFFE/U+FFFF. Databases reject NUL, and none of these is ever meaningful in feedback.
_INVISIBLE_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(value: str | None) -> str:
    """Normalise line endings and Unicode form, drop control characters, trim the ends.

    Emoji and every script are kept as typed.
    """
    if not value:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text).strip()
