"""The "Giới thiệu" section is this app's organization page; its leaders' contacts open the home page."""

from wagtail import hooks

from portal.core.hooks import HOME_BOX, PORTAL_SECTION, HomeBox


@hooks.register(PORTAL_SECTION)
def claim_introduction_section():
    return {"gioi-thieu": "organization.OrganizationPage"}


@hooks.register(HOME_BOX)
def contact_box(page, request):
    """The head's phone and mailbox right under the welcome, where a parent looks first (issue 22)."""
    return HomeBox("organization/includes/home_contact.html", order=50)
