"""Playbook content: what is said, in Russian and English, apart from the rules that decide."""

__all__: list[str] = []
