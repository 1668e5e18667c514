"""The demo: believable content for the district and schools of Thủ Dầu Một (``seed_demo``).

A development-time app, installed by the dev and test settings only (never in production): the
feature apps carry no demo code. One module (or package) per section fills that section's demo
content; :data:`demo.seeders.SEEDERS` runs them in order inside each portal's schema with a
``random.Random`` seeded per portal, so ``seed_demo`` is deterministic and idempotent (a second run
changes nothing). :mod:`demo.pdf` writes the demo's (and the tests') PDF files with fpdf2.
"""
