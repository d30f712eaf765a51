"""Stance and sentiment analysis for news text and transcripts.

Data flows text -> turns (service.segmenter) -> classified turns (service.classifiers)
-> response (service.pipeline, service.api).
"""

__version__ = "0.1.0"
