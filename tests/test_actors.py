from datetime import date

import pytest

from newsevents.actors import ActorResolver
from newsevents.records import Article


def _subject_actor(pipeline, parse_full, text, published=date(2022, 2, 24)):
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, published)
    root = next(t for t in doc.tokens if t.dep == "root")
    actors = resolver.subjects(root.i)
    return actors[0] if actors else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia's Defence Ministry said the drills were over.", "RUSMIL"),
        pytest.param(
            "The Russian Foreign Ministry summoned the ambassador.",
            "RUSGOV",
            marks=pytest.mark.xfail(reason="shipped parser tags 'summoned' ADV here (issue 4)", strict=False),
        ),
        ("The Russian Foreign Ministry condemned the decision.", "RUSGOV"),
        ("Ukrainian President Volodymyr Zelensky visited the front.", "UKRGOV"),
        ("Syrian government troops entered the town.", "SYRMIL"),
        ("Afghan refugees crossed into Iran.", "AFGREF"),
        ("Thousands of Afghan refugees have crossed into Iran since August.", "AFGREF"),
        ("Beijing rejected the accusation.", "CHNGOV"),
        ("NATO held an emergency meeting.", "IGOWSTNAT"),
        ("The Taliban seized the district.", "AFGREB"),
        ("French police arrested two men.", "FRACOP"),
        # a central bank is an organ of its state, not a business
        ("The Bundesbank criticised the decision.", "DEUGOV"),
        ("The Iranian central bank criticised the decision.", "IRNGOV"),
    ],
)
def test_compositional_codes(pipeline, parse_full, text, code):
    actor = _subject_actor(pipeline, parse_full, text)
    assert actor is not None and actor.code == code


def test_leaders_are_coded_by_the_article_date(pipeline, parse_full):
    text = "Trump signed the order."
    assert _subject_actor(pipeline, parse_full, text, date(2019, 6, 1)).code == "USAGOV"
    assert _subject_actor(pipeline, parse_full, text, date(2023, 6, 1)) is None
    # heads of state the 1987 wire names, in office then (and Museveni still)
    assert _subject_actor(pipeline, parse_full, "Mobutu signed the order.", date(1987, 4, 1)).code == "CODGOV"
    assert _subject_actor(pipeline, parse_full, "Museveni signed the order.", date(2019, 6, 1)).code == "UGAGOV"


def test_commanders_of_forces_abroad_are_their_country_s_military(pipeline, parse_full):
    """Iran's Revolutionary Guards and Quds Force commanders act for Iran abroad; named alone
    they are Iran's military, and after their command its elite."""
    text = "Qasem Soleimani threatened Israel."
    assert _subject_actor(pipeline, parse_full, text, date(2019, 6, 1)).code == "IRNMIL"
    assert _subject_actor(pipeline, parse_full, text, date(2020, 1, 10)).code == "IRNELI"
    assert _subject_actor(pipeline, parse_full, "Hossein Salami warned Israel.", date(2020, 1, 10)).code == "IRNMIL"


def test_heads_of_international_bodies_in_the_1980s(pipeline, parse_full):
    """Reuters 1987 names the Commission's president and NATO's secretary-general by name;
    Lord Carrington was Britain's foreign secretary before he led NATO."""
    text = "Jacques Delors criticised the plan."
    assert _subject_actor(pipeline, parse_full, text, date(1987, 3, 17)).code == "IGOEUREEC"
    text = "Lord Carrington criticised the plan."
    assert _subject_actor(pipeline, parse_full, text, date(1987, 3, 17)).code == "IGOWSTNAT"
    assert _subject_actor(pipeline, parse_full, text, date(1981, 3, 17)).code == "GBRGOV"


def test_heads_of_government_of_the_1980s_with_two_terms(pipeline, parse_full):
    """Andreas Papandreou led Greece's government in 1981-1989 and 1993-1996; between his
    terms he is Greece's elite."""
    text = "Andreas Papandreou criticised Turkey."
    assert _subject_actor(pipeline, parse_full, text, date(1987, 4, 8)).code == "GRCGOV"
    assert _subject_actor(pipeline, parse_full, text, date(1991, 4, 8)).code == "GRCELI"
    assert _subject_actor(pipeline, parse_full, text, date(1994, 4, 8)).code == "GRCGOV"


def test_politicians_out_of_office_are_their_country_s_elite(pipeline, parse_full):
    text = "Donald Trump criticized the order."
    assert _subject_actor(pipeline, parse_full, text, date(2023, 6, 1)).code == "USAELI"
    assert _subject_actor(pipeline, parse_full, text, date(2019, 6, 1)).code == "USAGOV"
    # a bare surname out of office is too common a word to code alone
    assert _subject_actor(pipeline, parse_full, "Trump criticized the order.", date(2023, 6, 1)) is None


def test_definite_description_looks_back(pipeline):
    text = "Egypt's Foreign Ministry issued a statement. The ministry condemned the raid."
    (doc,) = pipeline.parse([text])  # the first sentence is tokenized only: still an antecedent
    resolver = ActorResolver(pipeline.knowledge, doc, None)
    condemned = next(t for t in doc.tokens if t.text == "condemned")
    (actor,) = resolver.subjects(condemned.i)
    assert actor.code == "EGYGOV" and actor.text == "The ministry"


def test_news_agency_is_not_an_actor(pipeline, parse_full):
    assert _subject_actor(pipeline, parse_full, "Reuters reported the clashes.") is None


def test_places_give_their_country_but_are_no_actor_alone(pipeline, parse_full):
    assert (
        _subject_actor(pipeline, parse_full, "The Florida Department of Transportation closed the bridge.").code
        == "USAGOV"
    )
    assert (
        _subject_actor(pipeline, parse_full, "El Paso's police chief said the suspect was arrested.").code == "USACOP"
    )
    assert _subject_actor(pipeline, parse_full, "Jackson said the bridge was closed.") is None


def _actor_of(pipeline, parse_full, text, verb, published=date(2019, 6, 1)):
    """The first subject of the first token spelt ``verb`` (for multi-sentence texts)."""
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, published)
    actors = resolver.subjects(next(t for t in doc.tokens if t.text == verb).i)
    return actors[0].code if actors else None


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # role nouns take the sector of their modifiers; the country is the article's
        ("Chile declared a state of emergency. Army personnel cleared the roads.", "cleared", "CHLMIL"),
        ("Kenya held elections on Tuesday. Opposition candidates boycotted the vote.", "boycotted", "KENOPP"),
        ("Peru held elections on Sunday. Student groups boycotted the vote.", "boycotted", "PEREDU"),
        # territories have their own demonyms
        ("Puerto Rican protesters blocked the highway.", "blocked", "PRIOPP"),
        ("Mali held elections on Sunday. A militant group attacked a polling station.", "attacked", "MLIREB"),
        # a generic institution word yields to a specific sector word
        ("Japan's National Police Agency arrested the suspect.", "arrested", "JPNCOP"),
        # the words of a country name are no sector phrase ("States Department")
        ("The United States Department of Justice charged the two men.", "charged", "USAJUD"),
        ("The United States Department of Defense confirmed the strike.", "confirmed", "USAMIL"),
        # a leader inside the phrase gives the country; the phrase keeps its own sector
        ("Putin's defence minister inspected the troops.", "inspected", "RUSMIL"),
        # vocabulary: voters, migrants, legislatures, interior ministries named otherwise
        ("Canadian voters rejected the plan.", "rejected", "CANCVL"),
        ("Thousands of Venezuelan migrants have entered Colombia this year.", "entered", "VENREF"),
        ("The Kenyan legislature approved the budget.", "approved", "KENLEG"),
        ("Ukraine's Ministry of Internal Affairs opened an inquiry.", "opened", "UKRCOP"),
        # people held are people: "shot by a prisoner"
        ("Kenya held elections on Tuesday. A police officer was shot by a prisoner.", "shot", "KENCVL"),
        # intelligence services are CAMEO's SPY; a police department is police, not a ministry
        ("The Turkish intelligence agency detained two men.", "detained", "TURSPY"),
        ("Kenyan intelligence officials questioned the suspect.", "questioned", "KENSPY"),
        ("The Houston Police Department in Texas arrested the suspect.", "arrested", "USACOP"),
        # state agencies that news names without their country
        ("Shin Bet arrested two men in Hebron.", "arrested", "ISRSPY"),
        ("The NTSB opened an inquiry into the crash.", "opened", "USAGOV"),
        # "general" after a title is no military rank
        ("The Nigerian Auditor General published the report.", "published", "NGAGOV"),
    ],
)
def test_sector_composition(pipeline, parse_full, text, verb, code):
    assert _actor_of(pipeline, parse_full, text, verb) == code


def test_a_name_a_role_is_said_of_is_that_role_s_actor(pipeline):
    """ "Jaber was the deputy commander of the Popular Mobilization Forces": a later "Jaber" is
    the PMF's, as an apposition would make him; "was not the commander" makes him nothing."""
    told = "Ali Jaber {} the deputy commander of the Popular Mobilization Forces, an Iranian-backed militia. "
    later = "The United States levied sanctions against Jaber."
    for copula, code in (("was", "IRQMIL"), ("was not", None)):
        events = pipeline.code_article(Article(id="c", text=told.format(copula) + later, published=date(2020, 1, 1)))
        assert [e.target and e.target.code for e in events if e.cameo == "163"] == [code]


def test_name_in_apposition_to_a_role(pipeline, parse_full):
    text = "The mayor of Warsaw, Jan Kowalski, opened the bridge."
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2019, 6, 1))
    name = next(t for t in doc.tokens if t.text == "Jan")
    actor = resolver.resolve(resolver.np_head(name.i))
    assert actor is not None and actor.code == "POLGOV"


def test_bare_surname_finds_a_name_followed_by_an_apposition(pipeline, parse_full):
    text = "Jan Kowalski, the mayor of Warsaw, opened the bridge. Kowalski said it was safe."
    assert _actor_of(pipeline, parse_full, text, "said") == "POLGOV"


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Boeing suspended deliveries of the jet.", "suspended", "USABUS"),
        ("Russia's Gazprom said on Monday that it would reduce deliveries.", "said", "RUSBUS"),
        ("The YPG withdrew from the border town.", "withdrew", "SYRREB"),
        # a platform or organisation behind a locative preposition does not code the phrase
        ("The mayor of Chicago said on Twitter that schools would close.", "said", "USAGOV"),
    ],
)
def test_companies_groups_and_locative_phrases(pipeline, parse_full, text, verb, code):
    assert _actor_of(pipeline, parse_full, text, verb) == code


