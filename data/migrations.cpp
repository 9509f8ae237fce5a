#include "data/migrations.h"

#include <string>

namespace yizhan::data {

namespace {
// Never edit a migration that has shipped: add a new one.
constexpr Migration kMigrations[] = {
    {1, "outbox and audit log", R"sql(
CREATE TABLE outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- per-station sequence, never reused
  uuid        TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL,
  occurred_at TEXT NOT NULL,                      -- ISO 8601 with offset
  payload     TEXT NOT NULL,                      -- JSON object
  state       TEXT NOT NULL DEFAULT 'pending'
              CHECK (state IN ('pending', 'sent', 'quarantined')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  last_error  TEXT,
  sent_at     TEXT
);
CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE TABLE audit_log (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
)sql"},
    {2, "staff credentials, lockout and calls for staff", R"sql(
CREATE TABLE staff_credential (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  pin_hash TEXT NOT NULL,
  set_at   TEXT NOT NULL
);
CREATE TABLE staff_lockout (
  id                   INTEGER PRIMARY KEY CHECK (id = 1),
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  locked_until_epoch   INTEGER                        -- seconds since 1970, UTC
);
CREATE TABLE staff_call (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  raised_at  TEXT NOT NULL,
  raised_epoch INTEGER NOT NULL,
  source     TEXT NOT NULL,
  handled_at TEXT
);
CREATE INDEX staff_call_open ON staff_call(handled_at, id);
)sql"},
    {3, "queue tickets", R"sql(
CREATE TABLE ticket (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  service       TEXT NOT NULL,
  day           TEXT NOT NULL,                   -- local date, YYYY-MM-DD
  number        INTEGER NOT NULL CHECK (number > 0),
  code          TEXT NOT NULL,                   -- as printed and called, e.g. A012
  tracking_code TEXT NOT NULL UNIQUE,            -- in the ticket's QR code
  priority      INTEGER NOT NULL DEFAULT 0,
  issued_at     TEXT NOT NULL,
  print_status  TEXT NOT NULL DEFAULT 'pending'
                CHECK (print_status IN ('pending', 'printed', 'failed')),
  UNIQUE (service, day, number)                  -- a number is never issued twice
);
)sql"},
    {4, "calling tickets at counters", R"sql(
-- Where a ticket waits now: a transfer moves it to another service's queue, while its number
-- stays unique under the service that issued it.
ALTER TABLE ticket ADD COLUMN queue_service TEXT;
UPDATE ticket SET queue_service = service;
ALTER TABLE ticket ADD COLUMN status TEXT NOT NULL DEFAULT 'waiting'
  CHECK (status IN ('waiting', 'called', 'held', 'served', 'no_show'));
-- Order of arrival, kept across transfers; a sequence rather than a time, so a clock that
-- jumps backwards cannot move anybody ahead.
ALTER TABLE ticket ADD COLUMN arrival_seq INTEGER;
UPDATE ticket SET arrival_seq = id;
ALTER TABLE ticket ADD COLUMN arrived_epoch INTEGER;   -- seconds since 1970, for wait times
ALTER TABLE ticket ADD COLUMN counter INTEGER;         -- while called or held
ALTER TABLE ticket ADD COLUMN recalls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN call_seq INTEGER;        -- order of first calls in the day
ALTER TABLE ticket ADD COLUMN first_called_epoch INTEGER;
ALTER TABLE ticket ADD COLUMN called_epoch INTEGER;    -- start of the current service
ALTER TABLE ticket ADD COLUMN finished_epoch INTEGER;  -- served or no-show
CREATE INDEX ticket_waiting ON ticket(queue_service, day, status, priority, arrival_seq);
CREATE INDEX ticket_calls ON ticket(queue_service, day, call_seq);
CREATE INDEX ticket_call_order ON ticket(call_seq);
CREATE INDEX ticket_at_counter ON ticket(counter, status);
CREATE INDEX ticket_served ON ticket(queue_service, counter, status, finished_epoch);
CREATE INDEX ticket_by_day ON ticket(day, id);

CREATE TABLE counter_state (
  number     INTEGER PRIMARY KEY,
  is_open    INTEGER NOT NULL DEFAULT 0,
  changed_at TEXT NOT NULL
);

-- Every call and recall in order: the display announces each row once.
CREATE TABLE call_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id INTEGER NOT NULL REFERENCES ticket(id),
  code      TEXT NOT NULL,
  counter   INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('call', 'recall')),
  at        TEXT NOT NULL
);
)sql"},
    {5, "residents' priority flags set by staff", R"sql(
-- Only a keyed hash of the ID number (the key lives outside the database) and its masked form.
CREATE TABLE resident_flag (
  id_hash    TEXT PRIMARY KEY,
  masked_id  TEXT NOT NULL,
  disability INTEGER NOT NULL DEFAULT 0,
  set_at     TEXT NOT NULL,
  set_by     TEXT NOT NULL
);
)sql"},
    {6, "appointments", R"sql(
-- A booked slot. The holder is a keyed hash of the ID number or phone (to find the booking
-- again at check-in) and its masked form (to show); never the number itself.
CREATE TABLE appointment (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,        -- also the slip's QR code and the district's key
  service       TEXT NOT NULL,
  day           TEXT NOT NULL,               -- local YYYY-MM-DD
  slot_start    INTEGER NOT NULL,            -- minutes after local midnight
  slot_minutes  INTEGER NOT NULL,
  slot_epoch    INTEGER NOT NULL,            -- the slot's start, seconds since 1970
  holder_kind   TEXT NOT NULL CHECK (holder_kind IN ('id_card', 'phone')),
  holder_hash   TEXT NOT NULL,
  holder_masked TEXT NOT NULL,
  source        TEXT NOT NULL,               -- kiosk, console, district
  status        TEXT NOT NULL DEFAULT 'booked'
                CHECK (status IN ('booked', 'checked_in', 'missed', 'cancelled')),
  booked_at     TEXT NOT NULL,
  checked_in_at TEXT,
  ticket_id     INTEGER REFERENCES ticket(id),
  missed_at     TEXT
);
CREATE INDEX appointment_slot ON appointment(service, day, slot_start, status);
CREATE INDEX appointment_holder ON appointment(holder_hash, day);
CREATE INDEX appointment_due ON appointment(status, slot_epoch);
-- A checked-in booking's ticket (class 2 in ticket.priority) keeps its booked time here.
ALTER TABLE ticket ADD COLUMN booked_epoch INTEGER;
)sql"},
    {7, "district sync: outbox delivery states and the sync state", R"sql(
-- The outbox gains 'discarded' (staff gave up on a rejected event, with a reason) and keeps
-- why the district rejected an event. SQLite cannot change a CHECK in place, so the table is
-- rebuilt, carrying AUTOINCREMENT's counter over, so no sequence number is ever reused.
CREATE TABLE outbox_v7 (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid            TEXT NOT NULL UNIQUE,
  type            TEXT NOT NULL,
  occurred_at     TEXT NOT NULL,
  payload         TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sent', 'quarantined', 'discarded')),
  attempts        INTEGER NOT NULL DEFAULT 0,   -- uploads tried (a batch that got no answer)
  last_error      TEXT,
  sent_at         TEXT,                         -- when the district answered accepted/duplicate
  reject_code     TEXT,                         -- the district's code when it rejected the event
  quarantined_at  TEXT,
  discard_reason  TEXT
);
INSERT INTO outbox_v7 (seq, uuid, type, occurred_at, payload, state, attempts, last_error, sent_at)
  SELECT seq, uuid, type, occurred_at, payload, state, attempts, last_error, sent_at FROM outbox;
-- The counter remembers numbers of rows deleted since; it moves over by hand.
CREATE TEMP TABLE outbox_counter AS SELECT seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_v7 RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state, seq);
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'outbox', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox');
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(seq) FROM temp.outbox_counter), 0))
  WHERE name = 'outbox';
