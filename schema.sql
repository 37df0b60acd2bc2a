-- stancegraph schema: the one source of the database layout. Embedded in the binary and applied to a
-- fresh file on open; PRAGMA user_version (last line) records the version, and storage/src/migrations.cpp
-- upgrades older files step by step. Change this file and add a migration together.

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY,
  url               TEXT UNIQUE,                 -- NULL allowed many times; unique when given
  content_hash      TEXT NOT NULL UNIQUE,        -- sha256 of the whitespace-normalised text
  title             TEXT NOT NULL,
  source            TEXT,                        -- outlet
  published_at      TEXT NOT NULL CHECK (published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  text              TEXT NOT NULL,
  ingested_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  extractor_version TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_published ON articles (published_at);

-- The enumerated CHECKs in this file are OR chains, not IN lists: SQLite evaluates an IN list of more
-- than two constants by building a temporary b-tree once per statement (and again per trigger
-- firing), which made every single-row insert several times slower.
CREATE TABLE actors (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind = 'state' OR kind = 'government' OR kind = 'leader' OR
                                  kind = 'armed_group' OR kind = 'party' OR kind = 'igo' OR
                                  kind = 'collective' OR kind = 'person' OR kind = 'other'),
  country    TEXT,                               -- ISO 3166 alpha-3
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Former slugs of actors merged into another one: old links keep resolving.
CREATE TABLE actor_redirects (
  slug  TEXT PRIMARY KEY,
  actor INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX actor_redirects_actor ON actor_redirects (actor);

CREATE TABLE aliases (
  id         INTEGER PRIMARY KEY,
  actor      INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  normalised TEXT NOT NULL CHECK (normalised <> ''),  -- sg::normalize_name(alias)
  valid_from TEXT,                                    -- role names ("the US president") hold for a time
  valid_to   TEXT
);
-- NULLs are distinct in a plain UNIQUE constraint, so the validity bounds are coalesced.
CREATE UNIQUE INDEX aliases_unique ON aliases (actor, normalised, coalesce(valid_from, ''), coalesce(valid_to, ''));
CREATE INDEX aliases_normalised ON aliases (normalised);

CREATE TABLE edges (
  id                INTEGER PRIMARY KEY,
  source            INTEGER NOT NULL REFERENCES actors (id),
  relation          TEXT NOT NULL CHECK (relation = 'attacks' OR relation = 'declares_war_on' OR
                                         relation = 'sanctions' OR relation = 'threatens' OR
                                         relation = 'opposes' OR relation = 'accuses' OR
                                         relation = 'condemns' OR relation = 'negotiates' OR
                                         relation = 'backs' OR relation = 'aids' OR
                                         relation = 'allies_with' OR relation = 'member_of'),
  target            INTEGER NOT NULL REFERENCES actors (id),
  date              TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  day               INTEGER NOT NULL,            -- days since 1970-01-01, for the window index
  date_precision    TEXT NOT NULL CHECK (date_precision = 'day' OR date_precision = 'month' OR
                                         date_precision = 'year'),
  polarity          TEXT NOT NULL CHECK (polarity = 'hostile' OR polarity = 'cooperative' OR
                                         polarity = 'structural'),
  weight            INTEGER NOT NULL CHECK (weight BETWEEN -10 AND 10),
  confidence        REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  asserted_by       INTEGER REFERENCES actors (id),
  article           INTEGER REFERENCES articles (id) ON DELETE CASCADE,  -- NULL for curated edges
  evidence          TEXT NOT NULL DEFAULT '',
  span_start        INTEGER,
  span_end          INTEGER,
  origin            TEXT NOT NULL CHECK (origin IN ('extracted', 'curated')),
  extractor_version TEXT NOT NULL DEFAULT '',
  rule              TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK ((origin = 'curated') = (article IS NULL))
);
-- list_edges (storage/src/edges.cpp) takes matches from the most selective of these, or walks the
-- table in id order when matches are dense. The day after source, target and relation narrows a
-- date window inside the index; it also gives an actor's first and last edge in O(log n).
CREATE INDEX edges_source ON edges (source, day);
CREATE INDEX edges_target ON edges (target, day);
CREATE INDEX edges_article ON edges (article);
CREATE INDEX edges_relation ON edges (relation, day, confidence);  -- covers min_confidence too
CREATE INDEX edges_asserted_by ON edges (asserted_by) WHERE asserted_by IS NOT NULL;
-- Covering index for graph snapshots (Store::load_window) and date-range filters: an index-only scan.
CREATE INDEX edges_window ON edges (day, source, target, relation, confidence);

-- The change feed: a monotonic sequence (AUTOINCREMENT never reuses a number), filled by triggers so
-- no write path can forget it.
CREATE TABLE changes (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  entity    TEXT NOT NULL CHECK (entity = 'article' OR entity = 'actor' OR entity = 'edge' OR
                                 entity = 'alias'),
  entity_id INTEGER NOT NULL,
  op        TEXT NOT NULL CHECK (op = 'insert' OR op = 'update' OR op = 'delete' OR op = 'merge'),
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TRIGGER articles_ins AFTER INSERT ON articles BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('article', NEW.id, 'insert'); END;
CREATE TRIGGER articles_upd AFTER UPDATE ON articles BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('article', NEW.id, 'update'); END;
CREATE TRIGGER articles_del AFTER DELETE ON articles BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('article', OLD.id, 'delete'); END;
CREATE TRIGGER actors_ins AFTER INSERT ON actors BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('actor', NEW.id, 'insert'); END;
CREATE TRIGGER actors_upd AFTER UPDATE ON actors BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('actor', NEW.id, 'update'); END;
CREATE TRIGGER actors_del AFTER DELETE ON actors BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('actor', OLD.id, 'delete'); END;
CREATE TRIGGER aliases_ins AFTER INSERT ON aliases BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('alias', NEW.id, 'insert'); END;
CREATE TRIGGER aliases_upd AFTER UPDATE ON aliases BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('alias', NEW.id, 'update'); END;
CREATE TRIGGER aliases_del AFTER DELETE ON aliases BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('alias', OLD.id, 'delete'); END;
CREATE TRIGGER edges_ins AFTER INSERT ON edges BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('edge', NEW.id, 'insert'); END;
CREATE TRIGGER edges_upd AFTER UPDATE ON edges BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('edge', NEW.id, 'update'); END;
CREATE TRIGGER edges_del AFTER DELETE ON edges BEGIN
  INSERT INTO changes (entity, entity_id, op) VALUES ('edge', OLD.id, 'delete'); END;

PRAGMA user_version = 1;
