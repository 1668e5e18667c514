"""The "Tài nguyên số" section is this app's resource index."""

from wagtail import hooks

from portal.core.hooks import PORTAL_SECTION


@hooks.register(PORTAL_SECTION)
def claim_resources_section():
    return {"tai-nguyen": "resources.ResourceIndexPage"}
