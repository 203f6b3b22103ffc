from datetime import date

import pytest

from newsevents.attribution import article_outlet
from newsevents.records import Article


def test_source_line_names_the_outlet():
    assert article_outlet("Body.\nSource: Agencies (edited by Someone)") == "Agencies"
    assert article_outlet("Body only.") is None


def test_reported_speech_is_attributed_to_the_speaker(pipeline):
    text = "Lebanese Prime Minister Najib Mikati said on Tuesday that Israel had shelled southern villages."
    events = pipeline.code_article(Article(id="a", text=text, published=date(2023, 10, 10)))
    (shelling,) = [e for e in events if e.cameo == "194"]
    assert shelling.source.code == "ISR"
    assert shelling.attribution.speaker.code == "LBNGOV" and shelling.attribution.cue == "said"
    assert shelling.date == "2023-10-10"


def test_first_person_in_a_quote_is_the_speaker_and_outlet_is_kept(pipeline):
    text = "\u201cWe have cut all ties with Qatar\u201d, the Saudi foreign minister told Reuters."
    events = pipeline.code_article(Article(id="b", text=text, published=date(2017, 6, 5)))
    (cut,) = [e for e in events if e.cameo == "161"]
    assert cut.source.code == "SAUGOV" and cut.target.code == "QAT"
    assert cut.attribution.outlet == "Reuters" and cut.attribution.quote.startswith("\u201cWe")


def test_sympathy_said_in_a_quote_is_the_speaker_s_and_no_platform_is_addressed(pipeline):
    """ "wrote on Facebook: 'Our thoughts are with the victims'": the minister sympathises
    (018) with the victims; Facebook is where it was written, not whom it was said to."""
    text = 'The Italian interior minister wrote on Facebook: "Our thoughts are with the victims of the flood."'
    events = pipeline.code_article(Article(id="s", text=text, published=date(2019, 10, 5)))
    assert {(e.source.code, e.target.code) for e in events if e.cameo == "018"} == {("ITACOP", "ITACVL")}
    assert [e.target for e in events if e.rule == "attribution:statement"] == [None]


def test_outlet_quoting_a_speaker(pipeline):
    text = "Al Jazeera quoted the Qatari foreign minister as saying that Qatar had expelled the envoys."
    events = pipeline.code_article(Article(id="c", text=text, published=date(2017, 6, 6)))
    (expel,) = [e for e in events if e.cameo == "166"]
    assert expel.attribution.speaker.code == "QATGOV" and expel.attribution.outlet == "Al Jazeera"


def test_the_statement_added_is_its_issuer(pipeline):
    text = (
        "The Turkish Foreign Ministry said on Monday that it condemned the attack. "
        "The statement added that Turkey had recalled its ambassador from Vienna."
    )
    events = pipeline.code_article(Article(id="d", text=text, published=date(2020, 11, 2)))
    (recall,) = [e for e in events if e.cameo == "161"]
    assert recall.attribution.speaker.code == "TURGOV" and recall.attribution.cue == "added"


def test_a_quotation_opening_the_next_paragraph_continues_the_speaker(pipeline):
    """News paragraphs run a long quotation on without naming the speaker again; a speaker
    who "spoke on Sky News" is one."""
    text = (
        'British Prime Minister Boris Johnson spoke on Sky News, "This is a sad day for Europe."\n\n'
        '"I condemn Russia for this attack on Ukraine."'
    )
    events = pipeline.code_article(Article(id="c", text=text, published=date(2022, 3, 1)))
    (condemn,) = [e for e in events if e.cameo.startswith("11")]
    assert condemn.source.code == "GBRGOV" and condemn.target.code == "RUS"
    assert condemn.attribution.speaker.code == "GBRGOV"
    unrelated = 'Boris Johnson spoke on Sky News, "This is sad."\n\nThe minister left.\n\n"I condemn Russia."'
    events = pipeline.code_article(Article(id="d", text=unrelated, published=date(2022, 3, 1)))
    assert not [e for e in events if e.cameo.startswith("11") and e.source and e.source.code]


def test_a_quotation_after_the_cue_of_the_one_before_continues_its_speaker(pipeline):
    """'"...," the minister said. "..."': the second quotation names no speaker of its own,
    and only the first one's closing attribution stands between them."""
    text = "\u201cWe will respond,\u201d the Turkish foreign minister said. \u201cFrance attacked our base.\u201d"
    events = pipeline.code_article(Article(id="q", text=text, published=date(2020, 1, 1)))
    (attack,) = [e for e in events if e.cameo.startswith("19")]
    assert attack.attribution.speaker.code == "TURGOV" and attack.attribution.cue == "said"


def test_a_verb_of_saying_inside_a_quotation_is_not_the_cue_of_the_next(pipeline):
    """'"We will respond," X said. "..."': "respond" is what the first quotation says; the
    second is X's, not "We"'s."""
    text = '"We will respond," Turkish foreign minister Mevlut Cavusoglu said. "France attacked our troops."'
    events = pipeline.code_article(Article(id="r", text=text, published=date(2020, 1, 1)))
    (attack,) = [e for e in events if e.cameo.startswith("19")]
    assert attack.attribution.speaker.code == "TURGOV" and attack.attribution.cue == "said"