def test_parties_are_opposition_only_in_their_years_in_opposition(pipeline, parse_full):
    text = "The Labour Party criticised the budget."
    assert _actor_of(pipeline, parse_full, text, "criticised", date(2016, 3, 1)) == "GBROPP"
    assert _actor_of(pipeline, parse_full, text, "criticised", date(2025, 3, 1)) is None


def test_a_role_of_coordinated_countries_is_each_country_s(pipeline, parse_full):
    """ "The leaders of France, Germany and Italy" are three GOV actors. (The shipped parser
    hangs "Germany" on "ministers" in "The foreign ministers of France, Germany and Italy".)"""
    doc = parse_full("The leaders of France, Germany and Italy condemned the attack.")
    resolver = ActorResolver(pipeline.knowledge, doc, date(2022, 2, 24))
    root = next(t for t in doc.tokens if t.dep == "root")
    assert {a.code for a in resolver.subjects(root.i)} == {"FRAGOV", "DEUGOV", "ITAGOV"}


def _resolved(pipeline, parse_full, text, word):
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    return resolver.resolve([t for t in doc.tokens if t.text == word][-1].i)


def _code_of(pipeline, parse_full, text, word):
    """The code the last ``word`` of ``text`` resolves to, or None."""
    actor = _resolved(pipeline, parse_full, text, word)
    return actor and actor.code


def test_unknown_people_are_private_persons_of_the_article_s_country(pipeline, parse_full):
    text = "Canadian police said that John Smith attacked a shop in Toronto. Smith was arrested on Friday."
    actor = _resolved(pipeline, parse_full, text, "Smith")
    assert actor is not None and actor.code == "CANCVL"
    # a role in the phrase that the dictionaries do not know is not guessed as private
    text = "Canadian police said that John Smith of the Toronto Star reported the attack."
    actor = _resolved(pipeline, parse_full, text, "John")
    assert actor is None or actor.sector != "CVL"


def test_a_surname_goes_back_to_the_role_in_apposition(pipeline, parse_full):
    text = "The head of the UK's counter-terrorism police, Neil Basu, spoke on Sunday. Basu said the man acted alone."
    actor = _resolved(pipeline, parse_full, text, "Basu")
    assert actor is not None and actor.code == "GBRCOP"


def test_a_surname_goes_back_to_a_name_the_office_after_it_is_apposed_to(pipeline, parse_full):
    """ "according to prosecutor Jane Roe, the U.S. Attorney for ...": the office is the
    mention, apposed to the name; a later "Roe" is that office holder."""
    text = (
        "The FBI is investigating the shooting, according to prosecutor Jane Roe, the U.S. Attorney "
        "for the Western District of Texas. Roe characterized the attack as terrorism."
    )
    actor = _resolved(pipeline, parse_full, text, "Roe")
    assert actor is not None and actor.code == "USAJUD"


def test_she_does_not_take_up_a_man_marked_by_his_title(pipeline, parse_full):
    """ "Crown Prince Mohammed bin Salman ... Mohammed ... She said": the prince (and his later
    bare name) is marked male by his title, so "she" is someone else; "he" is still him."""
    text = (
        "Turkish lawyer Ayse Kaya spoke in Ankara. Saudi Crown Prince Mohammed bin Salman met officials on Monday. "
        "Mohammed left Riyadh. She said the visit went badly."
    )
    actor = _resolved(pipeline, parse_full, text, "She")
    assert actor is None or actor.code != "SAUGOV"
    actor = _resolved(pipeline, parse_full, text.replace("She said", "He said"), "He")
    assert actor is not None and actor.code == "SAUGOV"


def test_a_role_in_apposition_owned_by_an_unknown_name_is_read_without_error(pipeline, parse_full):
    """The apposition's role is resolved while the mention list is still being built."""
    text = "Acme's spokesman, John Smith, said the plant was safe. Smith declined to comment."
    resolver = ActorResolver(pipeline.knowledge, parse_full(text), date(2020, 1, 1))
    assert resolver.explicit is not None


def _last_they(pipeline, parse_full, text) -> set[str]:
    """The codes the last "They" of ``text`` stands for."""
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    they = [t for t in doc.tokens if t.text == "They"][-1]
    return {a.code for a in resolver.resolve_with_conjuncts(they.i)}


def test_they_skips_subjects_of_embedded_clauses(pipeline, parse_full):
    """ "They concluded that the agreement between Turkey and Libya is void. They called...":
    the agreement is no antecedent of "they"."""
    text = (
        "Egypt, Greece and Cyprus issued a statement. They concluded that the agreement between Turkey "
        "and Libya is void. They called on Turkey to halt drilling."
    )
    assert _last_they(pipeline, parse_full, text) == {"EGY", "GRC", "CYP"}


def test_a_plural_demonym_names_the_country_s_people(pipeline, parse_full):
    text = "Thousands of Serbians protested in Belgrade on Friday."
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    serbians = next(t for t in doc.tokens if t.text == "Serbians")
    assert resolver.resolve(serbians.i).code == "SRBCVL"
    # "Chinese" and "British" have no plural: "the British" stays the country
    british = parse_full("The British relinquished control of the port.")
    assert ActorResolver(pipeline.knowledge, british, date(2020, 1, 1)).resolve(1).code == "GBR"


def test_a_plural_demonym_in_er_names_the_country_s_people(pipeline, parse_full):
    """ "New Zealander" and "Icelander" are nouns for a person; their plurals are the people."""
    assert _code_of(pipeline, parse_full, "Thousands of New Zealanders marched in Auckland.", "Zealanders") == "NZLCVL"
    assert _code_of(pipeline, parse_full, "Icelanders voted on Saturday.", "Icelanders") == "ISLCVL"


def test_a_demonym_of_ancestry_names_no_country(pipeline, parse_full):
    """ "Kenyan tea workers of Indian origin" are Kenya's workers; the origin is their family's."""
    text = "Kenyan unions said thousands of tea workers of Indian origin went on strike."
    assert _code_of(pipeline, parse_full, text, "workers") == "KENLAB"


def test_a_demonym_in_its_archive_spelling_names_its_country(pipeline, parse_full):
    """The 1980s wires spell Ecuador's adjective "Ecuadorean" as often as "Ecuadorian"."""
    text = "Ecuadorean union federations called a general strike for next Wednesday."
    assert _code_of(pipeline, parse_full, text, "federations") == "ECULAB"


def test_every_sovereign_state_has_a_demonym(pipeline):
    """The states of the UN all have the adjective news uses for them ("Fijian rebels"); the
    territories are left out, and Dominica too, whose "Dominican" belongs to the Dominican Republic."""
    import pycountry

    from newsevents import resources

    written = {row[0]: row for row in resources.read_tsv("countries.tsv")}
    territories = {
        "ABW",
        "AIA",
        "ALA",
        "ASM",
        "ATA",
        "ATF",
        "BES",
        "BLM",
        "BMU",
        "BVT",
        "CCK",
        "COK",
        "CUW",
        "CXR",
        "CYM",
        "FLK",
        "FRO",
        "GGY",
        "GIB",
        "GLP",
        "GUF",
        "GUM",
        "HMD",
        "IMN",
        "IOT",
        "JEY",
        "MAC",
        "MAF",
        "MNP",
        "MSR",
        "MTQ",
        "MYT",
        "NCL",
        "NFK",
        "NIU",
        "PCN",
        "PRI",
        "PYF",
        "REU",
        "SGS",
        "SHN",
        "SJM",
        "SPM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VGB",
        "VIR",
        "WLF",
        "HKG",
        "DMA",
    }
    lacking = [
        c.alpha_3
        for c in pycountry.countries
        if c.alpha_3 not in territories and not written.get(c.alpha_3, ["", ""])[1]
    ]
    assert not lacking
    assert pipeline.knowledge.lookup(("Fijian",), None, False).country == "FJI"


def _subjects_of(pipeline, parse_full, text, verb):
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    return {a.code for a in resolver.subjects(next(t for t in doc.tokens if t.text == verb).i)}


def test_conjuncts_naming_only_a_sector_share_the_coordination_s_country(pipeline, parse_full):
    """The country modifying a coordination holds for each sector-only conjunct; a conjunct
    with its own country keeps it."""
    assert _subjects_of(pipeline, parse_full, "Danish media and government warned Russia.", "warned") == {
        "DNKMED",
        "DNKGOV",
    }
    text = "Lawmakers and officials in Iran and Iraq welcomed the deal."
    found = _subjects_of(pipeline, parse_full, text, "welcomed")
    assert {"IRNGOV", "IRQGOV"} <= found
    mixed = _subjects_of(pipeline, parse_full, "Danish media and the Swedish government warned Russia.", "warned")
    assert "DNKGOV" not in mixed


def test_a_name_joined_by_underscores_is_read_as_its_words(pipeline, parse_full):
    """PETRARCH-formatted text writes names as one word ("Dol_Amroth"); such a word matches the
    name of its words, and only on whole tokens."""
    assert _resolved(pipeline, parse_full, "The talks were held in Saudi_Arabia.", "Saudi_Arabia").code == "SAU"


def test_the_subject_of_a_passive_verb_does_what_its_infinitive_says(pipeline, parse_full):
    """ "was seen to break into" is done by the passive subject; a passive without its agent
    ("to be allowed") inherits no one, so its doer stays unknown."""
    assert _subjects_of(pipeline, parse_full, "Iran was seen to attack the ship.", "attack") == {"IRN"}
    assert not _subjects_of(pipeline, parse_full, "Iran asked to be allowed to inspect the site.", "allowed")


def test_they_passes_over_a_singular_subject(pipeline, parse_full):
    """ "Egypt, Greece and Cyprus met in Cairo. The Italian minister joined the talks. They
    called on Turkey...": one minister is no "they"; the chain goes on to the three."""
    text = (
        "Egypt, Greece and Cyprus met in Cairo on Wednesday. The Italian foreign minister joined the talks. "
        "They called on Turkey to halt drilling."
    )
    assert _last_they(pipeline, parse_full, text) == {"EGY", "GRC", "CYP"}


def test_a_relative_pronoun_stands_for_the_noun_its_clause_modifies(pipeline):
    """ "Cyprus, which Turkey does not recognize": the object "which" is Cyprus."""
    text = "They invited the countries to open dialogue, with the exception of Cyprus, which Turkey does not recognize."
    events = pipeline.code_article(Article(id="r", text=text, published=date(2020, 1, 1)))
    assert [(e.source.code, e.target.code, e.modality) for e in events if e.cameo == "054"] == [
        ("TUR", "CYP", "denied")
    ]


