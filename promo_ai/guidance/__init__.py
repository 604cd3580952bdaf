"""Guidance from the book: parse it (book), embed it (embeddings), index it in Chroma (chroma, index),
search it (search), and look it up for a case and stage through a cache on disk (lookup, state).

Importing this package is cheap: chromadb, numpy, litellm and the YAML parser are imported inside
functions, and `guidance_for` answers from its cache without importing chromadb.
"""

from promo_ai.guidance.book import Chunk, Skipped, parse_file, parse_paths
from promo_ai.guidance.index import IndexReport, ensure_index, index_paths
from promo_ai.guidance.lookup import guidance_for
from promo_ai.guidance.queries import Stage
from promo_ai.guidance.search import Hit, search, search_for

__all__ = [
    "Chunk", "Hit", "IndexReport", "Skipped", "Stage", "ensure_index", "guidance_for", "index_paths", "parse_file",
    "parse_paths", "search", "search_for",
]
