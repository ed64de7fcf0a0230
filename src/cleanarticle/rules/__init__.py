"""Vocabularies and phrase lists shared by the DOM and block stages (one copy of each rule)."""
