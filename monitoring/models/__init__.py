from monitoring.models.alerts import Alert, MonitoringSettings
from monitoring.models.history import MonthlyHistory
from monitoring.models.requests import ReportAnswer, ReportRequest
from monitoring.models.rules import ScoreRule

__all__ = ["Alert", "MonitoringSettings", "MonthlyHistory", "ReportAnswer", "ReportRequest", "ScoreRule"]
