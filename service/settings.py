"""All configuration, in one place.

Every field can be set from the environment with the STANCE_ prefix
(STANCE_PORT=9000, STANCE_STANCE_MODEL=hf:org/name@rev) or from a .env file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STANCE_", env_file=".env", extra="ignore")

    # Server
    host: str = Field("127.0.0.1", description="Interface the server binds to.")
    port: int = Field(8000, ge=1, le=65535, description="TCP port.")
    workers: int = Field(1, ge=1, le=64, description="Worker processes; each loads its own models.")
    log_level: str = Field("info", description="uvicorn log level.")

    # Request limits: over a limit is a 4xx, never a silent truncation.
    max_text_chars: int = Field(100_000, ge=1, description="Longest accepted text, in characters.")
    max_topics: int = Field(10, ge=0, description="Most topics per request.")
    max_topic_chars: int = Field(200, ge=1, description="Longest accepted topic, in characters.")
    max_batch_documents: int = Field(32, ge=1, description="Most documents per /v1/analyze/batch call.")
    max_body_bytes: int = Field(32 * 1024 * 1024, ge=1024, description="Largest accepted request body.")
    max_classify_texts: int = Field(256, ge=1, description="Most texts per /v1/classify call.")
    suggested_topics: int = Field(3, ge=0, le=10, description="Topics suggested when a request names none.")

    # Models. A spec is one of:
    #   shipped:NAME          a small artifact in models/NAME (the offline defaults)
    #   package:MODULE[/DIR]  a folder inside an installed Python package
    #   hf:ORG/NAME[@REV]     a Hugging Face hub id and revision (needs network or a warm cache)
    #   /any/local/folder     a Hugging Face model folder on disk
    sentiment_model: str = Field("shipped:sentiment-minilm", description="Sentiment model spec.")
    stance_model: str = Field("shipped:stance-minilm", description="Stance model spec.")
    artifacts_dir: Path = Field(REPO_ROOT / "models", description="Where shipped:NAME artifacts live.")
    hf_offline: bool = Field(True, description="Never download from the hub at run time.")
    sentiment_labels: str = Field(
        "",
        description="Hub sentiment models only: the label of each class index, comma-separated"
        " (negative / neutral / positive, e.g. 'negative,neutral,positive'); empty reads the model config.",
    )
    nli_labels: str = Field(
        "",
        description="Zero-shot NLI stance models only: the label of each class index, comma-separated"
        " (entailment / neutral / contradiction / not_entailment); empty reads the model config.",
    )
    batch_size: int = Field(32, ge=1, le=1024, description="Sequences per forward pass.")
    batch_tokens: int = Field(
        512, ge=1, description="Shipped models: most padded tokens (sequences x longest) in one forward pass."
    )
    torch_threads: int = Field(0, ge=0, description="torch intra-op threads; 0 keeps torch's default.")
    classify_chunk_chars: int = Field(
        400, ge=50, description="Longer turns are classified in sentence-aligned parts, then pooled."
    )
    context_chars: int = Field(300, ge=0, description="Text before a turn given to stance as its context.")
    max_batch_wait_ms: float = Field(
        5.0, ge=0, description="How long a request waits to share a forward pass with concurrent ones."
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
