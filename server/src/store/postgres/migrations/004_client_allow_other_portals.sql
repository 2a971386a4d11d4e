-- An app is private to its own portal unless its owners make it available to other portals
-- (docs/api.md#portals-of-an-app); apps registered before this migration become private.
ALTER TABLE clients ADD COLUMN allow_other_portals boolean NOT NULL DEFAULT false;
