-- Readers of a topic were kept as a plain SHA-256 of member, topic and week, which anyone holding
-- the database could match to a member by hashing every member id. From now on they are an HMAC
-- under a key derived from the note key (src/security/reader-key.ts). The old rows cannot be
-- re-keyed without doing exactly that matching, so they go: the training-need counts start again
-- from the week of the upgrade (at most one digest suggestion is missed).
DELETE FROM "topic_readers";
