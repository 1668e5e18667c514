from portal.organization.models.chart import OrgMember, OrgUnit
from portal.organization.models.contacts import LeaderContact
from portal.organization.models.page import OrganizationPage

__all__ = ["LeaderContact", "OrgMember", "OrgUnit", "OrganizationPage"]
