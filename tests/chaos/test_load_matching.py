"""How chaos.load maps one chat's replies to its phrases (``_assign``) and tells a lost
reply from a duplicate: a reply answers the oldest unanswered phrase when the headers
agree; otherwise the reading that assumes fewer faults (phrases left unanswered plus
duplicates) over the whole transcript wins, a duplicate on a tie."""

from __future__ import annotations

from chaos.load import Sent, _assign


def chat(script: str) -> tuple[list[Sent | str | None], list[Sent]]:
    """``"a b > a b"``: the parent sends phrases a and b, then two replies come, with the
    headers of a and b (``?`` for a bot message with no known header)."""
    events: list[Sent | str | None] = []
    phrases: list[Sent] = []
    replying = False
    for word in script.split():
        if word == ">":
            replying = True
        elif word == "<":
            replying = False
        elif replying:
            events.append(None if word == "?" else word)
        else:
            phrases.append(Sent(update_id=len(phrases), chat_id=1, message_id=len(phrases),
                                phrase=word, at=float(len(phrases))))
            events.append(phrases[-1])
    return events, phrases


def answers(script: str) -> list[int | None]:
    events, _ = chat(script)
    return _assign(events)


def test_replies_in_order_answer_their_phrases() -> None:
    assert answers("a > a < b a > b a < c > c") == [0, 1, 2, 3]


def test_a_reply_answers_only_a_phrase_sent_before_it() -> None:
    assert answers("a > b < b > b") == [None, 1]


def test_one_lost_reply_does_not_turn_the_later_ones_into_duplicates() -> None:
    """The reply to phrase 2 ("c") is lost; "a" and "b" were answered before. Each later
    reply answers its own phrase, and only phrase 2 stays unanswered."""
    assert answers("a b c a b d > a b a b d") == [0, 1, 3, 4, 5]


def test_a_replay_after_a_restart_is_a_duplicate_of_the_phrase_just_answered() -> None:
    """The reply to phrase 1 ("b") came twice: the second is a duplicate of phrase 1, not
    the answer to the later "b"."""
    assert answers("a b c d b > a b b c d b") == [0, 1, 1, 2, 3, 4]


def test_a_replay_of_several_goes_on_from_phrase_to_phrase() -> None:
    """A restart re-sent the replies to phrases 1 and 2, then answered phrase 3 on."""
    assert answers("a b c d b c > a b c b c d b c") == [0, 1, 2, 1, 2, 3, 4, 5]


def test_a_reply_with_no_phrase_of_its_header_is_unexpected() -> None:
    assert answers("a b > a z ? b") == [0, None, None, 1]


def test_a_long_chat_with_many_faults_is_matched_quickly() -> None:
    """The lookahead is bounded: 300 phrases from four headers, every fifth reply lost
    and every seventh sent twice, still map (the readings may differ, none is lost)."""
    headers = "abcd"
    phrases = [headers[i % 4] for i in range(300)]
    replies: list[str] = []
    for i, header in enumerate(phrases):
        if i % 5 != 4:
            replies.append(header)
        if i % 7 == 6:
            replies.append(header)
    targets = answers(" ".join(phrases) + " > " + " ".join(replies))
    assert len(targets) == len(replies)
    assert None not in targets


def test_a_replay_is_not_taken_for_a_later_phrase_answered_before_older_ones() -> None:
    """From a kill drill at 120 phrases/s: phrase 0 ("a") was answered just before the
    kill, phrases 1–3 were in flight, 4–10 came while the bot was down (10 is "a"
    again), and the new process re-sent the reply to phrase 0, then answered 1 on, in
    order, while the parent kept writing. Taking the replay for the answer to phrase 10
    would have the bot answer 10 before 1–9, which it never does (a chat's replies keep
    its order); the lookahead saw 1–9 answered and no duplicate, and chose it: the real
    answer to 10, beyond the lookahead, then counted as a duplicate outside the replies
    in flight, and the drill said FAIL."""
    script = ("a > a < b c d e f g h i j a > a b < k > c d e f < l > g < m n o p q > h i j "
              "< r s t > a k l m n o p q r s t")
    assert answers(script) == [0, 0, *range(1, 10), 10, *range(11, 21)]
