"""Case- and accent-insensitive search over content in every language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, accents stripped, punctuation folded to single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def search_words(query: str, limit: int = 8) -> list[str]:
    """The words of a search query, normalised, at most `limit` of them."""
    return [w for w in normalise(query).split() if w][:limit]


def document(*fields: Mapping[str, str] | str | None, extra: Iterable[str] = ()) -> str:
    """The search text of an object: every language of every field, normalised."""
    parts: list[str] = []
    for field in fields:
        if isinstance(field, Mapping):
            parts.extend(field.values())
        elif field:
            parts.append(field)
    parts.extend(extra)
    return " " + normalise(" ".join(parts)) + " "
