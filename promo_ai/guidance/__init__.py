"""Guidance from the book: parse it (book), embed it (embeddings), index it in Chroma (index), search it.

Importing this package is cheap: chromadb, onnxruntime and litellm are imported inside functions.
"""
