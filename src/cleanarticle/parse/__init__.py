"""Turning input into something the filters can read: bytes → tree, tree/text → blocks."""
