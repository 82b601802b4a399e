"""Model cards: who made a network, when, the key idea, its ILSVRC result and what to look at.

Text comes in English and Korean (the engine's only user-facing prose: cards are content, like
the lecture notes, not UI strings). ``ModelCard.text(lang)`` returns one language.
"""
from __future__ import annotations

from engine.values import FrozenValue
from engine.zoo.cards_modern import FAMILIES, VARIANT_NOTES
from engine.zoo.registry import ZooError

LANGUAGES = ("en", "ko")


class UnknownLanguageError(ZooError):
    code = "unknown_language"
    templates = {"unknown_language": "Cards are written in {languages}, not {lang!r}."}


# Titles in Korean where a title says more than the model's name: the names themselves
# (ResNet-18, VGG-16, GoogLeNet) stay as the papers and the Korean lectures write them, and
# only the words after them are translated ("configuration D" -> "구성 D"). A model missing
# here keeps its English title in every language.
TITLES = {
    "ko": {
        "lenet5_modern": "LeNet-5 현대식 (ReLU, 최대값 풀링)",
        "alexnet": "AlexNet (논문, 강의 표)",
        "vgg11": "VGG-11 (구성 A)",
        "vgg11_lrn": "VGG-11 (구성 A-LRN)",
        "vgg13": "VGG-13 (구성 B)",
        "vgg16_c": "VGG-16 (구성 C)",
        "vgg16": "VGG-16 (구성 D)",
        "vgg19": "VGG-19 (구성 E)",
        "vgg11_bn": "VGG-11 (구성 A, 배치 정규화)",
        "vgg13_bn": "VGG-13 (구성 B, 배치 정규화)",
        "vgg16_bn": "VGG-16 (구성 D, 배치 정규화)",
        "vgg19_bn": "VGG-19 (구성 E, 배치 정규화)",
        "googlenet": "GoogLeNet (torchvision, 배치 정규화)",
        "googlenet_paper": "GoogLeNet (논문)",
        "lenet5_gap": "GAP 헤드를 단 LeNet식 CNN (28x28)",
        "vgg_small": "GAP 헤드를 단 작은 VGG (32x32)",
    },
}


def title_in(name: str, title: str, lang: str) -> str:
    """A zoo model's title in ``lang`` (its English ``title`` where none is written)."""
    return TITLES.get(lang, {}).get(name, title)


class CardText(FrozenValue):
    """A card's words in one language; ``result``: the ILSVRC (or other) result in words;
    ``title``: the model's title in this language ("" for the English one)."""

    _fields = ("idea", "look_at", "differs", "result", "title")

    def __init__(self, idea: str, look_at: str, differs: str, result: str,
                 title: str = "") -> None:
        for field, value in zip(self._fields, (idea, look_at, differs, result, title)):
            object.__setattr__(self, field, value)


class ModelCard(FrozenValue):
    """A zoo model's card: ``ilsvrc_top5_error`` in percent, as published for the competition;
    ``texts``: language -> CardText."""

    _fields = ("name", "title", "year", "authors", "paper", "ilsvrc_year", "ilsvrc_top5_error",
               "torchvision", "texts")

    def __init__(self, name: str, title: str, year: int, authors: str, paper: str,
                 ilsvrc_year: int | None, ilsvrc_top5_error: float | None,
                 torchvision: str | None, texts: dict) -> None:
        for field, value in zip(self._fields, (name, title, year, authors, paper, ilsvrc_year,
                                               ilsvrc_top5_error, torchvision, texts)):
            object.__setattr__(self, field, value)

    def text(self, lang: str = "en") -> CardText:
        if lang not in self.texts:
            raise UnknownLanguageError("unknown_language", lang=lang,
                                       languages=" and ".join(LANGUAGES))
        return self.texts[lang]

    def to_json(self, lang: str = "en") -> dict:
        t = self.text(lang)
        return {"name": self.name, "title": t.title or self.title, "year": self.year,
                "authors": self.authors, "paper": self.paper, "ilsvrc_year": self.ilsvrc_year,
                "ilsvrc_top5_error": self.ilsvrc_top5_error, "torchvision": self.torchvision,
                "lang": lang, "idea": t.idea, "look_at": t.look_at, "differs": t.differs,
                "result": t.result}

    def format(self, lang: str = "en") -> str:
        """Plain text for the terminal."""
        t = self.text(lang)
        heads = {"en": ("Authors", "Paper", "Result", "Key idea", "What to look at",
                        "Paper vs. this model"),
                 "ko": ("저자", "논문", "성적", "핵심 아이디어", "그래프에서 볼 것",
                        "논문과 이 모델의 차이")}[lang]
        rows = [f"{t.title or self.title} ({self.year})", f"{heads[0]}: {self.authors}",
                f"{heads[1]}: {self.paper}", f"{heads[2]}: {t.result}", "",
                f"{heads[3]}: {t.idea}", "", f"{heads[4]}: {t.look_at}", "",
                f"{heads[5]}: {t.differs}"]
        return "\n".join(rows)


def card_for(entry) -> ModelCard:
    fam = FAMILIES[entry.family]
    values = {"name": entry.name, "title": entry.title, "tv": entry.torchvision or ""}
    texts = {}
    for lang in LANGUAGES:
        parts = {k: fam[lang][k].format(**values) for k in ("idea", "look_at", "differs",
                                                             "result")}
        note = VARIANT_NOTES.get(entry.name, {}).get(lang)
        if note:
            parts["look_at"] = f"{parts['look_at']} {note}"
        texts[lang] = CardText(**parts, title=title_in(entry.name, entry.title, lang))
    return ModelCard(entry.name, entry.title, entry.year, fam["authors"], fam["paper"],
                     fam.get("ilsvrc_year"), fam.get("top5"), entry.torchvision, texts)