def test_a_past_participle_clause_is_passive_and_inherits_no_doer(pipeline, parse_full):
    """ "An Australian man appeared in court, charged with murder": he was charged, by someone
    unnamed; with an object the participle is a misread past tense and keeps its subject."""
    text = "An Australian man appeared in a New Zealand court on Saturday, charged with murder."
    assert not _subjects_of(pipeline, parse_full, text, "charged")


def test_he_can_be_a_private_person_who_was_a_subject(pipeline):
    """A private person named as a subject is an antecedent of "he", not only officials."""
    text = "Bruce McArthur, a Toronto landscaper, was arrested in Canada. He attacked a police officer in Toronto."
    events = pipeline.code_article(Article(id="h", text=text, published=date(2019, 1, 29)))
    assert [e.source.code for e in events if e.cameo.startswith(("18", "19"))] == ["CANCVL"]


def test_an_unknown_person_with_an_age_and_a_surname_only_tagged_is_a_private_person(pipeline):
    """ "28-year-old Usman Khan stabbed several people": an age says nothing of a role, and
    the recogniser tagging only "Khan" still makes "Usman Khan" a person's name."""
    text = "On Friday, 28-year-old Usman Khan stabbed several people at a hall in London with a knife."
    events = pipeline.code_article(Article(id="k", text=text, published=date(2019, 11, 30)))
    assert {e.source.code for e in events if e.cameo.startswith("18")} == {"GBRCVL"}


def test_a_country_in_a_topic_or_in_the_name_of_a_war_is_not_whose_the_phrase_is(pipeline, parse_full):
    """ "a Vietnam War veteran" is no Vietnamese, "a reporter's question about Syria" is no
    Syrian's; the article's country (Canada here) stands in."""
    text = "Canadian police arrested a man in Toronto. A Vietnam War veteran criticised the police."
    actor = _resolved(pipeline, parse_full, text, "veteran")
    assert actor is None or actor.country != "VNM"
    text = "Canadian police arrested a man in Toronto. A journalist asked a question about Syria."
    actor = _resolved(pipeline, parse_full, text, "question")
    assert actor is None or actor.country != "SYR"
    # a war's own country adjective on the people still makes them its own ("Iraqi war veterans")
    text = "Iraqi war veterans protested in Baghdad."
    assert _resolved(pipeline, parse_full, text, "veterans").country == "IRQ"


@pytest.mark.parametrize(("words", "code"), [("foreign ministry statement", "FRAGOV"), ("police communique", "FRACOP")])
def test_a_message_a_sector_issued_is_of_the_article_s_country(pipeline, parse_full, words, code):
    """ "A foreign ministry statement described the decision as unjustified": as for "a
    foreign ministry spokesman", the issuer with no country named is the article's country's."""
    text = f"France protested over Canada's decision. A {words} described the decision as unjustified."
    actor = _resolved(pipeline, parse_full, text, words.split()[-1])
    assert actor is not None and actor.code == code


def test_us_officials_beyond_the_heads_are_known_by_date(pipeline, parse_full):
    """Vice presidents, attorneys general and congressional leaders carry their sector in
    their years; a grand jury is a court's."""
    text = "On Monday in Washington, Mike Pence criticized the decision."
    assert _subject_actor(pipeline, parse_full, text, date(2019, 5, 1)).code == "USAGOV"
    text = "On Monday in Washington, Mitch McConnell criticized the decision."
    assert _subject_actor(pipeline, parse_full, text, date(2019, 5, 1)).code == "USALEG"
    text = "A federal grand jury in Washington indicted the businessman on Monday."
    assert _subject_actor(pipeline, parse_full, text, date(2019, 5, 1)).code == "USAJUD"


def test_a_sector_word_in_its_mass_sense_names_no_one(pipeline, parse_full):
    """ "with force" is force, not the armed forces; "the force" and "security forces" are."""
    assert _resolved(pipeline, parse_full, "Iran met the escalation with force.", "force") is None
    assert _resolved(pipeline, parse_full, "Israel shared intelligence with Jordan.", "intelligence") is None
    actor = _resolved(pipeline, parse_full, "Iranian security forces arrested the protesters.", "forces")
    assert actor is not None and actor.sector in ("COP", "MIL")


def test_he_takes_up_an_office_named_through_its_country(pipeline):
    """ "Kenya's president said he had met Iran's leader": "he" is Kenya's president (an
    office of one person), not the king of the sentence before."""
    from datetime import date

    from newsevents.records import Article

    text = "The Saudi king arrived in London. Kenya's president said on Tuesday he had met Iran's leader."
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2021, 3, 10)))
    assert {(e.source.code, e.target and e.target.code) for e in rows if e.cameo.startswith("04")} >= {
        ("KENGOV", "IRNGOV")
    }
    assert not [e for e in rows if e.cameo.startswith("04") and e.source.country == "SAU" and e.target.country == "IRN"]


def test_no_leader_alias_names_two_countries_at_once():
    """A surname that two office holders share ("Bush", "Assad", "Botha") must not name two
    people, or two countries, on the same day, or coding by date is ambiguous (one person
    may hold two offices at once: a prime minister who is also defence minister)."""
    from datetime import date

    from newsevents.resources import read_tsv

    spans: dict[str, list[tuple[date, date, str, str]]] = {}
    for country, _sector, _role, name, aliases, start, end in read_tsv("leaders.tsv"):
        begin = date.fromisoformat(start) if start else date.min
        until = date.fromisoformat(end) if end else date.max
        for alias in filter(None, (a.strip() for a in aliases.split(","))):
            spans.setdefault(alias, []).append((begin, until, country, name))
    clashes = [
        (alias, a, b)
        for alias, found in spans.items()
        for i, a in enumerate(found)
        for b in found[i + 1 :]
        if a[2:] != b[2:] and a[0] < b[1] and b[0] < a[1]
    ]
    assert not clashes, clashes[:5]


def test_leaders_of_the_1980s_are_known_by_date(pipeline):
    from datetime import date

    from newsevents.records import Article

    text = "President Reagan met Gorbachev in Geneva."
    rows = pipeline.code_article(Article(id="t", text=text, published=date(1987, 3, 22)))
    assert ("USAGOV", "SUNGOV") in {(e.source.code, e.target and e.target.code) for e in rows}  # the Soviet Union
    rows = pipeline.code_article(Article(id="t", text="Reagan met Gorbachev.", published=date(2020, 3, 22)))
    assert not [e for e in rows if e.source and e.source.code == "USAGOV"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Organisation of Islamic Cooperation condemned the attack.", "IGOMOSOIC"),
        ("OPEC agreed to cut production.", "IGOBUSOPC"),
        ("Doctors Without Borders evacuated its staff from the hospital.", "NGOMSF"),
        ("The OECD urged Japan to cut tariffs.", "IGOWSTBUS"),
        ("GATT experts urged Washington to resist protectionism.", "IGOBUSGAT"),
    ],
)
def test_international_organisations_are_actors(pipeline, text, code):
    from datetime import date

    from newsevents.records import Article

    rows = pipeline.code_article(Article(id="t", text=text, published=date(2021, 3, 10)))
    assert code in {e.source.code for e in rows}


def test_a_full_name_is_not_read_as_an_earlier_namesakes_surname(pipeline, shared):
    """In a Wikinews article that names "Ali Khamenei" before "speaker of the parliament Ali
    Larijani wrote", Larijani's first name must not make him Khamenei: every word of a name
    must be in the earlier one for the name to refer back to it."""
    import json
    from datetime import date

    from newsevents.records import Article

    wanted = "wikinews-Iranian_government_official_Mohammad_Mir-Mohammadi_dies_of_COVID-19"
    with open(shared / "data" / "news" / "wikinews_2019_2020.jsonl", encoding="utf-8") as lines:
        article = next(a for a in map(json.loads, lines) if a["id"] == wanted)
    published = date.fromisoformat(article["date"][:10])
    rows = pipeline.code_article(Article(id=wanted, text=article["text"][:6000], published=published))
    speakers = {e.source.name for e in rows if e.trigger == "wrote"}
    assert speakers and "Ali Khamenei" not in speakers


def test_a_legislature_known_by_its_own_name(pipeline):
    from datetime import date

    from newsevents.records import Article

    text = "Vijay Goel, a member of the Rajya Sabha, criticised the Pakistani government."
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2020, 8, 31)))
    assert ("INDLEG", "111", "PAKGOV") in {(e.source.code, e.cameo, e.target and e.target.code) for e in rows}


def test_a_title_of_an_organisation_the_dictionaries_do_not_know_is_not_the_government(pipeline, parse_full):
    """ "Red Crescent Society spokesman Ahmed Ali" speaks for the society, not for Kenya's
    government; with no code for the society, better none than the article's country."""
    text = "Kenyan police said Red Crescent Society spokesman Ahmed Ali was hurt in Nairobi. Ali was taken to hospital."
    assert _resolved(pipeline, parse_full, text, "Ahmed") is None
    assert _resolved(pipeline, parse_full, text, "Ali") is None  # nor, later, a private person
    # a sector phrase is no unknown organisation
    text = "Kenyan police said Foreign Ministry spokesman Ahmed Ali was hurt in Nairobi."
    actor = _resolved(pipeline, parse_full, text, "Ahmed")
    assert actor is not None and actor.code == "KENGOV"


def test_the_article_s_country_in_a_tie_is_where_things_happen(pipeline, parse_full):
    """Two countries named as often: the one named as a place ("in northern Haiti") is the
    country of the soldiers whom no word places, not that of the Canadian missionaries."""
    text = "Soldiers shot a guard of Canadian missionaries in northern Haiti on Sunday."
    actor = _resolved(pipeline, parse_full, text, "Soldiers")
    assert actor is not None and actor.code == "HTIMIL"


def test_a_leader_named_inside_a_longer_phrase_is_found_again_by_surname(pipeline):
    """ "Hong Kong Chief Executive Carrie Lam" in a sentence only tagged is one phrase from
    "Hong Kong" on; it is the leader's mention all the same, so "Lam" later is her."""
    from newsevents.records import Article

    text = (
        "Hong Kong Chief Executive Carrie Lam delivered her speech by video on Wednesday. "
        "Legislator Tanya Chan urged Lam to step down."
    )
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2019, 10, 17)))
    assert ("HKGLEG", "020", "HKGGOV") in {(e.source.code, e.cameo, e.target and e.target.code) for e in rows}