DROP TABLE temp.outbox_counter;
-- What the uploader knows between restarts: last success, the applied district configuration.
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql"},
    {8, "a lockout for the kiosk and one for the counter console", R"sql(
-- Two lockouts: 1 the kiosk's own keypad, 2 the counter console over the network, so wrong
-- PINs from the network cannot lock staff out of the kiosk in front of them.
CREATE TABLE staff_lockout_v8 (
  id                   INTEGER PRIMARY KEY CHECK (id IN (1, 2)),
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  locked_until_epoch   INTEGER                        -- seconds since 1970, UTC
);
INSERT INTO staff_lockout_v8 SELECT id, consecutive_failures, locked_until_epoch FROM staff_lockout;
DROP TABLE staff_lockout;
ALTER TABLE staff_lockout_v8 RENAME TO staff_lockout;
)sql"},
    {9, "volunteers: the roster and their shifts", R"sql(
-- Names and phones are sealed (AEAD, the key in keys/personal-seal.key, not here); a phone and
-- an ID number are found again by their keyed hash; only masked forms are readable.
CREATE TABLE volunteer (
  id                 INTEGER PRIMARY KEY,           -- on the volunteer's QR card
  external_id        TEXT UNIQUE,                   -- the district's or the spreadsheet's id
  name_sealed        TEXT NOT NULL,
  name_masked        TEXT NOT NULL,                 -- 王*明
  phone_sealed       TEXT,
  phone_hash         TEXT UNIQUE,
  phone_masked       TEXT,
  id_hash            TEXT UNIQUE,
  id_masked          TEXT,
  team               TEXT NOT NULL,
  kind               TEXT NOT NULL
                     CHECK (kind IN ('in_service_member', 'retired_member', 'public')),
  employer           TEXT NOT NULL DEFAULT '',      -- an in-service member's unit
  skills             TEXT NOT NULL DEFAULT '',      -- errand ids, comma-separated
  pin_hash           TEXT,                          -- Argon2id
  status             TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'inactive', 'removed')),
  source             TEXT NOT NULL,                 -- kiosk, import, district
  enrolled_at        TEXT NOT NULL,
  changed_at         TEXT NOT NULL,
  pin_failures       INTEGER NOT NULL DEFAULT 0,
  locked_until_epoch INTEGER
);
-- One row per duty: who, what, where, when, how long it counts, who confirmed it.
CREATE TABLE volunteer_shift (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  volunteer_id      INTEGER NOT NULL REFERENCES volunteer(id),
  activity          TEXT NOT NULL,
  station           TEXT NOT NULL,                   -- the organising station's id
  day               TEXT NOT NULL,                   -- local day it began
  start_epoch       INTEGER NOT NULL,
  started_at        TEXT NOT NULL,
  end_epoch         INTEGER,
  ended_at          TEXT,
  ended_by          TEXT CHECK (ended_by IN ('signed_out', 'signed_in_again', 'station_closed')),
  credited_minutes  INTEGER NOT NULL DEFAULT 0,      -- what counts now
  proposed_minutes  INTEGER NOT NULL DEFAULT 0,      -- what the rules give, for staff to confirm
  flag              TEXT NOT NULL DEFAULT 'none'
                    CHECK (flag IN ('none', 'forgotten', 'capped', 'clock_back')),
  status            TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'closed', 'review', 'confirmed', 'corrected')),
  confirmed_by      TEXT,
  confirmed_at      TEXT,
  correction_reason TEXT
);
CREATE UNIQUE INDEX volunteer_shift_one_open ON volunteer_shift(volunteer_id) WHERE status = 'open';
CREATE INDEX volunteer_shift_by_volunteer ON volunteer_shift(volunteer_id, start_epoch);
CREATE INDEX volunteer_shift_by_day ON volunteer_shift(day);
CREATE INDEX volunteer_shift_by_status ON volunteer_shift(status);
)sql"},
    {10, "volunteers' points ledger and monthly totals", R"sql(
-- 双积分: every award, naming the rule in force that day; never changed or removed, so a new
-- rule cannot rewrite history. A shift or request earns once (UNIQUE).
CREATE TABLE volunteer_points (
  id            INTEGER PRIMARY KEY,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer(id),
  day           TEXT NOT NULL,                 -- the day the service was done
  month         TEXT NOT NULL,                 -- YYYY-MM of that day
  tenths        INTEGER NOT NULL CHECK (tenths >= 0),  -- points awarded, in tenths
  wanted_tenths INTEGER NOT NULL,              -- what the rule gave before the monthly cap
  reason        TEXT NOT NULL CHECK (reason IN ('shift', 'request')),
  source        TEXT NOT NULL,                 -- the shift's or the request's uuid
  rule_from     TEXT NOT NULL,                 -- the rule behind it (its first day)
  at            TEXT NOT NULL,
  UNIQUE (reason, source)
);
CREATE INDEX volunteer_points_by_volunteer ON volunteer_points(volunteer_id, month);
CREATE TRIGGER volunteer_points_no_update BEFORE UPDATE ON volunteer_points
  BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
CREATE TRIGGER volunteer_points_no_delete BEFORE DELETE ON volunteer_points
  BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
-- Each volunteer's month so far, kept with every credit, so ranks and the top ten are an index
-- walk rather than a sum over every shift of the month.
CREATE TABLE volunteer_month (
  volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
  month        TEXT NOT NULL,
  minutes      INTEGER NOT NULL DEFAULT 0,
  tenths       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (volunteer_id, month)
);
CREATE INDEX volunteer_month_rank ON volunteer_month(month, minutes);
)sql"},
    {11, "residents, and their on-behalf requests with every transition", R"sql(
-- A resident as the station keeps them for its services: name, phone, birth date and address
-- sealed (AEAD, the key outside the database); the ID number and phone found again by keyed
-- hash; a unit's residents found by a keyed tag of building and unit, so not even the address
-- is readable from a copied file. The grid is the district's word for a group of buildings.
CREATE TABLE resident (
  id             INTEGER PRIMARY KEY,
  id_hash        TEXT UNIQUE,
  id_masked      TEXT,
  name_sealed    TEXT NOT NULL,
  name_masked    TEXT NOT NULL,
  birth_sealed   TEXT,                        -- YYYYMMDD, for the age
  phone_sealed   TEXT,
  phone_hash     TEXT UNIQUE,
  phone_masked   TEXT,
  address_sealed TEXT,                        -- building, unit and room
  place_tag      TEXT,                        -- keyed tag of building and unit
  grid           TEXT NOT NULL DEFAULT '',    -- '' when the building is in no grid
  lives_alone    INTEGER NOT NULL DEFAULT 0,  -- 独居: one-to-one service
  on_roster      INTEGER NOT NULL DEFAULT 0,  -- staff or the district listed them
  source         TEXT NOT NULL CHECK (source IN ('card', 'staff', 'district')),
  registered_at  TEXT NOT NULL,
  changed_at     TEXT NOT NULL
);
CREATE INDEX resident_by_place ON resident(place_tag);
-- An on-behalf request (红色代办); appeals (民意诉求) will share it under their own kind.
CREATE TABLE service_request (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,         -- the district's key
  number          TEXT NOT NULL UNIQUE,         -- as printed and read out: 20261202-003
  tracking_code   TEXT NOT NULL UNIQUE,         -- in the slip's QR code
  kind            TEXT NOT NULL DEFAULT 'errand' CHECK (kind IN ('errand', 'appeal')),
  resident_id     INTEGER REFERENCES resident(id),  -- NULL once purged
  resident_masked TEXT NOT NULL,                -- 王*明 110***********0021, kept after a purge
  errand          TEXT NOT NULL,                -- the errand type's id
  errand_name     TEXT NOT NULL,                -- its name when the request was made
  answers         TEXT NOT NULL DEFAULT '[]',   -- JSON: the choices the resident tapped
  skill           TEXT NOT NULL DEFAULT '',
  home_visit      INTEGER NOT NULL DEFAULT 0,
  grid            TEXT NOT NULL DEFAULT '',
  priority        INTEGER NOT NULL DEFAULT 0,   -- 70+ or living alone when it was made
  state           TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted', 'dispatched',
                  'taken', 'in_progress', 'resolved', 'closed', 'reopened', 'on_hold',
                  'referred', 'cancelled', 'no_contact')),
  before_hold     TEXT,                         -- where it goes back to from on hold
  hold_since      TEXT,                         -- the day it was put on hold
  volunteer_id    INTEGER REFERENCES volunteer(id),
  source          TEXT NOT NULL,                -- kiosk, console
  accepted_at     TEXT NOT NULL,
  accepted_day    TEXT NOT NULL,
  accepted_epoch  INTEGER NOT NULL,
  working_days    INTEGER NOT NULL,
  extension_days  INTEGER NOT NULL DEFAULT 0,
  held_days       INTEGER NOT NULL DEFAULT 0,   -- working days of holds that have ended
  due_day         TEXT NOT NULL,
  taken_epoch     INTEGER,                      -- first dispatched or taken
  callback_tries  INTEGER NOT NULL DEFAULT 0,   -- unanswered since it was last resolved
  rounds          INTEGER NOT NULL DEFAULT 1,   -- 1, then 2 after a reopening, …
  closed_at       TEXT,
  purge_after     TEXT,                         -- the day its resident details go
  changed_at      TEXT NOT NULL
);
-- The staff's lists, each a walk of one index in due order: by state; open ones by due day,
-- by grid and by errand (closed_at is set on the four final states).
CREATE INDEX service_request_by_state ON service_request(state, due_day, id);
CREATE INDEX service_request_open_by_due ON service_request(due_day, id) WHERE closed_at IS NULL;
CREATE INDEX service_request_open_by_grid ON service_request(grid, due_day, id)
  WHERE closed_at IS NULL;
