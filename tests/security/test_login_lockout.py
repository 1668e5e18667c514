"""Hole 7: passwords could be guessed forever, and sessions lasted 14 days.

The attack goes through the real admin login form with the test client (axes sees every attempt).
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context

pytestmark = pytest.mark.django_db

PASSWORD = "Dung@Mat-Khau-2025"
LOGIN = "/admin/login/"


def make_admin(portal):
    with tenant_context(portal):
        get_user_model().objects.create_superuser("admin", "admin@ptdm.edu.vn", PASSWORD)


def attempt(client, password, username="admin", address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def logged_in(response):
    return response.status_code == 302 and response["Location"].startswith("/admin/")


def test_five_wrong_passwords_lock_the_account_with_a_vietnamese_message(school_a, portal_client):
    make_admin(school_a)
    client = portal_client(school_a)
    for number in range(5):
        response = attempt(client, f"doan-sai-{number}")
        assert response.status_code in (200, 429) and not logged_in(response)
    response = attempt(client, PASSWORD)
    assert response.status_code == 429 and not logged_in(response)
    html = response.content.decode()
    assert "Tạm khóa đăng nhập" in html and "5 lần" in html
    assert "Vui lòng thử lại sau" in html and "15 phút" in html
    assert client.get("/admin/").status_code == 302  # still not in


def test_other_addresses_cannot_log_in_as_the_locked_user_either(school_a, portal_client):
    make_admin(school_a)
    client = portal_client(school_a)
    for number in range(5):
        attempt(client, f"sai-{number}", address=f"198.51.100.{number + 1}")  # one try per address
    assert attempt(portal_client(school_a), PASSWORD, address="192.0.2.50").status_code == 429


def test_one_address_guessing_many_users_is_locked(school_a, portal_client):
    make_admin(school_a)
    client = portal_client(school_a)
    for number in range(5):
        attempt(client, "sai", username=f"nguoi-dung-{number}")
    assert attempt(client, PASSWORD).status_code == 429  # the real admin from that address too


def test_a_lockout_at_one_school_does_not_lock_the_same_user_at_another(school_a, school_b, portal_client):
    make_admin(school_a)
    make_admin(school_b)
    for number in range(6):
        attempt(portal_client(school_a), f"sai-{number}")
    assert attempt(portal_client(school_a), PASSWORD).status_code == 429
    assert logged_in(attempt(portal_client(school_b), PASSWORD))


def test_a_success_before_the_limit_resets_the_count(school_a, portal_client):
    make_admin(school_a)
    client = portal_client(school_a)
    for number in range(4):
        attempt(client, f"sai-{number}")
    assert logged_in(attempt(client, PASSWORD))


def test_sessions_expire_after_a_working_day_of_inactivity(school_a, portal_client):
    assert settings.SESSION_COOKIE_AGE <= 10 * 60 * 60 and settings.SESSION_SAVE_EVERY_REQUEST
    make_admin(school_a)
    client = portal_client(school_a)
    assert logged_in(attempt(client, PASSWORD))
    with tenant_context(school_a):  # the server-side session dies after the working day
        assert 0 < client.session.get_expiry_age() <= 10 * 60 * 60
    remembered = portal_client(school_a)
    response = remembered.post(LOGIN, {"username": "admin", "password": PASSWORD, "remember": "on"})
    assert logged_in(response)
    assert 0 < int(remembered.cookies[settings.SESSION_COOKIE_NAME]["max-age"]) <= 10 * 60 * 60
    # Each request pushes the expiry forward (sliding window): the admin's next page re-sends the cookie.
    response = client.get("/admin/")
    assert response.status_code == 200 and settings.SESSION_COOKIE_NAME in response.cookies
