"""Rule sets and sequences as typed data: one rule set or playbook per module."""

__all__: list[str] = []
