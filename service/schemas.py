"""The API's request and response bodies; documents themselves are :class:`ie.schema.Document`, unchanged."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool

from ie.schema import Document, ErrorInfo, ErrorRecord, Label

EXAMPLE_TEXT = "Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Tỉnh ủy Lạng Sơn"


def _no_surrogates(value: str) -> str:
    for i, ch in enumerate(value):
        if "\ud800" <= ch <= "\udfff":
            raise ValueError(f"contains an unpaired surrogate (U+{ord(ch):04X}) at character {i}")
    return value


DocId = Annotated[str, Field(min_length=1, max_length=512), AfterValidator(_no_surrogates)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Options(_Body):
    labels: list[Label] | None = Field(None, description="keep only entities with these labels (default: all)")
    relations: StrictBool = Field(True, description="extract relations between the entities")


class ExtractRequest(_Body):
    """One text to extract from; offsets in the answer index ``text`` exactly as sent."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"text": EXAMPLE_TEXT, "id": "nq-188"}]})

    text: str = Field(description="the text, as is (UTF-8 JSON string)")
    id: DocId | None = Field(None, description="the document id echoed in the answer (default: 'doc')")
    options: Options = Field(default_factory=Options)


class BatchRequest(_Body):
    documents: list[ExtractRequest] = Field(description="documents to extract from, each with its own options")


class BatchResponse(BaseModel):
    """In request order: a Document, or ``{"id", "error": {"code", "message"}}`` for one that failed."""

    documents: list[Document | ErrorRecord]


class ModelCard(BaseModel):
    name: str
    version: str
    labels: list[str]
    metrics: dict[str, Any] | None = None


class ModelsResponse(BaseModel):
    models: list[ModelCard]


class Health(BaseModel):
    status: str


class Ready(BaseModel):
    status: str
    model: str


class ErrorBody(BaseModel):
    """Every error answer: ``{"error": {"code": "E_...", "message": "..."}}``."""

    error: ErrorInfo


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for these error statuses."""
    return {status: {"model": ErrorBody} for status in statuses}
