"""``python -m scraper`` is the ``newsclean`` command."""
from __future__ import annotations

import sys

from scraper.cli import main

sys.exit(main())
