from portal.core.models.base import BasePage, MandatedSectionMixin
from portal.core.models.home import HomePage
from portal.core.models.section import SectionPage
from portal.core.models.site_settings import PortalSettings

__all__ = ["BasePage", "HomePage", "MandatedSectionMixin", "PortalSettings", "SectionPage"]
