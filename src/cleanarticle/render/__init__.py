"""Renderers of an Article's kept blocks: Markdown (CommonMark + GFM tables) and clean HTML."""