def test_a_capital_after_in_is_a_place_in_a_sentence_only_tagged(pipeline):
    """ "in Tokyo" is the place, not the Japanese government, whether or not the sentence was
    parsed (the pipeline parses only sentences that can hold an event)."""
    doc = pipeline.parse(["It was sunny in Tokyo on Monday. Tokyo said it would impose sanctions on Iran."])[0]
    assert not doc.sentences[0].parsed
    mentions = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1)).explicit
    first = [m for m in mentions if doc.tokens[m.head].sent == 0]
    assert first and all(m.actor.code == "JPN" for m in first)


def test_his_and_her_give_a_role_the_country_of_the_person_they_stand_for(pipeline, parse_full):
    """ "His defence minister" after "Saudi Arabia's King Fahd arrived in London" is Saudi,
    not of the country the place makes the article's, as "her" already was."""
    text = "Saudi Arabia's King Fahd arrived in London on Tuesday. His defence minister met British officials."
    actor = _resolved(pipeline, parse_full, text, "minister")
    assert actor is not None and actor.code == "SAUMIL"


def test_them_is_not_the_subject_of_its_own_verb(pipeline):
    """ "police fired tear gas at them": them are the protesters told before, never the police."""
    from newsevents.records import Article

    text = (
        "Thousands of Serbian protesters marched on parliament on Saturday. "
        "As they tried to storm parliament, Serbian police in response fired tear gas at them."
    )
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2020, 7, 10)))
    assert ("SRBCOP", "175", "SRBOPP") in {(e.source.code, e.cameo, e.target and e.target.code) for e in rows}


def test_a_title_in_the_text_is_the_office_held_then(pipeline, parse_full):
    """ "U.S. Treasury Secretary James Baker" in an article of 1987, before the dictionary's
    term for him: the title the text gives is his office at the time (USAGOV); with
    "former", or with no title, he stays the country's elite."""
    when = date(1987, 4, 8)
    assert (
        _subject_actor(pipeline, parse_full, "U.S. Treasury Secretary James Baker met the Japanese.", when).code
        == "USAGOV"
    )
    text = "Former U.S. Secretary of State James Baker met the Japanese."
    assert _subject_actor(pipeline, parse_full, text, date(2020, 1, 1)).code == "USAELI"
    assert _subject_actor(pipeline, parse_full, "James Baker met the Japanese.", date(2020, 1, 1)).code == "USAELI"


def test_his_inside_a_person_s_clause_is_that_person(pipeline, parse_full):
    """ "Miyazawa failed to outline the plan in his meeting with Baker": "his" is bound by
    the clause's subject, though Baker is the person named last."""
    text = (
        "Japanese Finance Minister Kiichi Miyazawa arrived with U.S. Treasury Secretary James Baker. "
        "However, Miyazawa failed to outline the plan in his meeting with Baker today."
    )
    assert _resolved(pipeline, parse_full, text, "his").code == "JPNGOV"


def test_a_sector_called_foreign_is_not_the_article_s_country(pipeline, parse_full):
    """ "foreign authorities have complained" in an article on Japan are not Japan's, nor
    are "Western governments"; "the foreign ministry" is."""
    first = "The Japanese market is closed to rice imports. "
    assert _resolved(pipeline, parse_full, first + "Foreign authorities complained.", "authorities") is None
    assert _resolved(pipeline, parse_full, first + "The foreign ministry complained.", "ministry").code == "JPNGOV"
    # a bloc's: several countries', none named
    assert _resolved(pipeline, parse_full, first + "Western governments complained.", "governments") is None


def test_a_coalition_force_is_not_the_article_s_country_but_a_coalition_government_is(pipeline, parse_full):
    """ "Coalition forces" in an article on Syria are several countries' army, not Syria's;
    "the coalition government" of an article on Germany is Germany's."""
    first = "The war in Syria goes on. "
    assert _resolved(pipeline, parse_full, first + "Coalition forces conducted strikes.", "forces") is None
    assert _resolved(pipeline, parse_full, first + "Syrian forces conducted strikes.", "forces").code == "SYRMIL"
    germany = "The German economy is slowing. The coalition government resigned."
    assert _resolved(pipeline, parse_full, germany, "government").code == "DEUGOV"


def test_a_title_and_the_name_after_a_comma_are_one_actor(pipeline):
    """ "the Iraqi Foreign Minister, Ibrahim al-Jaafari," read as two conjuncts is one person
    named twice: one row; a real list ("X, Y and Z") keeps every member."""
    text = "Boris Johnson met the Iraqi Foreign Minister, Ibrahim al-Jaafari, in London today."
    events = pipeline.code_article(Article(id="a", text=text, published=date(2020, 1, 1)))
    assert [e.target.code for e in events if e.cameo == "040"] == ["IRQGOV"]
    text = "The British envoy met the Iraqi president, the Iraqi defence minister and the Iraqi interior minister."
    events = pipeline.code_article(Article(id="b", text=text, published=date(2020, 1, 1)))
    assert sorted(e.target.code for e in events if e.cameo == "040") == ["IRQCOP", "IRQGOV", "IRQMIL"]


def test_a_ministry_known_by_its_own_name_is_its_country_s_unless_another_is_named(pipeline):
    """ "Foreign Office Minister Tobias Ellwood" in an article on Iraq is British; "the German
    Foreign Office" is Germany's; "Iranian-backed Hezbollah" stays Hezbollah."""

    def sources(text):
        events = pipeline.code_article(Article(id="m", text=text, published=date(2016, 7, 3)))
        return {e.source.code for e in events if e.cameo == "111"}

    assert sources("Foreign Office Minister Tobias Ellwood condemned the attack in Baghdad.") == {"GBRGOV"}
    assert sources("The German Foreign Office condemned the attack in Baghdad.") == {"DEUGOV"}
    events = pipeline.code_article(
        Article(id="h", text="Iranian-backed Hezbollah attacked Israel.", published=date(2016, 7, 3))
    )
    assert [e.source.code for e in events if e.cameo == "190"] == ["LBNREB"]


def test_the_pope_is_the_holy_see_s_head_of_state(pipeline, parse_full):
    assert (
        _subject_actor(pipeline, parse_full, "Pope Francis condemned the attack.", date(2019, 1, 28)).code == "VATGOV"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Soviet Union called for talks.", "SUN"),
        ("Soviet troops entered the town.", "SUNMIL"),
        ("East Germany expelled the diplomats.", "DDR"),
        ("Yugoslavia recalled its ambassador.", "YUG"),
        ("Pristina condemned the decision.", "XKXGOV"),
        # a state renamed keeps its code under the old name, a former capital its government
        ("Zaire expelled the diplomats.", "COD"),
        ("Bonn expelled the diplomats.", "DEUGOV"),
        ("Zairean troops entered the town.", "CODMIL"),
    ],
)
def test_states_of_the_past_and_capitals_of_territories(pipeline, parse_full, text, code):
    """The 1987 wire's Soviet Union, Yugoslavia and East Germany are actors of their own
    (ISO 3166-3 codes), not a trade union or nothing; a territory's capital is its government."""
    assert _subject_actor(pipeline, parse_full, text, date(1987, 4, 8)).code == code


def test_a_unit_is_of_whatever_its_modifiers_say(pipeline, parse_full):
    """ "Iraqi army units" are the military; a company's "Trust unit" is no army."""
    assert _subject_actor(pipeline, parse_full, "Iraqi army units attacked the town.").code == "IRQMIL"
    text = "The American company's trust unit agreed to fund four loans."
    actor = _subject_actor(pipeline, parse_full, text)
    assert actor is None or actor.sector != "MIL"


@pytest.mark.parametrize(
    ("text", "moves", "code"),
    [
        # a nationality stated right before the name, or in an apposition after it, however
        # a weak parse hung the demonym (as the shipped parser does in such sentences)
        ("Tunisian national Ali Ben Salah was detained by Danish police.", [("Tunisian", "detained", "amod")], "TUN"),
        ("Ali Ben Salah, a 31-year-old Tunisian, was detained.", [("Tunisian", "detained", "advcl")], "TUN"),
        ("Ali Ben Salah, a Tunisian man, was detained by Danish police.", [("man", "detained", "advcl")], "TUN"),
        # the words between a demonym and a name give the sector
        ("Tunisian Interior Minister Ali Ben Salah was detained.", [("Tunisian", "detained", "amod")], "TUNCOP"),
    ],
)
def test_a_nationality_stated_beside_a_name_is_the_person_s_country(pipeline, parse_full, rehang, text, moves, code):
    doc = parse_full(text)
    for child, head, dep in moves:
        rehang(doc, child, head, dep)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    actor = resolver.resolve(next(t.i for t in doc.tokens if t.text == "Ali"))
    assert (actor.code if len(code) > 3 else actor.country) == code


def test_a_copular_predicate_of_nationality_gives_the_subject_s_country(pipeline, parse_full):
    """ "Hatice Cengiz is a Turkish national now living in London": the name is Turkish."""
    doc = parse_full("Hatice Cengiz is a Turkish national now living in London.")
    resolver = ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1))
    assert resolver.resolve(next(t.i for t in doc.tokens if t.text == "Cengiz")).code == "TURCVL"


def test_a_person_introduced_with_a_nationality_keeps_it_in_later_sentences(pipeline):
    """The introduction is in a sentence the pipeline only tokenizes (no trigger): the
    words alone must give the nationality, and the later surname finds the person."""
    text = "A Tunisian, Ali Ben Salah, appeared in a court in Aarhus, Denmark on Monday. Danish police arrested Salah."
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
    assert [(e.cameo, e.target.country) for e in rows if e.target] == [("173", "TUN")]


def test_an_apposed_noun_that_is_no_nationality_word_is_not_read_as_one(pipeline, parse_full):
    """ "Kaskad, a Russian airline" says what Kaskad is: the demonym alone is not its nationality."""
    text = "Danish police questioned Karl Olsen about Kaskad, a Russian airline, in Aarhus."
    resolver = ActorResolver(pipeline.knowledge, parse_full(text), date(2020, 1, 1))
    head = next(t.i for t in resolver.doc.tokens if t.text == "Kaskad")
    assert resolver._stated_nationality(head, "Kaskad") is None


