"""Wagtail admin adjustments for school editors (issue 22): approvals, dashboard, help, titles.

Loaded by ``portal.core.wagtail_hooks``; split by concern so each module stays small.
"""
