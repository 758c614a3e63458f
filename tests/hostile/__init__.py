"""Hostile and broken inputs the project writes itself (see make.py)."""