def test_the_accused_is_the_one_person_whose_nationality_was_stated(pipeline, parse_full):
    first = "A Tunisian, Ali Ben Salah, appeared in a court in Aarhus, Denmark on Monday. "
    text = first + "Danish police arrested the suspect on Friday."
    assert _resolved(pipeline, parse_full, text, "suspect").country == "TUN"
    # two people of stated nationality: one may be the victim, so the article's country stays
    two = "A Tunisian, Ali Ben Salah, and a Swede, Karl Olsen, appeared in a court in Aarhus, Denmark. "
    assert _resolved(pipeline, parse_full, two + "Danish police arrested the suspect.", "suspect").country == "DNK"


def test_their_is_the_nearest_plural_actor_before_it_other_than_the_verb_s_subject(pipeline, parse_full):
    text = "The Iraqi navy seized five Kuwaiti fishing boats and detained their crews."
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
    assert [(e.source.country, e.target.country) for e in rows if e.cameo == "173"] == [("IRQ", "KWT")]
    # "troops shelled their positions": the positions are not the troops' own
    actor = _resolved(pipeline, parse_full, "Syrian troops shelled their positions near Idlib.", "positions")
    assert actor is None or actor.country != "SYR" or actor.sector != "MIL"


def test_a_person_coded_by_an_organisation_alone_is_found_again_by_surname(pipeline, parse_full):
    """ "Agnès Callamard, a UN rapporteur" is the UN's (no sector of her own); a later
    "Callamard" is she, as for any titled person."""
    text = (
        "Agnès Callamard, a UN rapporteur for human rights who had investigated the case, spoke in Geneva. "
        "Callamard urged the CIA to release the files."
    )
    assert _resolved(pipeline, parse_full, text, "Callamard").code == "IGOUNO"


def test_a_surname_the_tagger_reads_as_a_common_noun_is_found_again(pipeline, parse_full):
    """Unfamiliar surnames are often tagged as nouns ("Cengiz called ..."); alone in their
    phrase and capitalised, they still name the person introduced with them, here one coded
    by the nationality before the name. A sector word is never such a surname."""
    text = "Turkish journalist Hatice Cengiz spoke in New York. Cengiz called the admission a political maneuver."
    doc = parse_full(text)
    assert [t.pos for t in doc.tokens if t.text == "Cengiz"][-1] != "PROPN"  # the case this test is about
    assert _resolved(pipeline, parse_full, text, "Cengiz").code == "TURMED"
    text = "Police Commissioner Cressida Dick spoke in London. Police said the attack was planned."
    actor = _resolved(pipeline, parse_full, text, "Police")
    assert actor is None or "Dick" not in actor.text


def test_they_after_a_postposed_attribution_are_the_news_s_subject_not_its_teller(pipeline):
    """ "Farmers blocked a crossing, officials said. Later they blocked roads": the officials
    only tell of the news; "they" are the farmers."""
    from datetime import date

    from newsevents.records import Article

    text = (
        "Spanish farmers took their tractors to the roads today and blocked a border crossing with France, "
        "officials said. Later they blocked roads in the north."
    )
    rows = pipeline.code_article(Article(id="t", text=text, published=date(1987, 3, 1)))
    later = text.index("Later")
    assert [e.source.code for e in rows if e.cameo == "144" and e.to_dict()["evidence"]["start"] >= later] == ["ESPCVL"]


def test_emergency_services_are_organs_of_the_state(pipeline, parse_full):
    """ "the fire service", "Civil Defence": the state's (GOV), as firefighters are."""
    text = "The Indian fire service said wooden panels blocked the corridors."
    assert _resolved(pipeline, parse_full, text, "service").code == "INDGOV"
    text = "The Syrian Civil Defence said rescuers pulled out eleven bodies."
    assert _resolved(pipeline, parse_full, text, "Defence").code == "SYRGOV"


def test_every_region_names_one_known_country_once():
    """``regions.tsv``: each region belongs to one country the knowledge base knows, and no
    region is listed twice (a name in two countries would be left out, as Punjab is)."""
    import pycountry

    from newsevents.resources import read_tsv

    rows = list(read_tsv("regions.tsv"))
    assert len(rows) > 300
    assert all(pycountry.countries.get(alpha_3=country) is not None for country, _ in rows)
    names = [region for _, region in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Northamptonshire police arrested two men.", "GBRCOP"),
        ("Ontario police arrested two men.", "CANCOP"),
        ("Bavaria police arrested two men.", "DEUCOP"),
    ],
)
def test_a_region_gives_its_country_to_the_phrase_it_modifies(pipeline, parse_full, text, code):
    actor = _subject_actor(pipeline, parse_full, text, published=date(2020, 1, 1))
    assert actor is not None and actor.code == code


def test_an_event_in_a_region_is_located_in_its_country(pipeline):
    events = pipeline.code_article(
        Article(id="t", text="Police arrested ten men in Helmand on Monday.", published=date(2020, 1, 1))
    )
    (arrest,) = [e for e in events if e.cameo == "173"]
    assert arrest.location is not None and arrest.location.country == "AFG"


def test_a_bare_secretary_general_heads_the_organisation_named_before(pipeline, parse_full):
    """ "U.N. spokesman X said the Secretary General would ...": with no organisation or
    country in the phrase, the title is the head of the organisation named last (not a
    minister of the article's country); with none named, it stays unknown or local."""
    text = "Iraqi forces shelled Basra. A U.N. spokesman said the Secretary General condemned the shelling."
    events = pipeline.code_article(Article(id="t", text=text, published=date(1987, 10, 20)))
    assert {e.source.code for e in events if e.cameo.startswith("11")} == {"IGOUNO"}


def test_a_name_with_two_readings_takes_the_article_s_country(pipeline):
    """ "Georgia" is a country and a US state: in an article on US politics with nothing else of
    the country Georgia it is the state; beside "Georgian" it stays the country."""
    from newsevents.records import Article

    def criticisers(text: str) -> set[str]:
        rows = pipeline.code_article(Article(id="g", text=text, published=date(2020, 11, 1)))
        return {e.source.country for e in rows if e.cameo == "111"}

    text = "Trump held a rally in Atlanta on Monday. Georgia Governor Brian Kemp criticised the Senate."
    assert criticisers(text) == {"USA"}
    text = "Georgian President Salome Zourabichvili met Biden in Washington. Georgia criticised Russia."
    assert criticisers(text) == {"GEO"}


def test_a_title_with_an_article_is_no_surname(pipeline):
    """ "the Secretary General" after "General John Allen" is the U.N.'s head named before,
    not the general: a surname takes no article."""
    from datetime import date

    from newsevents.records import Article

    text = (
        "US General John Allen visited Kabul on Monday. "
        "U.N. press secretary Francois Giuliani said the Secretary General had no comment on the visit."
    )
    rows = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 1)))
    assert [e.source.code for e in rows if e.cameo == "011"] == ["IGOUNO"]


def test_a_name_with_its_title_after_a_comma_takes_the_title_s_code(pipeline):
    """ "Tobias Ellwood, Foreign Office Minister for the Middle East, said": the speaker is a
    British minister (GBRGOV), not a British civilian."""
    from datetime import date

    from newsevents.records import Article

    text = "Tobias Ellwood, Foreign Office Minister for the Middle East, said the UK welcomed the agreement."
    events = pipeline.code_article(Article(id="t", text=text, published=date(2016, 6, 1)))
    assert [e for e in events if e.cameo == "010" and e.source.code == "GBRGOV"]


def test_a_title_after_a_name_outweighs_the_article_s_country(pipeline):
    """In an article on Iraq, an unknown "Tobias Ellwood" would be an Iraqi civilian; the
    title after the comma says he speaks for the British government."""
    from datetime import date

    from newsevents.records import Article

    text = (
        "Iraq and its Kurdish region agreed a budget deal in Baghdad on Monday. Iraq's prime minister "
        "welcomed it.\n\nTobias Ellwood, Foreign Office Minister for the Middle East, said: I welcome "
        "the agreement reached yesterday by the Government of Iraq."
    )
    events = pipeline.code_article(Article(id="t", text=text, published=date(2016, 6, 1)))
    assert [e for e in events if e.cameo == "010" and e.source.code == "GBRGOV"]
    assert not [e for e in events if e.source.code == "IRQCVL"]


def test_the_kurdistan_regional_government_is_iraq_s(pipeline):
    """ "the Kurdistan Regional Government" is an Iraqi government, whatever other country the
    sentence names ("Kurdistan" alone stays no country's)."""
    from datetime import date

    from newsevents.records import Article

    text = "Britain encouraged the Government of Iraq and the Kurdistan Regional Government to work together."
    events = pipeline.code_article(Article(id="t", text=text, published=date(2016, 6, 1)))
    assert {e.target.code for e in events if e.cameo.startswith("02")} == {"IRQGOV"}


def test_a_committee_of_a_legislature_is_the_legislature_s(pipeline):
    """ "the House Intelligence Committee" is Congress (LEG), not a spy agency; "the Senate
    Armed Services Committee" is no army."""
    from datetime import date

    from newsevents.records import Article

    for text in (
        "Adam Schiff, the chair of the US House Intelligence Committee, criticized Russia.",
        "The United States Senate Armed Services Committee criticized the Pentagon's plan.",
    ):
        events = pipeline.code_article(Article(id="t", text=text, published=date(2020, 1, 10)))
        assert {e.source.code for e in events if e.cameo == "111"} == {"USALEG"}, text


def test_a_capital_naming_a_pact_is_its_place_not_a_party(pipeline):
    """ "refused to join the Paris pact": Paris names where the pact was made, so France's
    government is no target of the refusal ("the Iran deal" would name a party: a country,
    not a capital)."""
    text = "Italy refused to join the Paris pact."
    events = pipeline.code_article(Article(id="t", text=text, published=date(1987, 3, 1)))
    assert events and not [e for e in events if e.target is not None and e.target.code.startswith("FRA")]


def test_the_islamic_development_bank_is_an_organisation(pipeline):
    """ "the Islamic Development Bank (IDB), which signed an agreement with Pakistan" is the
    bank of the Islamic states' organisation, not a Pakistani business."""
    text = "The Islamic Development Bank (IDB) signed an agreement with Pakistan earlier this week."
    events = pipeline.code_article(Article(id="t", text=text, published=date(1987, 3, 1)))
    assert {e.source.code for e in events if e.cameo == "057"} == {"IGOMOSDEVIDB"}


