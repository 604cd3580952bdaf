"""Guidance from the book: parse it (book), embed it (embeddings), index it in Chroma (index), search it.

Importing this package is cheap: chromadb and litellm are imported inside functions.
"""

from promo_ai.guidance.book import Chunk, Skipped, parse_file, parse_paths
from promo_ai.guidance.index import IndexReport, ensure_index, index_paths
from promo_ai.guidance.search import Hit, search, search_for

__all__ = [
    "Chunk", "Hit", "IndexReport", "Skipped", "ensure_index", "index_paths", "parse_file", "parse_paths",
    "search", "search_for",
]
