import type { HttpRoute } from '../../core/service-module';
import { canteenRepository } from './canteen-repository';
import { toMealHours } from './canteen-views';

/**
 * `GET /ld/canteens`: the county's canteens as schema.org JSON-LD (FoodEstablishment with
 * address, coordinates, phone and daily opening hours per meal), so map and search
 * services can show "助老餐厅 near me" without the app. Public facts only.
 */
export const canteensJsonLd: HttpRoute = {
  path: /^\/ld\/canteens\/?$/,
  async handle(app) {
    const repository = canteenRepository(app.db);
    const [canteens, hours] = await Promise.all([repository.canteens(), repository.mealHours()]);
    const graph = canteens.map((c) => ({
      '@type': 'FoodEstablishment',
      '@id': `#${c.id}`,
      identifier: c.id,
      name: c.name,
      telephone: c.phone,
      address: { '@type': 'PostalAddress', streetAddress: c.address, addressLocality: '伊通满族自治县', addressRegion: '吉林省', addressCountry: 'CN' },
      geo: { '@type': 'GeoCoordinates', latitude: c.latitude, longitude: c.longitude },
      openingHoursSpecification: toMealHours(hours.filter((h) => h.canteen_id === c.id)).map((m) => ({
        '@type': 'OpeningHoursSpecification',
        name: m.meal,
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
        opens: m.from,
        closes: m.to,
      })),
    }));
    return { status: 200, contentType: 'application/ld+json; charset=utf-8', body: { '@context': 'https://schema.org', '@graph': graph } };
  },
};