CREATE INDEX service_request_open_by_errand ON service_request(errand, due_day, id)
  WHERE closed_at IS NULL;
CREATE INDEX service_request_by_volunteer ON service_request(volunteer_id, state);
CREATE INDEX service_request_by_resident ON service_request(resident_id, state);
CREATE INDEX service_request_purge ON service_request(purge_after) WHERE resident_id IS NOT NULL;
-- Every transition with who, when and why: the request's history and the district's record.
CREATE TABLE request_event (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES service_request(id),
  action       TEXT NOT NULL,                   -- accept, dispatch, take, …
  from_state   TEXT,                            -- NULL for accept
  to_state     TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('staff', 'volunteer', 'resident', 'station')),
  actor        TEXT NOT NULL,
  volunteer_id INTEGER,
  reason       TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  at           TEXT NOT NULL,
  day          TEXT NOT NULL
);
CREATE INDEX request_event_by_request ON request_event(request_id, id);
)sql"},
    {12, "the grids each volunteer serves", R"sql(
-- A volunteer who serves the whole community keeps '' (every grid); one tied to their own
-- buildings lists those grids, and sees only their requests at the kiosk.
ALTER TABLE volunteer ADD COLUMN grids TEXT NOT NULL DEFAULT '';
)sql"},
    {13, "appeals: their place, department and level; department replies", R"sql(
-- An appeal (民意诉求) is a request of kind 'appeal': its category in errand/errand_name, the
-- place it is about, whether it is urgent, whether the resident left no name (nobody to call
-- back), and the department and level it was passed up to (吹哨).
ALTER TABLE service_request ADD COLUMN place_building TEXT NOT NULL DEFAULT '';  -- or a spot
ALTER TABLE service_request ADD COLUMN place_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE service_request ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service_request ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service_request ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE service_request ADD COLUMN level TEXT NOT NULL DEFAULT '';
CREATE INDEX service_request_open_by_kind ON service_request(kind, due_day, id)
  WHERE closed_at IS NULL;
-- Transitions now come from departments too, and say which department and level: the
-- table is rebuilt for its wider CHECK (SQLite cannot alter one).
CREATE TABLE request_event_v13 (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES service_request(id),
  action       TEXT NOT NULL,
  from_state   TEXT,
  to_state     TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('staff', 'volunteer', 'resident', 'station',
                                             'department')),
  actor        TEXT NOT NULL,
  volunteer_id INTEGER,
  reason       TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  at           TEXT NOT NULL,
  day          TEXT NOT NULL,
  department   TEXT NOT NULL DEFAULT '',
  level        TEXT NOT NULL DEFAULT ''
);
INSERT INTO request_event_v13 (id, request_id, action, from_state, to_state, role, actor,
  volunteer_id, reason, note, at, day)
  SELECT id, request_id, action, from_state, to_state, role, actor, volunteer_id, reason, note,
         at, day FROM request_event;
