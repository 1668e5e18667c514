"""The topic sections this app provides page types for (letter III.3 items 9-10)."""

from wagtail import hooks

from portal.core.hooks import PORTAL_SECTION


@hooks.register(PORTAL_SECTION)
def claim_topic_sections():
    return {
        "phap-luat": "articles.LegalEducationIndexPage",
        "kiem-dinh": "articles.AccreditationIndexPage",
        "pho-cap": "articles.UniversalEducationIndexPage",
    }
