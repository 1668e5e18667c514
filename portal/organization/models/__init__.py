from portal.organization.models.chart import OrgMember, OrgUnit
from portal.organization.models.contacts import LeaderContact
from portal.organization.models.page import OrganizationPage
from portal.organization.models.schedule import ScheduleEntry, WorkSchedulePage

__all__ = ["LeaderContact", "OrgMember", "OrgUnit", "OrganizationPage", "ScheduleEntry", "WorkSchedulePage"]
