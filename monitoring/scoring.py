"""A school's score from the district's rules: the share of the active rules' points it earns, 0-100."""

from dataclasses import dataclass

from monitoring.models import ScoreRule


@dataclass(frozen=True)
class RuleResult:
    rule: ScoreRule
    value: object
    passed: object  # True, False, or None (no data yet: counted as not earned)

    @property
    def label(self):
        return self.rule.describe()

    @property
    def state(self):
        return {True: "đạt", False: "chưa đạt", None: "chưa có dữ liệu"}[self.passed]


def active_rules():
    return list(ScoreRule.objects.filter(is_active=True))


def evaluate(rules, metrics):
    """``(score, [RuleResult])``; with no rule at all the score is 100 (nothing is expected)."""
    results = [RuleResult(rule, metrics.get(rule.metric), rule.passes(metrics.get(rule.metric))) for rule in rules]
    total = sum(r.rule.points for r in results)
    earned = sum(r.rule.points for r in results if r.passed)
    return (round(100 * earned / total) if total else 100), results
