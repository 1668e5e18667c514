from portal.core.models.base import BasePage, MandatedSectionMixin
from portal.core.models.home import HomePage
from portal.core.models.section import SectionPage
from portal.core.models.site_settings import PortalSettings
from portal.core.models.system_links import SystemLink, SystemLinkSettings

__all__ = [
    "BasePage",
    "HomePage",
    "MandatedSectionMixin",
    "PortalSettings",
    "SectionPage",
    "SystemLink",
    "SystemLinkSettings",
]