def test_a_place_under_an_act_is_where_it_was_not_who_did_it(pipeline):
    """ "Barrel bomb attacks in Syria killed ten civilians": the attacks were in Syria, not
    Syria's; "Russian attacks in Syria" stay Russia's and "officials in Syria" Syria's."""

    def sources(text):
        events = pipeline.code_article(Article(id="t", text=text, published=date(2016, 6, 1)))
        return {e.source.code for e in events if e.cameo[:2] in ("18", "19", "11")}

    assert "SYR" not in sources("Barrel bomb attacks in Syria killed ten civilians.")
    assert sources("Russian attacks in Syria killed ten civilians.") == {"RUS"}
    assert sources("Officials in Syria condemned the attack.") == {"SYRGOV"}


def test_a_city_inside_a_person_s_name_is_no_place(pipeline, parse_full):
    """ "Fernando Santos Alvite": Santos (a Brazilian city) between two unknown names is part
    of the name, so the minister of an article on Ecuador is Ecuador's, not Brazil's; the
    city before a sector word still places it ("the Houston Police Department")."""
    text = "Ecuador will ask OPEC to raise its quota, deputy Energy Minister Fernando Santos Alvite said."
    assert _resolved(pipeline, parse_full, text, "Alvite").code == "ECUGOV"
    text = "Mayor Richard Houston Smith said the Houston Police Department would help."
    assert _resolved(pipeline, parse_full, text, "Department").code == "USACOP"


def test_a_capital_in_a_person_s_name_is_no_government(pipeline, parse_full):
    """ "Lewis Hamilton" (Bermuda's capital), "Stanley Fischer" (the Falklands') name people,
    and the surname alone later is the same person; "Greater London" stays the city and a
    lone capital its government."""
    text = "Lewis Hamilton criticised the race stewards in Germany."
    assert not (_code_of(pipeline, parse_full, text, "Hamilton") or "").startswith("BMU")
    text += " Later Hamilton said the race was unfair."
    assert not (_code_of(pipeline, parse_full, text, "Hamilton") or "").startswith("BMU")
    text = "Stanley Fischer criticised the central bank of Israel."
    assert not (_code_of(pipeline, parse_full, text, "Stanley") or "").startswith("FLK")
    assert _code_of(pipeline, parse_full, "Greater London police arrested the suspect.", "police") == "GBRCOP"
    assert _code_of(pipeline, parse_full, "Washington criticised Germany.", "Washington") == "USAGOV"


def test_a_city_in_a_person_s_name_is_no_place(pipeline, parse_full):
    """ "Jo Anne Val Tilburg" (a Dutch city) of a Californian university is no Dutch scholar,
    "Vladimir Rebic" no Russian; "Houston police" stay the city's."""
    text = "Jo Anne Val Tilburg of the University of California, Los Angeles disagreed with the findings."
    assert not (_code_of(pipeline, parse_full, text, "Jo") or "").startswith("NLD")
    assert _code_of(pipeline, parse_full, "Houston police arrested two men in Texas.", "police") == "USACOP"
    # a city as a first name before a surname; a state before a full name stays the place
    text = "Serbian police clashed with protesters. Police director Vladimir Rebic said 71 people were arrested."
    assert _code_of(pipeline, parse_full, text, "director") == "SRBCOP"
    text = "Vermont Senator Bernie Sanders criticised the Saudi government."
    assert _code_of(pipeline, parse_full, text, "Sanders") == "USALEG"


def test_the_place_of_an_act_inside_a_phrase_is_not_its_person_s_country(pipeline, parse_full):
    """ "Qasem Soleimani in an airstrike in Baghdad" (the parse hangs the adverbial on the
    name): Baghdad is where the airstrike was, not the Iraqi government. "Officials in Syria"
    stay Syria's; a place that ends a firm's name is the firm's ("at Hanmi Securities Japan")."""
    text = "The United States killed Qasem Soleimani in an airstrike in Baghdad."
    assert _code_of(pipeline, parse_full, text, "Soleimani") != "IRQGOV"
    assert _code_of(pipeline, parse_full, "Officials in Syria condemned the attack.", "Officials") == "SYRGOV"
    text = "Prices will rise, said Andrew Sheaf, general manager of equity activities at Hanmi Securities Japan."
    assert (_code_of(pipeline, parse_full, text, "manager") or "").startswith("JPN")


def test_an_ethnic_group_is_of_the_country_it_lives_in(pipeline, parse_full):
    """ "Ethnic Russians in eastern Ukraine" are Ukraine's people, "ethnic Albanians" in an
    article on Macedonia Macedonia's; "Russians" alone stay Russia's."""
    text = "Ethnic Russians in eastern Ukraine protested on Monday."
    assert _resolved(pipeline, parse_full, text, "Russians").code == "UKRCVL"
    text = "Ethnic Albanians have sworn to fight near Macedonia's border, Macedonian officials said."
    assert _resolved(pipeline, parse_full, text, "Albanians").code == "MKDCVL"
    assert _resolved(pipeline, parse_full, "Russians protested in Moscow.", "Russians").code == "RUSCVL"


def test_a_company_is_of_the_country_it_was_based_in_at_the_time(pipeline, parse_full):
    """Anglo American moved from Johannesburg to London in 1999: a 1987 report is South
    Africa's, a 2020 one Britain's; the "American" in its name makes it no US company."""
    text = "Anglo American Corp said its miners had returned to work."
    doc = parse_full(text)
    head = [t.i for t in doc.tokens if t.text == "Corp"][0]
    assert ActorResolver(pipeline.knowledge, doc, date(1987, 3, 1)).resolve(head).code == "ZAFBUS"
    assert ActorResolver(pipeline.knowledge, doc, date(2020, 3, 1)).resolve(head).code == "GBRBUS"


def test_a_sector_word_that_modifies_a_thing_in_the_phrase_names_no_sector(pipeline, parse_full):
    """ "U.S. Government bond brokers" deal in government bonds: the government word modifies
    "bond", not the brokers; "Iraqi army tank crews" are still soldiers (a tank is no act)."""
    text = "The U.S. Government bond brokers gave in to pressure from regulators."
    assert _resolved(pipeline, parse_full, text, "brokers").code == "USA"
    text = "The Iraqi army tank crews gave in to pressure from the rebels."
    assert _resolved(pipeline, parse_full, text, "crews").code == "IRQMIL"


def test_a_country_naming_a_scandal_inside_the_phrase_is_not_its_owner(pipeline, parse_full):
    """ "his handling of the Iran arms scandal" is about Iran, not Iran's handling."""
    text = "In Washington, the commission criticised the handling of the Iran arms scandal."
    assert not (_code_of(pipeline, parse_full, text, "handling") or "").startswith("IRN")
    text = "In Washington, the commission criticised the handling of the Iranian arms deliveries."
    assert _code_of(pipeline, parse_full, text, "handling").startswith("IRN")


def test_union_begins_the_names_of_firms_and_heads_the_names_of_unions(pipeline, parse_full):
    """ "Union Pacific" is a railway company, "Union leaders" and the "Transport Workers
    Union" are labour; a firm's legal form ("Corp", "Inc") makes it a business, written as
    such: an army "corps" is no "Corp"."""
    assert not (_code_of(pipeline, parse_full, "In Omaha, Union Pacific said profits rose.", "Pacific") or "").endswith(
        "LAB"
    )
    assert _code_of(pipeline, parse_full, "In Britain, Union leaders called a strike.", "leaders") == "GBRLAB"
    text = "In Britain, the Transport Workers Union called a strike."
    assert _code_of(pipeline, parse_full, text, "Union") == "GBRLAB"
    text = "In Canada, Worldgroup Cos Inc said it had been sued."
    assert _code_of(pipeline, parse_full, text, "Inc") == "CANBUS"
    text = "Iraq said its fourth army corps held its positions."  # a "corps" is no "Corp"
    assert _code_of(pipeline, parse_full, text, "corps") == "IRQMIL"


def test_corporate_ranks_are_business_people(pipeline, parse_full):
    """ "executive vice president" is a company rank, unlike a country's "vice president"."""
    text = "Robert Lutz, the American executive vice president, told reporters the plan had failed."
    assert _resolved(pipeline, parse_full, text, "Lutz").code == "USABUS"


def test_a_president_of_an_institution_is_of_that_institution_s_sector(pipeline, parse_full):
    """ "president" alone is the head of state (GOV); a Senate's, a union's or a university's
    president is of the Senate (LEG), the union (LAB), the university (EDU)."""
    text = "Senate President Thomas Rivera Schatz filed the lawsuit against the Puerto Rican governor."
    assert _resolved(pipeline, parse_full, text, "Schatz").code == "PRILEG"
    text = "The Kenyan union president Angela Foulkes criticised the offer."
    assert _resolved(pipeline, parse_full, text, "Foulkes").code == "KENLAB"
    text = "The Kenyan president criticised the offer."
    assert _resolved(pipeline, parse_full, text, "president").code == "KENGOV"


def test_a_city_before_a_name_particle_inside_a_name_is_no_place(pipeline, parse_full):
    """ "Antonio Padua de Seixas": the Italian city between a first name and "de Seixas" is
    part of the name; "in Padua" is still Italy."""
    text = "Brazil's chief debt negotiator Antonio Padua de Seixas criticised the banks."
    assert _resolved(pipeline, parse_full, text, "Seixas").code != "ITA"
    assert _resolved(pipeline, parse_full, text, "Padua").code != "ITA"


def test_brokers_and_traders_are_business_people(pipeline, parse_full):
    """ "a U.S. brokerage house recommended its customers buy the metal": a business (BUS)."""
    text = "A U.S. brokerage house recommended its customers buy the metal."
    assert _resolved(pipeline, parse_full, text, "house").code == "USABUS"


def test_an_object_pronoun_stands_for_a_surname_named_before_it_in_its_sentence(pipeline, parse_full):
    """ "labeled Hosseini as a terrorist and levied sanctions against him": "him" is the person
    named again by surname in its sentence, not the last person the article named in full."""
    text = (
        "Iranian general Qasem Hosseini led the Quds Force. Iraqi Prime Minister Adil Mahdi met Hosseini. "
        "In 2007, the United States government labeled Hosseini as a terrorist and levied sanctions against him."
    )
    assert _code_of(pipeline, parse_full, text, "him") == "IRNMIL"


def test_an_object_pronoun_never_stands_for_the_subject_of_its_own_verb(pipeline, parse_full):
    """ "Mahdi met him": English says "himself" for Mahdi, so "him" is someone named before."""
    text = "Turkish President Recep Erdogan arrived in Baghdad. Iraqi Prime Minister Adil Mahdi met him on Monday."
    assert _code_of(pipeline, parse_full, text, "him") == "TURGOV"


