"""Exports of the mail-accounts app: the annex form, spreadsheets, mail-server files, the regulations kit."""
