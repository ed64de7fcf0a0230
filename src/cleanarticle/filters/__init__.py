"""Filters: the DOM pruning stage and the block filters (one module per concern)."""
