"""Signal receivers of the resources app.

- District resources are projected on publish and withdrawn on unpublish or delete
  (https://docs.wagtail.org/en/stable/reference/signals.html).
- The portal's default system links (portal.core.models.system_links) are created when a portal is
  scaffolded or provisioned; they live in the core, the brief asked a feature app to connect them.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from portal.core.models.system_links import ensure_default_system_links
from portal.resources import projection
from portal.resources.models import ResourcePage
from tenants.signals import portal_provisioned, scaffold_portal


@receiver(page_published, sender=ResourcePage)
def project_published_resource(sender, instance, **kwargs):
    projection.project(instance)


@receiver(page_unpublished, sender=ResourcePage)
def withdraw_unpublished_resource(sender, instance, **kwargs):
    projection.withdraw(instance.pk)


@receiver(post_delete, sender=ResourcePage)
def withdraw_deleted_resource(sender, instance, **kwargs):
    projection.withdraw(instance.pk)


@receiver(scaffold_portal)
@receiver(portal_provisioned)
def create_default_system_links(sender, portal, **kwargs):
    ensure_default_system_links(portal)
