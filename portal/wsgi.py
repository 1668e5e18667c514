"""WSGI entry point; run under gunicorn *sync* workers.

The ContentType cache is per process, shared by threads (docs/architecture.md, pitfall 4).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()
