"""The transformers backend with a tiny random model built here (nothing is downloaded)."""

from __future__ import annotations

import unicodedata

import pytest

from ie.ner.transformer import BIO, TransformerNER, Window, postprocess, train_transformer
from ie.schema import Document, Entity
from ie.text.normalize import normalize

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

TEXTS = [
    "Theo Nghị quyết số 188-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy, phường Chi Lăng thu 10.595 triệu đồng.",
    "UBND tỉnh Lạng Sơn phê duyệt dự án Xây mới Chợ Mai Pha với diện tích 6.686,4m², đạt 32,2% kế hoạch.",
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    base = tmp_path_factory.mktemp("tiny-bert")
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok.train_from_iterator(TEXTS * 5, trainers.WordPieceTrainer(vocab_size=300, special_tokens=specials))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]")
    fast.save_pretrained(base)
    config = BertConfig(vocab_size=len(fast), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128, num_labels=len(BIO))
    torch.manual_seed(0)
    BertForTokenClassification(config).save_pretrained(base)
    return base


def gold_docs() -> list[Document]:
    docs = []
    for i, text in enumerate(TEXTS):
        ents = []
        for span, label in (("Nghị quyết số 188-NQ/TU", "LEGAL_REF"), ("ngày 25/10/2024", "DATE"), ("10.595 triệu đồng", "MONEY"),
                            ("UBND tỉnh Lạng Sơn", "ORG"), ("6.686,4m²", "AREA"), ("32,2%", "PERCENT"), ("phường Chi Lăng", "ADMIN_UNIT")):
            if span in text:
                ents.append(Entity(id=f"e{len(ents)}", start=text.index(span), end=text.index(span) + len(span), label=label))
        docs.append(Document(id=f"t{i}", text=text, entities=ents))
    return docs


def test_fine_tuned_tiny_model_gives_exact_offsets(tiny_model, tmp_path):
    out = train_transformer(str(tiny_model), gold_docs() * 8, tmp_path / "ner", epochs=4, lr=5e-3, max_length=64, log=lambda *_: None)
    ner = TransformerNER(str(out), max_length=64)
    raw = unicodedata.normalize("NFD", TEXTS[0]) + "\r\n" + TEXTS[1] * 3  # longer than one window
    ents = ner.predict(raw)
    assert ents, "the fine-tuned model finds something"
    for e in ents:
        assert raw[e.start : e.end] == e.text
        assert e.label in {lab.split("-", 1)[-1] for lab in BIO}


def test_postprocess_joins_sub_words_and_bio_without_a_model():
    text = "thu 10.595 triệu đồng"
    norm = normalize(text)
    # sub-words: thu | 10 | .595 | triệu | đồng  (offsets into the normalised text)
    offsets = [(0, 0), (0, 3), (4, 6), (6, 10), (11, 16), (17, 21), (0, 0)]
    tags = ["O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O"]
    label2id = {lab: i for i, lab in enumerate(BIO)}
    window = Window(input_ids=list(range(len(offsets))), offsets=offsets)
    ents = postprocess(norm, text, [window], [[label2id[t] for t in tags]], dict(enumerate(BIO)))
    assert [(e.label, e.text) for e in ents] == [("MONEY", "10.595 triệu đồng")]


def test_pipeline_runs_the_transformer_stage(tiny_model):
    from ie.pipeline import _register_factories
    from ie.text.tokenizer import blank

    _register_factories()
    nlp = blank()
    nlp.add_pipe("ie_patterns")
    nlp.add_pipe("ie_transformer_ner", config={"model_path": str(tiny_model), "max_length": 64})
    nlp.add_pipe("ie_merge")
    doc = nlp(TEXTS[1])
    for e in doc._.entities:
        assert TEXTS[1][e.start : e.end] == e.text
