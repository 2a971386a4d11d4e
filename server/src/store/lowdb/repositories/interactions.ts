import type { InteractionRepository } from "../../interactions.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

// Atomic: each check and its change happen in one turn of the event loop, before the first await.
export const lowdbInteractions = ({ tables: { interactions }, commit }: Lowdb): InteractionRepository => ({
  get: async (id) => interactions.read(id),
  insert: (interaction) => commit([interactions.put(interaction.id, interaction)]),
  complete: async (id, result) => {
    const interaction = interactions.peek(id);
    if (!interaction || interaction.result) return false;
    await commit([interactions.put(id, { ...interaction, result })]);
    return true;
  },
  choose: async (id, choice) => {
    const interaction = interactions.peek(id);
    if (!interaction || interaction.result) return false;
    await commit([interactions.put(id, { ...interaction, choice })]);
    return true;
  },
  prune: (now) => pruneWhere({ commit }, interactions, (interaction) => interaction.expires_at <= now),
});
