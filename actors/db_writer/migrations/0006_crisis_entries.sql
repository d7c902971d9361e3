-- A message answered as a crisis (actors.crisis) is kept in the diary too, marked with
-- its category, so the weekly report can put it first with the help line. Its emotion,
-- intensity and analysis are placeholders ('{}'): the weekly report leaves marked
-- entries out of the emotions it counts.
ALTER TABLE emotion_entries
    ADD COLUMN crisis text CHECK (crisis IN ('suicide', 'self_harm', 'abuse', 'danger'));
