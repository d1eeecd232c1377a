/**
 * A file name from a client's name: "ACME Retail S.L." → "acme-retail-s-l", "Estudio Peña" →
 * "estudio-pena". Letters outside ASCII lose their accents; anything else becomes a dash.
 */
export function slugFor(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || 'client';
}
