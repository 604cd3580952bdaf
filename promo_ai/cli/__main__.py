"""`python -m promo_ai.cli`: the same as the `promo-ai` command."""

from promo_ai.cli import main

main()
