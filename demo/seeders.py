"""The order in which ``seed_demo`` fills each portal: the core's texts first, the registers last.

Each seeder is ``seed(portal, demo, rng)``: ``portal`` the tenant (its schema is active), ``demo``
its :class:`demo.portals.DemoPortal`, ``rng`` a ``random.Random`` seeded for that portal. The order
is part of the determinism: every seeder draws from the same ``rng``.
"""

from demo.articles import seed_articles
from demo.core import seed_core
from demo.disclosure import seed_disclosure
from demo.documents import seed_documents
from demo.enrollment import seed_enrollment
from demo.feeds import seed_feed_items
from demo.mailaccounts import seed_mailaccounts
from demo.monitoring import seed_monitoring
from demo.news import seed_news
from demo.organization import seed_organization
from demo.procedures import seed_procedures
from demo.resources import seed_resources
from demo.schedule import seed_schedule
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
    # Last: the monitoring snapshot reads what every other seeder wrote.
    seed_monitoring,
]
