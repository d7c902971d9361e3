-- Onboarding asks for consent to the privacy notice before any child is stored, and a
-- child's birth year (so the age grows with the calendar) and, in Russian, gender (for
-- the grammatical forms of the texts). Rows written before this migration keep NULLs:
-- a family from before the notice, a child whose age stays as it was saved.
ALTER TABLE families ADD COLUMN consented_at timestamptz;
ALTER TABLE children ADD COLUMN birth_year smallint CHECK (birth_year BETWEEN 1900 AND 9999);
ALTER TABLE children ADD COLUMN gender text CHECK (gender IN ('boy', 'girl'));
