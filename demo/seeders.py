"""The order in which ``seed_demo`` fills each portal: the core's texts first, the registers last.

Each seeder is ``seed(portal, demo, rng)``: ``portal`` the tenant (its schema is active), ``demo``
its :class:`demo.portals.DemoPortal`, ``rng`` a ``random.Random`` seeded for that portal. The order
is part of the determinism: every seeder draws from the same ``rng``.
"""

from demo.articles import seed_articles
from demo.banners import seed_banners
from demo.contact import seed_contact
from demo.core import seed_core
from demo.disclosure import seed_disclosure
from demo.documents import seed_documents
from demo.editorial import seed_editorial
from demo.enrollment import seed_enrollment
from demo.feeds import seed_feed_items
from demo.gallery import seed_gallery
from demo.mailaccounts import seed_mailaccounts
from demo.monitoring import seed_monitoring
from demo.news import seed_news
from demo.organization import seed_organization
from demo.personal_data import seed_personal_data
from demo.polls import seed_polls
from demo.procedures import seed_procedures
from demo.resources import seed_resources
from demo.schedule import seed_schedule
from demo.timetables import seed_timetables
from demo.visits import seed_visits
from demo.yearbook import seed_yearbook

SEEDERS = [
    seed_core,
    seed_news,
    seed_organization,
    seed_enrollment,
    seed_yearbook,
    seed_resources,
    seed_articles,
    seed_feed_items,
    seed_documents,
    seed_schedule,
    seed_disclosure,
    seed_mailaccounts,
    seed_procedures,
    seed_editorial,
    seed_personal_data,
    seed_gallery,
    seed_polls,
    seed_timetables,
    seed_contact,
    seed_banners,
    seed_visits,
    # Last: the monitoring snapshot reads what every other seeder wrote.
    seed_monitoring,
]
