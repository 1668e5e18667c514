"""Settings of the gunicorn instances of ``test_scale_out.py``: the browser tests' server settings
(a database named by ``PORTAL_E2E_DB``) answering the official ``.edu.vn`` names too."""

from tests.e2e.settings import *  # noqa: F403

ALLOWED_HOSTS = ALLOWED_HOSTS + [".edu.vn"]  # noqa: F405
