"""The "Giới thiệu" section is this app's organization page."""

from wagtail import hooks

from portal.core.hooks import PORTAL_SECTION


@hooks.register(PORTAL_SECTION)
def claim_introduction_section():
    return {"gioi-thieu": "organization.OrganizationPage"}
