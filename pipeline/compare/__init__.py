"""Comparison: what changed between plans (diff), across years (series), plan against summary (trace)."""
