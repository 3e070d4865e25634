"""Extraction: the main content of a page as Blocks, and the figures taken out of it."""
