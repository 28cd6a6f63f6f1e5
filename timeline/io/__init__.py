"""Readers and writers: TimeML (hardened XML), HTML articles, JSONL batches."""
