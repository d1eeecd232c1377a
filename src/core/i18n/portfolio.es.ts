import type { PortfolioCatalog } from './portfolio.en.js';

/** Textos en español (España) de `clientfit portfolio`; mismas claves que portfolio.en.ts. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const portfolioEs: PortfolioCatalog = {
  title: (n) => `Cartera: ${n} ${plural(n, 'cliente', 'clientes')}`,
  counts: (keep, review, exit) => `${keep} mantener · ${review} revisar · ${exit} salida`,
  header: (asOf, rubric, window) => `a fecha de ${asOf} · rúbrica ${rubric} (periodo ${window})`,
  col: {
    rank: 'n.º',
    client: 'Cliente',
    fit: 'Encaje',
    verdict: 'Veredicto',
    revenue: (window) => `Facturado (${window})`,
    share: 'Peso',
    flags: 'Principales alertas',
  },
  none: '—',
  noClients: (dir) => `No hay fichas de cliente en ${dir}.`,
  noClientsHint: 'Una ficha de cliente es un .yaml con `name:` en el primer nivel; los que solo tienen `events:` son registros.',
  reviewFirst: 'Revisa primero',
  reviewNone: 'No hay nada que revisar: conviene mantener a todos los clientes.',
  reviewLine: (verdict, fit) => `${verdict}, encaje ${fit}`,
  shareOf: (share, currency) => `${share} de lo que facturas${currency ? ` en ${currency}` : ''}`,
  reviewMore: (n) => `… y ${n} ${plural(n, 'cliente más', 'clientes más')} por revisar (mira la tabla)`,
  dealbreaker: 'motivo de ruptura',
  details: (file) => `Detalle y pruebas de un cliente: clientfit score ${file}`,
  concentrationTitle: 'Dependencia de un cliente',
  dataQualityTitle: (n) => `Calidad de los datos (${n} ${plural(n, 'cliente', 'clientes')}; los avisos están en stderr)`,
  dataWarnings: (n) => `${n} ${plural(n, 'aviso', 'avisos')}`,
  concentrationAtRisk: (name, shareOf, verdict) =>
    `${name} supone el ${shareOf} y su veredicto es «${verdict}». Perderlo es un riesgo real: tenlo en cuenta antes de actuar y plantéate primero una conversación franca.`,
  concentrationKeep: (name, shareOf) =>
    `${name} supone el ${shareOf}. Depender tanto de un solo cliente ya es un riesgo; perderlo te haría daño.`,
  noCurrency: 'sin moneda',
  mixedCurrencies: (list) =>
    `Facturas en varias monedas (${list}): el peso de cada cliente se calcula sobre lo facturado en su propia moneda y no hay un total conjunto.`,
  total: (amount) => `Total facturado: ${amount}`,
  skipped: (parts) => `No son clientes: ${parts}`,
  skippedLogs: (n) => `${n} ${plural(n, 'registro', 'registros')} de eventos`,
  skippedRubrics: (n) => `${n} ${plural(n, 'rúbrica', 'rúbricas')}`,
  failed: (n) =>
    n === 1
      ? 'No se ha podido puntuar 1 archivo (errores arriba); el resto aparece en la lista.'
      : `No se han podido puntuar ${n} archivos (errores arriba); el resto aparece en la lista.`,
  progress: 'Puntuando',
  notAFolder: (p) => `${p} es un archivo, no una carpeta`,
  notAFolderExpected: 'una carpeta con fichas de cliente; para un solo cliente usa  clientfit score ARCHIVO',
  cli: {
    description: 'Ordena todos los clientes de una carpeta: encaje, veredicto, peso en la facturación y a quién revisar primero',
    dir: 'carpeta con fichas de cliente (se recorre entera; los registros de eventos no cuentan como clientes)',
    format: 'formato de salida: text, json, csv, md o html',
    noCache: 'no leer ni escribir la caché de archivos ya analizados',
  },
};