def test_a_verb_that_only_cues_a_quotation(pipeline):
    """'"...," the minister continued.' names who spoke; "Turkey continued its offensive"
    beside a quotation is an act, and says nothing of who spoke."""
    text = '"We will respond," the Turkish foreign minister continued. "French forces attacked our base."'
    events = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
    (attack,) = [e for e in events if e.rule == "lexicon:verb:attack"]
    assert attack.attribution.speaker.code == "TURGOV" and attack.attribution.cue == "continued"
    text = '"We will respond," as Turkey continued its offensive. "French forces attacked our base."'
    events = pipeline.code_article(Article(id="u", text=text, published=date(2020, 1, 1)))
    (attack,) = [e for e in events if e.rule == "lexicon:verb:attack"]
    assert attack.attribution is None or attack.attribution.speaker is None


def test_our_troops_in_a_quotation_are_the_speaker_s_country_s(pipeline):
    """ "our troops", "our soldiers": the speaker's country's, not the article's main
    country nor the place they are in."""
    text = '"France attacked our troops in Syria," the Turkish foreign minister said.'
    events = pipeline.code_article(Article(id="v", text=text, published=date(2020, 1, 1)))
    (attack,) = [e for e in events if e.cameo.startswith("19")]
    assert attack.source.code == "FRA" and attack.target.code == "TURMIL"
    text = '"Our soldiers killed three militants," the Turkish defence ministry said.'
    events = pipeline.code_article(Article(id="w", text=text, published=date(2020, 1, 1)))
    (killing,) = [e for e in events if e.cameo.startswith("1")]
    assert killing.source.code == "TURMIL"


def test_a_that_clause_after_a_time_phrase_is_still_reported(pipeline):
    """ "X said earlier in the day that ...": the parse may hang the clause on "day" as a
    relative clause; it is still what X said."""
    text = (
        "The talks come after Chilean President Gabriel Boric said earlier in the day that "
        "Peru had started a military operation in Bolivia."
    )
    events = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
    force = [e for e in events if e.cameo.startswith("19")]
    assert (
        force
        and force[0].attribution.speaker
        and force[0].attribution.speaker.text == "Chilean President Gabriel Boric"
    )


def test_saying_that_another_side_broke_a_ceasefire_accuses_it(pipeline):
    def rows(text):
        events = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
        return {(e.source.code, e.cameo, e.target and e.target.code) for e in events}

    assert ("ARMGOV", "112", "AZE") in rows("Armenian officials said that Azerbaijan had violated the ceasefire.")
    # one's own country's violation, or a reported attack, is no accusation
    assert ("ARMGOV", "010", None) in rows("Armenian officials said that Armenia had violated the ceasefire.")
    assert not [r for r in rows("Lebanese officials said Israel had shelled villages.") if r[1] == "112"]


def test_saying_another_side_must_or_should_act_addresses_it(pipeline):
    def rows(text):
        events = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
        return {(e.source.code, e.cameo, e.target and e.target.code) for e in events}

    assert ("CHL", "100", "PER") in rows("Chile said on Tuesday that Peru must return a helicopter captured last week.")
    assert ("CHL", "020", "PER") in rows("Chile said on Tuesday that Peru should return the helicopter.")
    # one's own duty is no demand
    assert not [r for r in rows("Chile said on Tuesday that it must protect its borders.") if r[1] in ("100", "020")]


def test_what_a_news_outlet_says_in_its_own_voice_is_reported(pipeline):
    """ "The news agency IRNA said Iran had seized the boats": reported, as if IRNA had
    "reported" it; the Iranian government saying so asserts it."""
    from datetime import date

    from newsevents.records import Article

    def modality(text):
        rows = pipeline.code_article(Article(id="t", text=text, published=date(1987, 5, 4)))
        return {e.modality for e in rows if e.cameo.startswith("17")}

    assert modality("The news agency IRNA said on Sunday Iran had seized seven Kuwaiti boats.") == {"reported"}
    assert modality("The Iranian government said on Sunday that Iran had seized seven Kuwaiti boats.") == {"asserted"}


def test_an_unnamed_source_trailing_the_clause_reports_it(pipeline, parse_full, rehang):
    """ "Soldiers killed one man, a source said" with "said" hung on "killed" (parataxis):
    the statement covers the clause, and an unnamed source's word is reported."""
    from newsevents.actors import ActorResolver
    from newsevents.attribution import Attributor
    from newsevents.events.extract import EventExtractor
    from newsevents.events.lexicon import builtin_lexicon

    text = "Haitian soldiers killed one man in northern Haiti, a source at the church radio said."
    doc = parse_full(text)
    rehang(doc, "killed", "killed", "root")
    rehang(doc, "said", "killed", "parataxis")
    actors = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    attributor = Attributor(doc, actors, None)
    (killing,) = [c for c in EventExtractor(builtin_lexicon(), doc, actors, "t").extract() if c.event.cameo == "190"]
    attributor.attribute(killing)
    assert killing.event.attribution.cue == "said" and killing.event.modality == "reported"
    named = text.replace("a source at the church radio", "police")
    events = pipeline.code_article(Article(id="d", text=named, published=date(2020, 1, 1)))
    assert [e.modality for e in events if e.cameo == "190"] == ["asserted"]


