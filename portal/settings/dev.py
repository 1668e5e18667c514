"""Local development: ``make run``. Never used in production."""

from portal.settings.base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"  # noqa: F405  # nosec B105
PORTAL_DEV_PORT = PORTAL_DEV_PORT or "8000"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS + ["127.0.0.1"]  # noqa: F405
# The demo content and seed_demo (its PDFs use fpdf2 and font-roboto, runtime dependencies since the disclosure export).
INSTALLED_APPS = INSTALLED_APPS + ["demo"]  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A school's worker may fetch the district feed from the dev server itself (portal.feeds).
_FEED_DEV_HOSTS = ("tptdm.localhost", "127.0.0.1", "localhost")
FEEDS_ALLOWED_PRIVATE_HOSTS = [f"{host}:{PORTAL_DEV_PORT}" for host in _FEED_DEV_HOSTS]
