import { z } from 'zod';
import { defineAction } from '../../../server/core/action';

/** Hospitals with their campuses and departments, for the first steps of booking. */
export const hospitals = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, { db }) => {
    const [hs, campuses, departments] = await Promise.all([
      db.selectFrom('hospitals').selectAll().orderBy('sort_order').execute(),
      db.selectFrom('campuses').selectAll().orderBy('sort_order').execute(),
      db.selectFrom('departments').selectAll().orderBy('sort_order').execute(),
    ]);
    return {
      hospitals: hs.map((h) => ({
        id: h.id,
        name: h.name,
        shortName: h.short_name,
        campuses: campuses
          .filter((c) => c.hospital_id === h.id)
          .map((c) => ({
            id: c.id,
            name: c.name,
            address: c.address,
            departments: departments.filter((d) => d.campus_id === c.id).map((d) => ({ id: d.id, name: d.name })),
          })),
      })),
    };
  },
});
