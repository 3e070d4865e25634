"""Parsers that work on plain strings: dates, datelines, bylines, captions and quotes."""
