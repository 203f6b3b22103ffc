import pytest

from newsevents.language.sentences import split


def _sentences(nlp, text):
    doc = nlp.make_doc(text)
    return [doc[s:e].text for s, e in split([t.text for t in doc])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. envoy met Gen. Smith in Kabul. Talks resumed on Feb. 3.",
            ["The U.S. envoy met Gen. Smith in Kabul.", "Talks resumed on Feb. 3."],
        ),
        (
            "KYIV, Feb 24 (Reuters) - Russia attacked Ukraine. Kyiv cut ties.",
            ["KYIV, Feb 24 (Reuters) - Russia attacked Ukraine.", "Kyiv cut ties."],
        ),
        ("President John F. Kennedy spoke. He left.", ["President John F. Kennedy spoke.", "He left."]),
        (
            "\u201cWe will not retreat. We will win,\u201d he said. The army agreed.",
            ["\u201cWe will not retreat.", "We will win,\u201d he said.", "The army agreed."],
        ),
        ("He said: \u201cIt is over.\u201d Then he left.", ["He said: \u201cIt is over.\u201d", "Then he left."]),
        ("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"]),
        ("prices rose 3.5 percent. in March, trade fell.", ["prices rose 3.5 percent. in March, trade fell."]),
        # a lower-case particle opening a surname opens a sentence; an ordinary lower-case word does not
        ("He met al-Muhandis. al-Muhandis was killed.", ["He met al-Muhandis.", "al-Muhandis was killed."]),
        ("Talks ended. de Klerk was pleased.", ["Talks ended.", "de Klerk was pleased."]),
        ("Prices rose. as expected, trade fell.", ["Prices rose. as expected, trade fell."]),
        # a time abbreviation keeps its full stop at a sentence's end; a day or zone after it is still the time
        ("It ran until 6 a.m. Thailand acted.", ["It ran until 6 a.m.", "Thailand acted."]),
        ("They met at 10 a.m. Tuesday in Rome.", ["They met at 10 a.m. Tuesday in Rome."]),
    ],
)
def test_news_sentence_boundaries(pipeline, text, expected):
    assert _sentences(pipeline.nlp, text) == expected