def test_a_pronoun_stands_for_a_person_a_noun_names_nearer_in_its_sentence(pipeline, parse_full):
    """ "sent his wife letters and asked her to leave": "her" is the wife, whom no code names,
    not the minister named a sentence before; a person named nearer still wins ("the
    spokesman said ... to ambassador X when he met"), and "he" takes no plural noun."""
    before = "Polish Interior Minister Anna Kowalska spoke on Monday. "
    assert _code_of(pipeline, parse_full, before + "Novak sent his wife letters and asked her to leave.", "her") is None
    nearer = (
        "A government spokesman said the Greek position was made clear to Turkey's ambassador Nazmi Akiman "
        "when he met Greek Undersecretary Yannis Kapsis last week."
    )
    assert _code_of(pipeline, parse_full, nearer, "he") == "TURGOV"
    plural = 'Polish Trade Minister Jan Nowak spoke. "The problem is convincing businessmen," he said.'
    assert _code_of(pipeline, parse_full, plural, "he") == "POLGOV"


def test_a_plural_pronoun_reads_one_actor_per_person_of_a_list(pipeline, parse_full):
    """ "his Greek and Cypriot counterparts, Nikos Dendias and Nikos Christodoulides": the
    adjective and the name are one Cypriot, so a later "they" has one Cypriot actor; a list of
    actors of one country with different sectors keeps them all."""
    from newsevents.actors.resolve import _without_bare_twins
    from newsevents.records import Actor

    twins = [Actor("Cypriot", "CYP", "CYP"), Actor("Nikos", "CYPELI", "CYP", "ELI"), Actor("Greek", "GRC", "GRC")]
    assert [a.code for a in _without_bare_twins(twins)] == ["CYPELI", "GRC"]
    sectors = [Actor("police", "ISRCOP", "ISR", "COP"), Actor("settlers", "ISRCVL", "ISR", "CVL")]
    assert _without_bare_twins(sectors) == sectors


def test_the_countries_are_several_and_the_two_countries_exclude_the_subject(pipeline):
    """ "invited the countries" names several countries, not the last one named; "Italy
    invited the two countries" invites the two named before Italy, never Italy itself."""
    text = "Egypt and Greece met on Monday. Italy invited the two countries to talks."
    events = pipeline.code_article(Article(id="c", text=text, published=date(2020, 1, 1)))
    assert {e.target.code for e in events if e.cameo.startswith("03")} == {"EGY", "GRC"}
    text = "Egypt and Greece met on Monday. Italy criticised the countries."
    events = pipeline.code_article(Article(id="c", text=text, published=date(2020, 1, 1)))
    assert [e.target.code for e in events if e.cameo.startswith("11")] != ["ITA"]  # not the last named, Italy


def test_he_under_a_surname_s_verb_of_saying_is_the_person_named_in_full_before(pipeline):
    """ "Lorenzana said he had ordered ...": "he" is the Lorenzana named before with his title
    (the Defence Secretary), as the surname itself is, not a private person."""
    text = (
        "Bombs killed 20 in the Philippines. Delfin Lorenzana, the Defence Secretary, condemned the bombing. "
        "Lorenzana said he had arrested ten militants."
    )
    events = pipeline.code_article(Article(id="h", text=text, published=date(2020, 1, 1)))
    assert [e.source.code for e in events if e.cameo.startswith("17")] == ["PHLMIL"]


def test_coordinated_kinds_of_minister_are_one_group_not_actors_of_their_own(pipeline):
    """ "his trade, defence, oil and health ministers": "health" names a kind of minister,
    no health body of its own beside them, though the defence minister is of the military
    (GOV and MIL); "ruling and opposition parties" are two kinds of actor, each acting."""
    text = (
        "Saudi Arabia's King Fahd begins a visit to Britain. King Fahd will be accompanied by his trade, "
        "defence, oil and health ministers, who will hold talks with their British counterparts."
    )
    events = pipeline.code_article(Article(id="m", text=text, published=date(2020, 1, 1)))
    assert sorted(e.source.code for e in events if e.cameo == "040") == ["SAUGOV", "SAUMIL"]
    text = "Japan's ruling and opposition parties agreed to reopen talks on the budget."
    events = pipeline.code_article(Article(id="p", text=text, published=date(2020, 1, 1)))
    assert "JPNOPP" in {e.source.code for e in events if e.cameo.startswith("03")}
    text = (
        "The statement was issued after two days of talks between Guinean natural resources minister "
        "Ousmane Sylla and Nigerian minister of mines Bunu Musa."
    )
    events = pipeline.code_article(Article(id="g", text=text, published=date(2020, 1, 1)))
    assert {(e.source.code, e.target.code) for e in events if e.cameo.startswith("04")} >= {("GINGOV", "NGAGOV")}


def test_it_is_no_plural_subject_above_it(pipeline, parse_full):
    """ "it" in a clause under "Kenyan student groups" is not the groups (the bill, say), while
    under a country or a firm it is that country or firm."""
    text = "Kenyan student groups gave the government until Thursday to throw it out."
    assert _code_of(pipeline, parse_full, text, "it") is None
    assert _code_of(pipeline, parse_full, "Kenya said it would expel two diplomats.", "it") == "KEN"
    text = "The Syrian Democratic Forces announced it had entered into an agreement with Damascus."
    assert _code_of(pipeline, parse_full, text, "it") is not None  # a name in the plural


def test_a_hyphened_patron_is_not_whose_the_phrase_is(pipeline, parse_full):
    """ "Iranian-backed militias" are no Iranian ones, "Russian-brokered talks" no talks of
    Russia's; a coalition "U.S.-led" is still the US's."""
    text = "Lebanese officials said the Iranian-funded militias attacked the town."
    assert _code_of(pipeline, parse_full, text, "militias") != "IRNREB"
    text = "The U.S.-led coalition struck the town."
    assert _code_of(pipeline, parse_full, text, "coalition") == "USA"


@pytest.mark.parametrize(
    ("text", "ship", "code"),
    [
        ("Iran fired a missile at a U.S.-flagged Kuwaiti tanker.", "tanker", "KWT"),
        ("Iraqi jets attacked a Liberian-registered Greek ship.", "ship", "GRC"),
        ("Iran fired a missile at a U.S.-flagged tanker.", "tanker", "USA"),  # the flag alone: its country
    ],
)
def test_a_flag_yields_to_the_owner_a_country_word_names(pipeline, parse_full, text, ship, code):
    """ "a U.S.-flagged Kuwaiti tanker" and "a Liberian-registered Greek ship" are Kuwait's and
    Greece's; with no other country word the flag is the ship's country."""
    assert _code_of(pipeline, parse_full, text, ship) == code


def test_a_side_a_prefix_names_is_not_whose_the_phrase_is(pipeline, parse_full):
    """ "pro-Iranian groups in Lebanon" are Lebanese and "pro-Russian separatists" in a story
    from Ukraine Ukrainian: the prefixed name is the side they take, not their country."""
    text = "Officials in Beirut said the hostages were held by pro-Iranian groups in Lebanon."
    assert _code_of(pipeline, parse_full, text, "groups") == "LBN"
    text = "Ukraine's army said on Monday that pro-Russian separatists shelled the town."
    assert _code_of(pipeline, parse_full, text, "separatists") == "UKRREB"
    text = "Ukraine's army said on Monday that Russian separatists shelled the town."
    assert _code_of(pipeline, parse_full, text, "separatists") == "RUSREB"


def test_the_embassy_is_the_one_named_before(pipeline, parse_full):
    """ "the US Embassy in London ... The embassy declined": the embassy named before, not the
    host's government (``anaphoric_nouns``)."""
    text = "British police wrote to the US Embassy in London. The embassy declined the request."
    assert _code_of(pipeline, parse_full, text, "embassy") == "USAGOV"


def test_the_side_a_group_is_loyal_to_is_not_its_country(pipeline, parse_full):
    """ "militias loyal to Tehran" in Iraq are Iraqi: allegiance names a side, not a country."""
    text = "Militias loyal to Tehran attacked the base, Iraqi officials in Baghdad said on Monday."
    assert _code_of(pipeline, parse_full, text, "Militias") == "IRQREB"


def test_a_post_at_a_state_organ_is_of_its_state(pipeline, parse_full):
    """ "an official at the Foreign Office" holds a post there, so is British in a story on
    Russia; protesters "at the Pentagon" are no soldiers."""
    text = "Russian officials met in Moscow. An official at the Foreign Office criticised the Russian plan."
    assert _code_of(pipeline, parse_full, text, "official") == "GBRGOV"
    text = "Russian officials met in Moscow. Protesters at the Pentagon criticised the Russian plan."
    assert _code_of(pipeline, parse_full, text, "Protesters") != "USAMIL"


def test_the_state_department_is_the_us_government(pipeline, parse_full):
    """The State Department speaks for Washington whatever country the story is about, and a
    post at it is American ("an official at the State Department" in a story on Britain)."""
    text = "British ministers met in London. The State Department rejected the British plan."
    assert _code_of(pipeline, parse_full, text, "Department") == "USAGOV"
    text = "British ministers met in London. An official at the State Department rejected the plan."
    assert _code_of(pipeline, parse_full, text, "official") == "USAGOV"


def test_a_post_anywhere_above_the_organ_is_held_there(pipeline, parse_full):
    """ "Director of Trade Policy at the Foreign Office": the organ hangs on the office's
    name, not on the post, yet the director holds the post there."""
    text = (
        "Russian officials met in Moscow. Jane Miller, Director of Trade Policy at the Foreign Office, "
        "criticised the Russian plan."
    )
    assert _code_of(pipeline, parse_full, text, "Miller") == "GBRGOV"


@pytest.mark.parametrize(
    ("person", "code"),
    [
        ("Sen. Jane Miller (D-Okla.)", "USALEG"),
        ("Rep. Jane Miller (R-Mich)", "USALEG"),
        ("Jane Miller (D-Okla.)", "USALEG"),
        ("Gov. Jane Miller (R-Mich)", "USAGOV"),
        ("Jane Miller of Ind. Holdings", None),
    ],
)
def test_a_us_party_tag_makes_its_holder_an_american_legislator(pipeline, parse_full, person, code):
    """ "Sen. Jane Miller (D-Okla.)": the tag names a US state, the abbreviated title a
    legislator (or governor); "Ind." outside a tag names no state."""
    assert _code_of(pipeline, parse_full, f"{person} criticised the plan.", "Miller") == code


