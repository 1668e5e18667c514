from disclosure.models.history import DisclosurePublication, PeriodPublication
from disclosure.models.index import DisclosureIndexPage
from disclosure.models.item import DisclosureAttachment, DisclosureEntry, DisclosureItemPage
from disclosure.models.year import DisclosureYearPage

__all__ = [
    "DisclosureAttachment",
    "DisclosureEntry",
    "DisclosureIndexPage",
    "DisclosureItemPage",
    "DisclosurePublication",
    "DisclosureYearPage",
    "PeriodPublication",
]
