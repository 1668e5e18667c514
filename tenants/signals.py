"""Signals through which feature apps shape a portal without ``tenants`` importing them.

Both are sent inside the portal's own schema (``tenant_context``).
"""

from django.dispatch import Signal

# Sent for the template schema and for every existing portal by ``setup_portals``:
# receivers create whatever a portal must have (idempotently). kwargs: portal.
scaffold_portal = Signal()

# Sent once right after a portal was cloned from the template, or renamed:
# receivers adapt cloned data to this portal (Site hostname, home title...). kwargs: portal.
portal_provisioned = Signal()
