"""The admin shows the installed release (package metadata) on every page."""

from importlib.metadata import version

import pytest

pytestmark = pytest.mark.django_db


def test_admin_footer_shows_the_package_version(school_a, superuser_client):
    response = superuser_client(school_a).get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<span data-portal-version>{version('school-portal')}</span>" in html
    assert "GNU AGPL-3.0" in html


def test_healthz_reports_the_same_version(school_a, portal_client):
    assert portal_client(school_a).get("/healthz").json()["version"] == version("school-portal")


def test_licence_file_is_the_full_agpl_text():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "LICENSE").read_text()
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    assert "END OF TERMS AND CONDITIONS" in text and len(text) > 34000