@pytest.mark.parametrize("said", ["NATO needs to stand by Turkey", "NATO has to stand by Turkey"])
def test_needs_to_in_a_statement_is_a_demand_like_must(pipeline, said):
    """ "X said NATO needs to stand by Turkey" demands (100) of NATO, as "must" does; "has
    stood by" reports an act and demands nothing."""

    def demands(text: str) -> list[tuple]:
        events = pipeline.code_article(Article(id="t", text=text, published=date(2019, 10, 10)))
        return [(e.source.code, e.cameo, e.target.code) for e in events if e.cameo == "100"]

    assert demands(f"Turkish President Erdogan said {said}.") == [("TURGOV", "100", "IGOWSTNAT")]
    assert not demands("Turkish President Erdogan said NATO has stood by Turkey.")


def test_paragraphs_after_said_and_a_colon_are_the_speaker_s_words(pipeline):
    """A press release prints the statement after "X said:" without quotation marks: its "I"
    and "we" are the speaker, up to the next heading."""
    text = (
        "The Foreign Secretary Philip Hammond said:\n\n"
        "We condemn the attack on the hospital in Aleppo.\n\n"
        "We will continue to support the Syrian opposition.\n\n"
        "Further information\n\n"
        "We welcome the talks."
    )
    events = pipeline.code_article(Article(id="r", text=text, published=date(2016, 6, 1)))
    support = [e for e in events if e.cameo.startswith("05") and e.target and e.target.code == "SYROPP"]
    assert [e.source.code for e in support] == ["GBRGOV"]
    assert support[0].attribution.cue == "said" and support[0].attribution.quote.startswith("We will")
    assert [e.source.code for e in events if e.cameo == "111"] == ["GBRGOV"]
    # after the heading no one is known, and a row with no actor is no row
    assert not [e for e in events if e.trigger == "welcome"]


def test_a_bare_attribution_after_a_quotation_s_own_full_stop_names_its_speaker(pipeline):
    """'"... of Turkey ..." Cyprus' envoy said in a letter.': the quotation ends with its own
    stop, and the next sentence, which says nothing but who spoke, is its attribution; a
    sentence with a statement of its own ("... said Greece would protest") is not."""

    def protests(text: str) -> list:
        events = pipeline.code_article(Article(id="b", text=text, published=date(1987, 3, 18)))
        return [e for e in events if e.cameo == "114" and e.target is not None and e.target.code == "TUR"]

    (protest,) = protests("\u201cI protest the aggression of Turkey ...\u201d Cyprus' envoy said in a letter.")
    assert protest.source.code == "CYPGOV" and protest.attribution.cue == "said"
    found = protests("\u201cI protest the aggression of Turkey.\u201d Cyprus' envoy said Greece would protest too.")
    assert found and all(e.source is None or e.source.code != "CYPGOV" for e in found)


def test_an_unnamed_outlet_s_word_is_reported(pipeline):
    """ "Tehran radio said", "the newspaper said": what an outlet says in its own voice is
    reported, named in the files or not (``outlet_nouns``); a ministry's word is asserted."""
    published = date(1987, 3, 18)

    def modality(text):
        events = pipeline.code_article(Article(id="t", text=text, published=published))
        return [e.modality for e in events if e.cameo.startswith("19")]

    assert modality("Tehran radio said Iranian forces attacked Iraqi positions.") == ["reported"]
    assert modality("The Iraqi defence ministry said Iranian forces attacked Iraqi positions.") == ["asserted"]


def test_what_need_not_be_done_or_follows_a_condition_is_no_demand(pipeline):
    """ "X said Germany does not have to pay" and "said that if there is a court order,
    Facebook has to search" demand nothing (no 100); "X said Germany has to pay" does."""

    def demands(text: str) -> list[tuple]:
        events = pipeline.code_article(Article(id="t", text=text, published=date(2019, 10, 10)))
        return [(e.source.code, e.target.code) for e in events if e.cameo == "100"]

    assert demands("The French minister said Germany has to pay for the damage.") == [("FRAGOV", "DEU")]
    assert not demands("The French minister said Germany does not have to pay for the damage.")
    text = "The French minister said that if the court rules against it, Germany has to pay for the damage."
    assert not demands(text)
    # a prohibition still demands: "must not"
    assert demands("The French minister said Germany must not raise its tariffs.") == [("FRAGOV", "DEU")]
