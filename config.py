"""Configuration classes, read from environment variables.

With nothing set, the app runs on a SQLite file in the instance folder and keeps a
generated secret key there, so a newcomer needs no set-up.
"""

import os
import secrets
from pathlib import Path


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value in (None, "") else value.lower() in ("1", "true", "yes", "on")


def instance_secret_key(instance_path: str) -> str:
    """Return the secret key kept in the instance folder, creating it on first use."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def normalise_database_url(url: str) -> str:
    """Make `postgres://` and `postgresql://` URLs use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = (
        normalise_database_url(os.environ["DATABASE_URL"]) if os.environ.get("DATABASE_URL") else None
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    # Waiting for a connection, and for one statement; a database that hangs must not
    # hang every worker with it (see wisata/database.py).
    DB_CONNECT_TIMEOUT = _env_int("DB_CONNECT_TIMEOUT", 5)
    DB_STATEMENT_TIMEOUT_MS = _env_int("DB_STATEMENT_TIMEOUT_MS", 15000)
    HEALTHZ_SLOW_MS = _env_int("HEALTHZ_SLOW_MS", 1000)
    REDIS_URL = os.environ.get("REDIS_URL")
    # The public address: host and scheme of every absolute link (e-mails, jobs, feeds),
    # whatever Host header a request brings.
    SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:5000")
    # How many proxies (nginx: 1) set X-Forwarded-For/-Proto/-Host in front of the app.
    TRUSTED_PROXIES = _env_int("TRUSTED_PROXIES", 0)
    # With no Redis and no worker, jobs run in the process right after the request.
    JOBS_INLINE = _env_flag("JOBS_INLINE", not os.environ.get("REDIS_URL"))

    BABEL_DEFAULT_LOCALE = "id"
    BABEL_DEFAULT_TIMEZONE = "Asia/Jakarta"
    LANGUAGES = ("id", "en")

    WTF_CSRF_TIME_LIMIT = 4 * 3600
    MAX_CONTENT_LENGTH = _env_int("MAX_CONTENT_LENGTH", 12 * 1024 * 1024)
    MEDIA_FOLDER = os.environ.get("MEDIA_FOLDER")  # defaults to <instance>/media
    # Encrypts the partners' payment gateway keys (wisata.services.online_payments); falls
    # back to SECRET_KEY. MIDTRANS_BASE_URL replaces Midtrans's address (tests only).
    PAYMENT_KEYS_SECRET = os.environ.get("PAYMENT_KEYS_SECRET")
    MIDTRANS_BASE_URL = None

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Secure cookies and HSTS follow SITE_URL (https); the variable forces them on.
    SESSION_COOKIE_SECURE = _env_flag("SESSION_COOKIE_SECURE", False)
    PERMANENT_SESSION_LIFETIME = _env_int("SESSION_LIFETIME_HOURS", 24 * 14) * 3600
    # "Keep me signed in": a fixed 30 days from sign-in, not renewed on each visit.
    REMEMBER_COOKIE_DURATION = _env_int("REMEMBER_COOKIE_DAYS", 30) * 24 * 3600
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # Lifetimes of the links the account pages e-mail, in seconds.
    EMAIL_VERIFY_MAX_AGE = 3 * 24 * 3600
    PASSWORD_RESET_MAX_AGE = 3600

    BOOKING_HOLD_MINUTES = _env_int("BOOKING_HOLD_MINUTES", 24 * 60)
    BOOKING_MAX_SEATS = _env_int("BOOKING_MAX_SEATS", 30)

    MAIL_SERVER = os.environ.get("MAIL_SERVER")  # unset: e-mails go to the log
    MAIL_PORT = _env_int("MAIL_PORT", 25)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "") == "1"
    MAIL_SENDER = os.environ.get("MAIL_SENDER", "Wisata Malang–Jambi <noreply@wisata-malang-jambi.id>")
    # Where the contact form sends, per region slug (the offices' public addresses; their
    # admins' own addresses stay private). "default" serves a region without an entry.
    CONTACT_EMAILS = {
        "malang": os.environ.get("CONTACT_EMAIL_MALANG", "kontak.malang@wisata-malang-jambi.id"),
        "jambi": os.environ.get("CONTACT_EMAIL_JAMBI", "kontak.jambi@wisata-malang-jambi.id"),
        "default": os.environ.get("CONTACT_EMAIL_DEFAULT", "kontak@wisata-malang-jambi.id"),
    }

    # Counters every worker shares: Redis when there is one, else the database.
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "wisata-sql://"

    # URLs in one sitemap file (the sitemaps.org limit); past it /sitemap.xml is an index.
    SITEMAP_URLS_PER_FILE = 50_000
    # Events in /events.atom and /events.ics (the latest changed, the soonest).
    FEED_EVENTS_LIMIT = 100

    # Compression (wisata/assets.py decides per response; pages with a CSRF token are not).
    COMPRESS_REGISTER = False
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_ALGORITHM_STREAMING = ["br", "gzip"]  # the sitemap is streamed
    COMPRESS_MIN_SIZE = 512
    COMPRESS_MIMETYPES = [
        "text/html", "text/css", "text/plain", "text/csv", "text/calendar", "text/javascript",
        "application/javascript", "application/json", "application/xml", "application/atom+xml",
        "image/svg+xml",
    ]
    RATELIMIT_HEADERS_ENABLED = True
    # A counter store that is down must not take the site down with it.
    RATELIMIT_SWALLOW_ERRORS = True

    # Anonymous public pages and common fragments (wisata/cache.py): in each process, or in
    # Redis shared by every worker; invalidated by the commits that change what they show.
    PAGE_CACHE_ENABLED = _env_flag("PAGE_CACHE_ENABLED", True)
    PAGE_CACHE_SECONDS = _env_int("PAGE_CACHE_SECONDS", 300)  # the longest a page may live
    # How long each process trusts the version it last read: a cached page then costs no
    # database round trip, and another process's change shows within this time.
    PAGE_CACHE_VERSION_SECONDS = _env_int("PAGE_CACHE_VERSION_SECONDS", 1)
    CACHE_TYPE = "RedisCache" if os.environ.get("REDIS_URL") else "SimpleCache"
    CACHE_REDIS_URL = os.environ.get("REDIS_URL")
    CACHE_DEFAULT_TIMEOUT = PAGE_CACHE_SECONDS
    CACHE_THRESHOLD = _env_int("PAGE_CACHE_ENTRIES", 1000)  # per process, with SimpleCache
    # The offices' figures are counted again at most this often (the page says when they were
    # counted and offers "count again now"): a year of a large catalogue takes about a second.
    FIGURES_CACHE_SECONDS = _env_int("FIGURES_CACHE_SECONDS", 300)


