const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** An ISO 3166-1 alpha-2 country code known to the runtime's CLDR data. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return Boolean(name) && name !== code && name !== 'Unknown Region' && !NOT_COUNTRIES.has(code);
}
