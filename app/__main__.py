"""``python -m app``: the ``family-emotions`` command."""

import sys

from ._cli import main

sys.exit(main())
