"""Measured detection quality and speed (`python -m bench.detection`)."""