class ProductionConfig(Config):
    """`WISATA_ENV=production`: refuses to start without a secret key and the site's URL."""

    REQUIRED = ("SECRET_KEY", "SITE_URL")
    SITE_URL = os.environ.get("SITE_URL")
    JOBS_INLINE = _env_flag("JOBS_INLINE", False)


class TestConfig(Config):
    TESTING = True
    SECRET_KEY = "test-secret"
    WTF_CSRF_ENABLED = False
    RATELIMIT_ENABLED = False
    MAIL_SERVER = None
    SQLALCHEMY_DATABASE_URI = None
    # argon2id at its smallest cost: the same algorithm and code path, microseconds per hash.
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST = 8  # KiB
    ARGON2_PARALLELISM = 1
    SITE_URL = "http://wisata.test"
    REDIS_URL = None
    JOBS_INLINE = True
    # The page cache stays on, so every test exercises it; in this process only.
    CACHE_TYPE = "SimpleCache"
    CACHE_REDIS_URL = None
    FIGURES_CACHE_SECONDS = 0  # counted on every request, unless a test turns it on
    PAGE_CACHE_VERSION_SECONDS = 0  # read on every request, unless a test turns it on


def config_for_environment() -> type[Config]:
    return ProductionConfig if os.environ.get("WISATA_ENV") == "production" else Config
