"""Signal receivers of the resources app.

The portal's default system links (portal.core.models.system_links) are created when a portal is
scaffolded or provisioned; they live in the core, the brief asked a feature app to connect them.
The district library's projection is declared in ``portal.resources.projection``.
"""

from django.dispatch import receiver

from portal.core.models.system_links import ensure_default_system_links
from tenants.signals import portal_provisioned, scaffold_portal


@receiver(scaffold_portal)
@receiver(portal_provisioned)
def create_default_system_links(sender, portal, **kwargs):
    ensure_default_system_links(portal)
