"""Production: every secret comes from the environment, no defaults.

``python manage.py check --deploy`` passes with DJANGO_SECRET_KEY, DATABASE_URL and
ALLOWED_HOSTS set. https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

import os

from portal.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# Every portal lives under PORTAL_DOMAIN_SUFFIX; the tenant middleware answers 404 to unknown hosts.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [f".{PORTAL_DOMAIN_SUFFIX}"])  # noqa: F405
PORTAL_URL_SCHEME = os.environ.get("PORTAL_URL_SCHEME", "https")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# Cookies only over HTTPS; `make serve` (plain http on *.localhost, for measuring) turns this off.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Persistent connections: a new PostgreSQL connection per request cost about a third of an uncached page
# (docs/benchmarks.md, "Serving"). Checked before reuse (CONN_HEALTH_CHECKS, embedded_db.py), so a
# restarted database is reconnected silently; gunicorn's max_requests recycles workers (and backends).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# X_FRAME_OPTIONS stays SAMEORIGIN (base.py): Wagtail's preview frames the page inside the admin on the
# same host, and CSP frame-ancestors 'self' (portal.core.csp) already forbids any other framing.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