def test_a_us_party_tag_counts_for_the_story_s_country(pipeline, parse_full):
    """A story whose only other place is a London borough in a name ("Brent") is American
    when its legislators carry US party tags."""
    doc = parse_full(
        "Sen. Jane Miller (D-Okla.) and Sen. Tom Hill (D-W.Va.) spoke at a hearing. "
        "Brent Walker, head of the farm council, agreed."
    )
    assert ActorResolver(pipeline.knowledge, doc, date(2020, 1, 1)).main_country[0] == "USA"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a firm's name no dictionary knows: whose spokesman is unknown, not the government's
        ("A Hargreaves Lansdown spokesman declined to comment.", None),
        ("A Foreign Ministry spokesman declined to comment.", "AUSGOV"),
        ("Treasury officials declined to comment.", "AUSGOV"),
    ],
)
def test_a_title_after_an_unknown_name_is_no_government_s(pipeline, parse_full, sentence, expected):
    text = "Australian police charged a bank clerk in Sydney. " + sentence
    word = sentence.split(" declined")[0].split()[-1]
    assert _code_of(pipeline, parse_full, text, word) == expected


def test_a_day_heads_no_actor(pipeline, parse_full):
    """ "On Sunday in London" is a time, even with a place in its phrase."""
    text = "On Sunday in London, a man attacked shoppers with a knife."
    assert _resolved(pipeline, parse_full, text, "Sunday") is None


@pytest.mark.parametrize(("fillers", "expected"), [(2, "INDGOV"), (25, "INDGOV"), (31, None)])
def test_he_reaches_back_thirty_sentences(pipeline, parse_full, fillers, expected):
    """An interview's "he" far from the leader its opening named is someone else."""
    text = "Prime Minister Narendra Modi announced a lockdown. " + "The market was busy that day. " * fillers
    assert _code_of(pipeline, parse_full, text + "He asked me to wait.", "He") == expected


def test_he_after_a_joined_clause_is_the_subject_above_not_its_object(pipeline, parse_full):
    # the person named last is the object of the clause above; readers take its subject
    for text in (
        "Prime Minister Kyriakos Mitsotakis met President Donald Trump, and he denounced the agreement.",
        "Prime Minister Kyriakos Mitsotakis met President Donald Trump before he denounced the agreement.",
    ):
        assert _code_of(pipeline, parse_full, text, "he") == "GRCGOV", text
    # a "he" that opens a sentence of its own still stands for the person named last
    text = "Prime Minister Kyriakos Mitsotakis met President Donald Trump. He denounced the agreement."
    assert _code_of(pipeline, parse_full, text, "He") == "USAGOV"


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("PERUVIAN COPPER MINERS START HUNGER STRIKE", "PER"),
        ("Peru's copper miners strike", "PER"),
        ("GERMAN PRESIDENT'S TOUR MET BY STRIKE", "DEU"),
    ],
)
def test_the_headline_breaks_a_tie_for_the_story_s_country(pipeline, parse_full, title, country):
    """A wire story that names its own country once and a visitor's once is the country of
    its headline; the headline only breaks ties, and only for countries the text names."""
    doc = parse_full(
        "Copper miners went on a hunger strike to press for higher wages. "
        "The strike coincides with a visit by the German president. "
        "Mining provides most of Peru's export earnings."
    )
    resolver = ActorResolver(pipeline.knowledge, doc, date(1987, 3, 18), title)
    assert resolver.main_country[0] == country
    # a country the text never names breaks no tie ("TURKEY" may be the bird)
    turkey = ActorResolver(pipeline.knowledge, doc, date(1987, 3, 18), "TURKEY PRICES FALL").main_country
    assert turkey == ActorResolver(pipeline.knowledge, doc, date(1987, 3, 18)).main_country


@pytest.mark.parametrize(
    ("title", "place", "word", "code"),
    [
        ("West German President Richard Hollweg", "La Paz, Bolivian", "Hollweg", "DEUGOV"),
        ("Peruvian Foreign Minister Jorge Salas", "Quito, Ecuadorean", "Salas", "PERGOV"),
    ],
)
def test_a_capitalised_title_left_out_of_a_person_s_name_still_states_the_nationality(
    pipeline, parse_full, title, place, word, code
):
    """ "the road of West German President Richard Hollweg's motorcade" with the title outside
    the name the entity tagger found: the demonym and the title before it still make him a
    German government official, here and where his surname stands alone later."""
    text = f"Police dispersed miners who blocked the road of {title}'s motorcade to {place} officials said."
    assert _code_of(pipeline, parse_full, f"{text} {word} began a visit on Monday.", word) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Cypriot ambassador to the UN criticised the plan.", "CYPGOV"),
        ("Cyprus' envoy to the United Nations criticised the plan.", "CYPGOV"),
        ("The UN envoy to Syria criticised the plan.", "IGOUNO"),
    ],
)
def test_a_diplomat_serves_who_sends_them_not_where_they_are_sent(pipeline, parse_full, text, code):
    """ "the Cypriot ambassador to the UN" is Cyprus's diplomat; the name under "to" is where
    the post is held."""
    assert _subject_actor(pipeline, parse_full, text, date(1987, 3, 18)).code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The US Navy patrolled the Indian Ocean.", "Ocean"),
        ("Chinese ships sailed into the South China Sea.", "Sea"),
        ("Exxon drilled a new well in the Gulf of Mexico.", "Mexico"),
    ],
)
def test_a_sea_named_after_a_country_is_no_country(pipeline, parse_full, text, word):
    """ "the Indian Ocean", "the South China Sea", "the Gulf of Mexico" name waters, not India,
    China or Mexico; "Indian troops" stay Indian."""
    assert _code_of(pipeline, parse_full, text, word) is None
    assert _code_of(pipeline, parse_full, "Indian troops crossed the line.", "troops") == "INDMIL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A Malaysian police statement called on people to stay calm.", "MYSCOP"),
        ("A Kenyan army communique accused Somalia of shelling border towns.", "KENMIL"),
    ],
)
def test_a_message_s_modifiers_name_its_issuer(pipeline, parse_full, text, code):
    """ "a police statement", "an army communique": the message is its issuer's word, and the
    sector word before it names the issuer."""
    assert _subject_actor(pipeline, parse_full, text, date(1987, 3, 18)).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("President Trump said his staff would delay the aid.", "USAGOV"),
        ("Prime Minister Narendra Modi said his aides would delay the trip.", "INDGOV"),
    ],
)
def test_a_role_noun_s_possessor_says_whose_people_they_are(pipeline, parse_full, text, code):
    """ "his staff", "his aides": a role noun with no modifier of its own is its possessor's
    people, sector and all."""
    doc = parse_full(text)
    resolver = ActorResolver(pipeline.knowledge, doc, date(2019, 9, 25))
    (staff,) = [t for t in doc.tokens if t.text in ("staff", "aides")]
    assert resolver.resolve(staff.i).code == code


def test_an_adjective_for_people_under_a_preposition_is_people(pipeline, parse_full):
    """ "our thoughts are with the injured": an adjective with "the" under a preposition is a
    noun for people (only a noun takes a preposition), of the article's country."""
    text = "British police said three people were stabbed. The prime minister said his thoughts were with the injured."
    assert _code_of(pipeline, parse_full, text, "injured") == "GBRCVL"
    assert _code_of(pipeline, parse_full, "British police said the injured were taken to hospital.", "injured") == (
        "GBRCVL"
    )


def test_a_stretch_of_time_is_no_actor(pipeline, parse_full):
    """ "on the second day of a new offensive east of Iraq's city of Basra" is when, not Iraq
    (``time_nouns``), whatever the phrase names inside; a struck city stays its country's."""
    text = "Iran shelled Basra on the second day of a new offensive east of Iraq's city of Basra."
    assert _code_of(pipeline, parse_full, text, "day") is None
    rows = {
        (e.source.code, e.cameo, e.target and e.target.text)
        for e in pipeline.code_article(Article(id="t", text=text, published=date(1987, 3, 18)))
    }
    assert rows == {("IRN", "194", "Basra")}


def test_a_name_after_non_names_who_is_left_out(pipeline, parse_full):
    """ "non-OPEC producers", "non-OPEC member Norway": no member of OPEC; the name the
    phrase gives, if any, is the actor, and with none the phrase names no one (not the
    story's country)."""
    text = "King Fahd of Saudi Arabia called on non-OPEC producers to cut output."
    assert _code_of(pipeline, parse_full, text, "producers") is None
    assert _code_of(pipeline, parse_full, "He met non-OPEC member Norway.", "Norway") == "NOR"


def test_the_public_are_civilians_and_public_servants_government(pipeline, parse_full):
    """ "called on the public not to listen to the rumours": the country's people (CVL);
    "public servants", "civil servants" work for the government (GOV)."""
    text = "A Malaysian police statement called on the public not to listen to the rumours."
    assert _code_of(pipeline, parse_full, text, "public") == "MYSCVL"
    assert _code_of(pipeline, parse_full, "Malaysian civil servants went on strike.", "servants") == "MYSGOV"


def test_the_community_takes_up_the_european_community_only_bare(pipeline):
    """ "the Community" after "the European Community" is the EC; "the Muslim community"
    names a group of people, no body named before."""
    text = (
        "Indonesia has protested to the European Community about its plan to raise import duties."
        " Indonesia criticised the Community."
    )
    events = pipeline.code_article(Article(id="c", text=text, published=date(1987, 3, 20)))
    assert ("IDN", "111", "IGOEUREEC") in {(e.source.code, e.cameo, e.target and e.target.code) for e in events}
    text = "The European Union imposed sanctions on Russia. The Muslim community condemned the attack."
    events = pipeline.code_article(Article(id="m", text=text, published=date(2020, 3, 20)))
    assert not [e for e in events if e.cameo.startswith("11")]


def test_a_word_of_a_firm_s_name_speaks_for_the_firm(pipeline):
    """ "A Rossignol spokesman" after "Skis Rossignol SA": the firm's (BUS), not a
    government's; "a Philippine government spokesman" stays GOV."""
    text = (
        "French ski maker Skis Rossignol SA said it bought Canadian boot maker CFAS."
        " A Rossignol spokesman declined to give financial details."
        " A French government spokesman declined comment."
    )
    events = pipeline.code_article(Article(id="r", text=text, published=date(1987, 3, 20)))
    assert sorted(e.source.code for e in events if e.cameo == "011") == ["FRABUS", "FRAGOV"]
