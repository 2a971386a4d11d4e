-- Several accounts in one browser (docs/api.md#several-accounts): the (account, portal) pair picked for an
-- interaction, or its clearing, with the instant; null while none was picked.
ALTER TABLE interactions ADD COLUMN choice jsonb;