DROP TABLE request_event;
ALTER TABLE request_event_v13 RENAME TO request_event;
CREATE INDEX request_event_by_request ON request_event(request_id, id);
-- The figures the district asks for walk a day's, week's or month's events.
CREATE INDEX request_event_by_day ON request_event(day, request_id);
-- Every reply a department sent down, once (the district's reply id), with what became of it:
-- applied to its appeal, or kept for staff because it could not be (an unknown or closed
-- appeal, a department the appeal was never sent to, a reply that came after a later one).
CREATE TABLE appeal_reply (
  id          INTEGER PRIMARY KEY,
  reply_id    TEXT NOT NULL UNIQUE,
  appeal_uuid TEXT NOT NULL,
  request_id  INTEGER REFERENCES service_request(id),
  department  TEXT NOT NULL,
  kind        TEXT NOT NULL,      -- received, in_progress, done, sent_back
  note        TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL,      -- when the department sent it
  arrived_at  TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('applied', 'stale', 'unknown_appeal',
                                               'closed_appeal', 'wrong_department', 'refused')),
  detail      TEXT NOT NULL DEFAULT '',
  handled_at  TEXT                -- staff looked at a reply that was kept
);
CREATE INDEX appeal_reply_by_request ON appeal_reply(request_id, id);
CREATE INDEX appeal_reply_kept ON appeal_reply(id)
  WHERE outcome NOT IN ('applied', 'stale') AND handled_at IS NULL;
)sql"},
    {14, "the echo wall's walk of what was done lately; the figures' covering index", R"sql(
-- The echo wall (回音墙) shows the requests and appeals done and closed lately, newest first.
CREATE INDEX service_request_done_by_close ON service_request(closed_at, id)
  WHERE state IN ('closed', 'no_contact');
-- The figures read only the day, the request and the action of a period's events: with the
-- action in the index they never touch the table.
DROP INDEX request_event_by_day;
CREATE INDEX request_event_by_day ON request_event(day, request_id, action);
)sql"},
};
}  // namespace

std::span<const Migration> allMigrations() {
  return kMigrations;
}

int latestSchemaVersion() {
  return kMigrations[std::size(kMigrations) - 1].version;
}

void migrate(Database& db, int target, const std::function<void(int)>& beforeFirst) {
  int current = db.userVersion();
  if (current > latestSchemaVersion()) {
    throw StoreError(StoreError::Kind::Other,
                     "database schema version " + std::to_string(current) +
                         " is newer than this program (" + std::to_string(latestSchemaVersion()) +
                         "); install the newer Yizhan or restore a backup");
  }
  if (current >= target) return;
  if (current > 0 && beforeFirst) beforeFirst(current);
  for (const Migration& m : kMigrations) {
    if (m.version <= current || m.version > target) continue;
    Transaction tx(db);
    db.exec(m.sql);
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace yizhan::data
