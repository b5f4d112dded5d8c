"""Password hashing with argon2id, rehashed at sign-in when the parameters change.

The cost parameters come from the app config (`ARGON2_TIME_COST`, `ARGON2_MEMORY_COST` in
KiB, `ARGON2_PARALLELISM`); unset, they are argon2-cffi's defaults (RFC 9106's low-memory
profile), which production keeps. The tests set cheap ones: each hash there costs well under
a millisecond instead of about fifty, with the same algorithm and the same code path.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app, has_app_context

_DEFAULTS = PasswordHasher()


@cache
def _hasher_with(time_cost: int, memory_cost: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


def hasher() -> PasswordHasher:
    """The hasher with the configured parameters."""
    config = current_app.config if has_app_context() else {}
    return _hasher_with(
        int(config.get("ARGON2_TIME_COST") or _DEFAULTS.time_cost),
        int(config.get("ARGON2_MEMORY_COST") or _DEFAULTS.memory_cost),
        int(config.get("ARGON2_PARALLELISM") or _DEFAULTS.parallelism),
    )


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        # The parameters are read from the hash itself, so older hashes still verify.
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return hasher().check_needs_rehash(password_hash)
