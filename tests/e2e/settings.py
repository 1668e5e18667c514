"""Settings of the real server the browser tests start (``tests/e2e/server.py``).

The test settings, on a database of its own (``PORTAL_E2E_DB``) so the browser
tests never touch the pytest database or the development one, with the port
the server listens on as ``PORTAL_DEV_PORT`` so absolute links carry it.
DEBUG stays off: whitenoise (``WHITENOISE_USE_FINDERS``) serves the static files
as it would in production.
"""

import os

from portal.settings.test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["PORTAL_E2E_DB"]  # noqa: F405
PORTAL_DEV_PORT = os.environ.get("PORTAL_DEV_PORT", "")
ALLOWED_HOSTS = [".localhost", "localhost", "127.0.0.1"]
PORTAL_PAGE_CACHE = True  # as in production: the journeys prove that publishing purges it
PORTAL_FRAGMENT_CACHE = True
