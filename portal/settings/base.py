"""Settings shared by every environment; configured from the environment.

Tenancy follows django-tenants (https://django-tenants.readthedocs.io/): the
public schema holds only the portal registry and cross-portal projections,
every portal (district and schools) has its own schema with Wagtail, users,
sessions and media. See docs/architecture.md for the pitfalls this file
guards against (cache keys, media, tasks, search).
"""

import os
from datetime import timedelta
from pathlib import Path

from portal.settings.embedded_db import configured_database

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env_list(name, default):
    """Comma-separated environment variable as a list of stripped, non-empty items."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


# --- Portal domain settings: the supervising body is data, these are its defaults ---
PORTAL_CITY_CODE = os.environ.get("PORTAL_CITY_CODE", "tdm")
# Place names of the default issuing bodies (UBND, Sở GD&ĐT, Phòng GD&ĐT...): documents.models.issuers.
PORTAL_PROVINCE_NAME = os.environ.get("PORTAL_PROVINCE_NAME", "tỉnh Bình Dương")
PORTAL_CITY_NAME = os.environ.get("PORTAL_CITY_NAME", "thành phố Thủ Dầu Một")
PORTAL_DOMAIN_SUFFIX = os.environ.get("PORTAL_DOMAIN_SUFFIX", "edu.vn")
PORTAL_DEV_DOMAIN_SUFFIX = "localhost"
PORTAL_TEMPLATE_SCHEMA = "tenant_template"
OFFICIAL_EMAIL_DOMAINS = env_list("OFFICIAL_EMAIL_DOMAINS", ["moet.edu.vn", "sgdbinhduong.edu.vn", "ptdm.edu.vn"])
# Defaults of the supervising body's mail system until its district edits them (mailaccounts.MailService);
# the mail domain is always accepted as official too (tenants.validators.official_domains).
PORTAL_MAIL_DOMAIN = os.environ.get("PORTAL_MAIL_DOMAIN", "ptdm.edu.vn")
PORTAL_MAIL_ADDRESS_PATTERN = os.environ.get("PORTAL_MAIL_ADDRESS_PATTERN", "{user}.{school}")
# Rounds of SHA512-CRYPT for the Dovecot passwd-file (mailaccounts.passwords); Dovecot's own default is 5000.
MAILACCOUNTS_HASH_ROUNDS = int(os.environ.get("MAILACCOUNTS_HASH_ROUNDS", "100000"))
PORTAL_DEV_PORT = os.environ.get("PORTAL_DEV_PORT", "")
# Scheme of every absolute URL the portals publish (Sites, canonical, Open Graph, RSS, e-mails);
# production settings make it https.
PORTAL_URL_SCHEME = os.environ.get("PORTAL_URL_SCHEME", "http")

# --- Apps ---
SHARED_APPS = [
    "django_tenants",
    "tenants",
    "portal.search",
    "documents_public",
    # Public schema only: the district approves every school's list and exports them in one query.
    "mailaccounts",
    # Public schema only: the district's monitoring (score rules, monthly history, alerts, report requests).
    "monitoring",
    "portal.workdays",
    # Operations: /healthz, /metrics, the TLS "ask" endpoint, the worker's heartbeat, upgrade progress.
    "portal.ops",
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
]

TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "portal.core",
    "portal.personal_data",
    "portal.news",
    "portal.organization",
    "portal.enrollment",
    "portal.yearbook",
    "portal.resources",
    "portal.articles",
    "portal.feeds",
    "documents",
    "procedures",
    "disclosure",
    "portal.editorial",
    # Two-factor login (portal.editorial.twofactor): devices live next to each portal's users.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "portal.gallery",
    "portal.polls",
    "portal.timetables",
    "portal.visits",
    "portal.contact",
    "portal.banners",
    # Composition root of the NukeViet importer: its mapping table lives in each portal's schema.
    "nukeviet_import",
    "haystack",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
]

INSTALLED_APPS = SHARED_APPS + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Portal"
TENANT_DOMAIN_MODEL = "tenants.Domain"
# One `SET search_path` per connection and tenant instead of one before every query (half the round trips
# of a page). django-tenants forgets the path on rollback and on set_tenant, so a request never runs in
# the previous request's schema (tests/tenants: two-school isolation).
TENANT_LIMIT_SET_CALLS = True
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]

MIDDLEWARE = [
    # Prometheus request counts and latency (only with PORTAL_METRICS_ENABLED; portal.ops.metrics).
    "portal.ops.metrics.RequestMetricsMiddleware",
    # /healthz, /metrics and the TLS "ask" endpoint: before the host routing and the https redirect,
    # so they answer on the internal host over plain http too (portal.ops.endpoints).
    "portal.ops.endpoints.OperationsMiddleware",
    # First, so that every answer, the tenant middleware's own 404/503/400/301 included, gets HSTS,
    # nosniff and the referrer policy, and http is redirected to https before anything else runs.
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every answer, the tenant middleware's own included (portal.core.csp).
    "portal.core.csp.PortalCSPMiddleware",
    "tenants.middleware.PortalTenantMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the per-portal cache before sessions, auth and Wagtail run (portal.core.page_cache).
    "portal.core.page_cache.PageCacheMiddleware",
    # PostgreSQL unreachable (restart, failover): the Vietnamese 503 page, never a 500 (portal.core.outage).
    "portal.core.outage.DatabaseOutageMiddleware",
    # The Site and home page from the per-portal fragment cache (portal.core.fragments).
    "portal.core.fragments.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "tenants.first_login.FirstPasswordMiddleware",
    # After the first-password check: the admin needs the second factor (portal.editorial.twofactor).
    "portal.editorial.twofactor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into portal.core.lockout's page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.core.context_processors.portal",
            ],
        },
    },
]

# --- Database: DATABASE_URL, or the embedded server for dev and tests ---
DATABASES = {"default": configured_database(BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: every key carries the schema (docs/architecture.md, pitfall 1) ---
_CACHE_BACKEND = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
)
# Stamps and the page cache shared by every worker: in Redis when there is one, else files (tenants.stamps).
PORTAL_SHARED_CACHE = bool(os.environ.get("REDIS_URL"))
PORTAL_STATE_DIR = Path(os.environ.get("PORTAL_STATE_DIR", BASE_DIR / "var" / "state"))
PORTAL_PAGE_CACHE = os.environ.get("PORTAL_PAGE_CACHE", "1") != "0"
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "600"))
# Menu, header, footer and home-page boxes cached per portal stamp for every visitor (portal.core.fragments).
PORTAL_FRAGMENT_CACHE = os.environ.get("PORTAL_FRAGMENT_CACHE", "1") != "0"
# A kept database connection is closed after serving this many schemas (tenants.connections): each
# schema served leaves about 0.65 MB of catalog caches in its PostgreSQL backend.
PORTAL_CONN_MAX_SCHEMAS = int(os.environ.get("PORTAL_CONN_MAX_SCHEMAS", "50"))
# Rows the public sends and never sees again on a page: storing one must not purge the portal's cached
# pages (tenants.stamps), or every contact message would empty the cache of its school.
PORTAL_STAMP_IGNORED_MODELS = [
    "contact.contactmessage",
    "personal_data.datasubjectrequest",
    "personal_data.consentrecord",
    "procedures.onlineformsubmission",
    "procedures.admissionapplication",
]
CACHES = {
    alias: {
        **_CACHE_BACKEND,
        "LOCATION": _CACHE_BACKEND.get("LOCATION", alias),
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    }
    for alias in ("default", "renditions")
}
# Whole pages: read before a schema is selected (portal.core.page_cache), so the keys name the schema
# themselves instead of taking the connection's; a page of one school is never under another's key.
CACHES["pages"] = {
    **_CACHE_BACKEND,
    "LOCATION": _CACHE_BACKEND.get("LOCATION", "pages"),
    "KEY_PREFIX": "portal",
    "OPTIONS": {"MAX_ENTRIES": 2000} if "LocMem" in _CACHE_BACKEND["BACKEND"] else {},
}
if "LocMem" in _CACHE_BACKEND["BACKEND"]:  # fragments and host lookups of every school (300 by default)
    CACHES["default"]["OPTIONS"] = {"MAX_ENTRIES": 5000}
# Several app servers (docs/deploy.md, scale-out): with Redis, sessions live in the shared cache (keys
# carry the schema, so a session of one portal is unknown to another); else in each portal's database.
if os.environ.get("REDIS_URL"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

# --- Logins: lockout per portal (axes tables are per schema), per user name and per address ---
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out request before the password check
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# Two independent counters: one user name from any address, and one address trying any user names.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.core.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.core.lockout.client_ip"
AXES_VERBOSE = False
# Every failed login and whether it locked the account, per schema: the district's monitoring snapshots
# them (monitoring.health), since a lockout row (AccessAttempt) disappears at the next success.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Reverse proxies in front of the app (production: the TLS terminator), to read X-Forwarded-For.
PORTAL_TRUSTED_PROXIES = int(os.environ.get("PORTAL_TRUSTED_PROXIES", "0"))
# Sessions end after a working day without activity (each request pushes the expiry forward).
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True

# Two-factor login is required for superusers, board heads, administrators and district staff
# (portal.editorial.roles); the test settings turn the requirement off for force-logged test accounts.
PORTAL_TWO_FACTOR_REQUIRED = env_bool("PORTAL_TWO_FACTOR_REQUIRED", True)


def _otp_issuer(device):
    """The name an authenticator app shows: the portal's domain, so two schools' "admin" differ."""
    from django.db import connection

    tenant = getattr(connection, "tenant", None)
    return getattr(tenant, "primary_hostname", "") or "Cổng thông tin điện tử"


OTP_TOTP_ISSUER = _otp_issuer

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Vietnamese, dd/mm/yyyy, Asia/Ho_Chi_Minh ---
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# --- Static and media (media per tenant, docs/architecture.md, pitfall 8) ---
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    # The tenant storage that removes a half-written upload when the disk is full (portal.core.storage).
    "default": {"BACKEND": "portal.core.storage.PortalFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---
WAGTAIL_SITE_NAME = "Cổng thông tin điện tử"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://tptdm.localhost:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx", "csv", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.core.image_forms.PortalImageForm"  # a description (alt text) is required
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it breaks on a closed network and leaks a hash of each user's e-mail.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_WORKFLOW_ENABLED = True
# No autosave: it created hidden draft pages as soon as a title was typed (a second attempt then
# clashed on the slug), filled histories with "Đã lưu bản nháp", and made an approver's own autosave
# look like someone else's newer revision ("... sẽ bị ghi đè"). Editors save with the buttons.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Wagtail 8 background tasks carry no schema: run them in the request (pitfall 3).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Search: one Whoosh index folder per portal under SEARCH_ROOT ---
SEARCH_ROOT = Path(os.environ.get("SEARCH_ROOT", BASE_DIR / "var" / "search"))
HAYSTACK_CONNECTIONS = {
    # SEARCH_ROOT/<schema>/ chosen from the connection's schema on each use (portal.search.backend).
    "default": {"ENGINE": "portal.search.backend.TenantWhooshEngine"},
}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
# Feeds: "host:port" exempt from the fetcher's private-address check (dev only; see portal.feeds).
FEEDS_ALLOWED_PRIVATE_HOSTS = env_list("FEEDS_ALLOWED_PRIVATE_HOSTS", [])

# --- Security defaults (production tightens) ---
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [f".{PORTAL_DOMAIN_SUFFIX}", ".localhost", "localhost"])
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# SAMEORIGIN, not DENY: Wagtail's live preview shows the page in an iframe of the admin, on the same
# host. CSP frame-ancestors 'self' says the same to current browsers; X-Frame-Options covers old ones.
# (production silences the deploy check security.W019 for this reason.)
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Content-Security-Policy (django-csp 4, portal.core.csp) ---
# Video players editors may embed (rich text "embed"); everything else comes from the portal itself.
PORTAL_CSP_FRAME_SOURCES = env_list(
    "PORTAL_CSP_FRAME_SOURCES",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
# Uploaded videos of the gallery (portal.gallery.models.videos): larger ones go to YouTube/Vimeo as embeds.
GALLERY_VIDEO_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
_CSP_COMMON = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'self'"],  # the inline PDF of a legal document (<object data=".../xem/<id>/">)
    "frame-src": ["'self'", *PORTAL_CSP_FRAME_SOURCES],
    "frame-ancestors": ["'self'"],  # Wagtail preview iframe; nobody else may frame a portal
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**_CSP_COMMON, "script-src": ["'self'"], "style-src": ["'self'"]},
}
# Wagtail's admin writes inline <script> and style attributes: those two directives allow inline there.
PORTAL_ADMIN_CSP_DIRECTIVES = {
    **_CSP_COMMON,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "worker-src": ["'self'", "blob:"],
}

# --- Operations (portal.ops; every variable is described in deploy/school-portal.env) ---
# Hosts on which /healthz and the TLS "ask" endpoint answer besides the portals' own domains.
PORTAL_INTERNAL_HOSTS = env_list("PORTAL_INTERNAL_HOSTS", ["127.0.0.1", "localhost", "::1"])
PORTAL_HEALTH_WORKER_MAX_AGE = int(os.environ.get("PORTAL_HEALTH_WORKER_MAX_AGE", "5"))  # minutes
PORTAL_HEALTH_FEEDS_MAX_AGE = int(os.environ.get("PORTAL_HEALTH_FEEDS_MAX_AGE", "15"))  # minutes
PORTAL_METRICS_ENABLED = env_bool("PORTAL_METRICS_ENABLED", False)
PORTAL_METRICS_ALLOWED_IPS = env_list("PORTAL_METRICS_ALLOWED_IPS", ["127.0.0.1", "::1"])
PORTAL_METRICS_TOKEN = os.environ.get("PORTAL_METRICS_TOKEN", "")
# Where upgrade_portals asks backup_portal to write its archives.
PORTAL_BACKUP_DIR = Path(os.environ.get("PORTAL_BACKUP_DIR", BASE_DIR / "var" / "backups"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"portal": {"level": "INFO"}, "tenants": {"level": "INFO"}},
}
