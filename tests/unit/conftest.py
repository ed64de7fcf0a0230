"""Unit tests: the block factories (factories.py) and small HTML trees (trees.py) importable
from every test folder."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
