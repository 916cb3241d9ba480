"""Use cases. Each takes a caller-owned Session and returns plain frozen dataclasses.

Services never create, commit or close sessions and never import Qt; roles are enforced here.
"""
