"""Settings shared by every environment.

Values that differ between machines come from the environment; the defaults here
are the ones a fresh checkout needs to run with SQLite and Celery in eager mode.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default=0):
    return int(os.environ.get(name, default))


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------
SECRET_KEY = env("SECRET_KEY", "insecure-local-key-do-not-use-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "rules.apps.AutodiscoverRulesConfig",
    # The portal's own apps; dependencies point down this list, never up.
    "portal",
    "country_pages",
    "article7",
    "ia_meetings",
    "partnerships",
    "meeting_reports",
    "committee",
    "api",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that may answer (CommonMiddleware's redirects): CORS
    # headers on the API's answers, errors included (CORS_URLS_REGEX).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware: the language comes from the
    # address (/fr/, /es/, /ar/; English has no prefix).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware has checked the host against ALLOWED_HOSTS.
    "portal.links.BaseUrlMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.RequireTwoFactorMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
AUTH_USER_MODEL = "portal.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# DATABASE_URL selects PostgreSQL (psycopg 3) in production and in CI's second run;
# without it a local SQLite file keeps the two-command start working.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# --- Cache and Celery -------------------------------------------------------
# One Redis serves as Celery broker and as the cache that allauth's rate limits and
# the anonymous page cache need to share across processes. While Redis is down the
# cache falls back to a table in the database (portal.cache.FailoverCache), so
# sign-in and public pages keep working.
REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis", "FALLBACK": "database"},
        },
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ia-portal",
            # Fail fast: a dead Redis must not hold a request for long.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        },
        "database": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ia-portal",
        }
    }

# Sessions are rows in the database, read through the cache when there is
# Redis: no web process keeps state of its own, so any replica behind the
# proxy can answer any request.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)

CELERY_BROKER_URL = REDIS_URL or "memory://"
# Results are only read by tests and tools; the portal keeps task state in its DB.
CELERY_RESULT_BACKEND = REDIS_URL or None
# Without a broker, tasks run in the web process at once so the demo needs nothing
# else running; with REDIS_URL they go to the workers.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 360
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A web request must not hang when the broker is down: fail fast and tell the user.
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 2, "interval_start": 0.2}
CELERY_TIMEZONE = "UTC"
# Celery beat (one `beat` service in docker-compose.yml, never the workers):
# work that waited for the broker or the mail server is handed over when they
# are back; expired sessions are deleted daily; meeting reminders go out
# hourly (each once: a unique row per reminder, so a second run or a second
# beat sends nothing twice).
CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {"task": "portal.outbox_sweep", "schedule": 60.0},
    # Report, dossier and Article 7 PDFs asked for while the broker was down.
    "documents-sweep": {"task": "portal.documents_sweep", "schedule": 60.0},
    "clear-expired-sessions": {
        "task": "portal.tasks.clear_expired_sessions",
        "schedule": 24 * 60 * 60,
    },
    "ia-meeting-reminders": {
        "task": "ia_meetings.send_reminders",
        "schedule": 60 * 60,
    },
    # Article 7 reports due or late: recorded per stage, so hourly runs send
    # each reminder once.
    "article7-reminders": {"task": "article7.send_reminders", "schedule": 60 * 60},
}

# --- Authentication (django-allauth) ----------------------------------------
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "portal:dashboard"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "portal.forms.SignupForm"}
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[IA Portal] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# ISU and committee accounts cannot switch their TOTP off (portal.adapters).
MFA_ADAPTER = "portal.adapters.MFAAdapter"
# Behind the reverse proxy every request comes from the proxy's address: trust
# that many proxies' X-Forwarded-For so that sign-in limits count each client
# (docker-compose.yml documents one proxy in front of the web service).
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("PORTAL_TRUSTED_PROXY_COUNT", 0)
MFA_TOTP_ISSUER = "IA Portal"
# Roles that must have TOTP before they can use the portal (RequireTwoFactorMiddleware).
PORTAL_MFA_REQUIRED_ROLES = ["isu", "committee"]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- E-mail -----------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "IA Portal <ia-portal@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ---------------------------------------------------
# English at today's addresses, the other languages of the Convention's work
# under a prefix (portal/urls.py). Catalogues live in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
]
# PORTAL_LOCALE_DIR lets tools/check_catalogues.py run makemessages on a copy.
LOCALE_PATHS = [Path(env("PORTAL_LOCALE_DIR", str(BASE_DIR / "locale")))]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Our corrections to Django's locale formats (portal/formats/<lang>/formats.py):
# Arabic numbers grouped, English dates as the Convention writes them.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Zurich"  # Geneva, where the ISU sits; stored values are UTC.
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files ----------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads live outside the code tree and are only ever served through views that
# check permissions, so MEDIA_URL is never routed directly.
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
MEDIA_URL = "/media-not-served/"


def file_storage() -> dict:
    """Where uploads and report PDFs go: the file system under MEDIA_ROOT, or,
    with S3_BUCKET set, S3-compatible object storage that every web and worker
    machine shares. The bucket stays private: files are only ever served by
    views that check permissions, reading them through the storage."""
    bucket = env("S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": env("S3_ENDPOINT_URL") or None,
            "region_name": env("S3_REGION") or None,
            "access_key": env("S3_ACCESS_KEY_ID") or None,
            "secret_key": env("S3_SECRET_ACCESS_KEY") or None,
            "location": env("S3_PREFIX", ""),
            "default_acl": None,
            "file_overwrite": False,
        },
    }


STORAGES = {
    "default": file_storage(),
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- Security headers -------------------------------------------------------
# The portal ships its own CSS and JS and loads nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Portal -----------------------------------------------------------------
PORTAL_NAME = "IA Portal"
PORTAL_DEMO = env_bool("PORTAL_DEMO", False)
# Links in e-mails start with this (portal.links.site_url). Set it wherever the
# portal is deployed; unset (development), links follow the address the request
# came to, and workers outside a request use http://127.0.0.1:8000.
PORTAL_BASE_URL = env("PORTAL_BASE_URL", "").rstrip("/")
# Anonymous readers get cached country pages; publishing drops the entry.
PORTAL_PAGE_CACHE_SECONDS = int(env("PORTAL_PAGE_CACHE_SECONDS", "600"))

# IA meetings: materials up to 20 MB (presentations with images); invitation
# answer links valid for 60 days, longer than any invitation is open.
IA_MATERIAL_MAX_BYTES = int(env("IA_MATERIAL_MAX_BYTES", str(20 * 1024 * 1024)))
IA_RESPONSE_LINK_DAYS = int(env("IA_RESPONSE_LINK_DAYS", "60"))
# Reminders (ia_meetings.services.reminders): how many days ahead those
# invited hear of the meeting, the State's focal points of an empty section
# II, and an action point's owner of its due date.
IA_REMINDER_DAYS_BEFORE = int(env("IA_REMINDER_DAYS_BEFORE", "7"))
IA_SECTION_II_REMINDER_DAYS = int(env("IA_SECTION_II_REMINDER_DAYS", "14"))
IA_ACTION_POINT_REMINDER_DAYS = int(env("IA_ACTION_POINT_REMINDER_DAYS", "7"))

# --- Open data API (/api/v1/, the api app) --------------------------------
# Read-only JSON for everyone; signed-in people (session or personal token)
# read what their role may. Errors are JSON with a `detail` and, for bad
# parameters, `errors` by parameter (api.errors).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.PersonalTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonymousThrottle",
        "api.throttling.SignedInThrottle",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# Rate limits count in the default cache, so every web process shares them
# (Redis, or the database table while Redis is down). "N/second|minute|hour|day".
API_ANON_RATE = env("API_ANON_RATE", "120/minute")
API_USER_RATE = env("API_USER_RATE", "600/minute")
# The largest page a list answers with (?page_size=); larger is refused (400).
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 200)
SPECTACULAR_SETTINGS = {
    "TITLE": "IA Portal open data API",
    "DESCRIPTION": (
        "Read-only open data of the Individualised Approach portal of the "
        "Anti-Personnel Mine Ban Convention: States Parties, published country "
        "pages, needs, IA meetings with their agenda and reports, partnerships "
        "with their commitments, and funding by donor and year. Anonymous "
        "readers see what the public may read; signed-in readers (session, or "
        "`Authorization: Token <key>`) what their role may read."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Several models have a `status` or a `kind`: name each set of choices.
    "ENUM_NAME_OVERRIDES": {
        "NeedStatusEnum": "country_pages.models.NeedStatus",
        "MeetingStatusEnum": "ia_meetings.models.MeetingStatus",
        "ActionPointStatusEnum": "ia_meetings.models.ActionPointStatus",
        "PartnershipStatusEnum": "partnerships.models.PartnershipStatus",
        "MeetingKindEnum": "ia_meetings.models.MeetingKind",
        "CommitmentKindEnum": "partnerships.models.CommitmentKind",
        "PartnerKindEnum": "partnerships.models.PartnerKind",
        "Article7ReportKindEnum": "article7.models.ReportKind",
        "Article7ReportStatusEnum": "article7.models.ReportStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.error_responses",
    ],
}
# Other sites' scripts may read the API (GET only, no cookies sent along).
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # WeasyPrint logs every page of every report at INFO: keep workers readable.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}
MFA_TOTP_TOLERANCE = 1  # one 30-second step either side, for clock drift
