import type { HtmlCatalog } from './html.en.js';

/** Redacción en español de los informes HTML (score, portfolio, history). Mismas claves que html.en.ts. */
export const htmlEs: HtmlCatalog = {
  gaugeCaption: (fit, verdict, review, keep) =>
    `Encaje ${fit} de 100: ${verdict}. Por debajo de ${review}, salir; desde ${review}, revisar; desde ${keep}, mantener.`,
  gaugeDealbreaker: (fit, verdict) => `Encaje ${fit} de 100, pero un motivo de ruptura lo convierte en ${verdict}, sea cual sea el encaje.`,
  pointsCaption:
    'Cada barra es una señal de alerta activa: la parte llena son los puntos que resta al encaje; la gris, lo máximo que podría restar (su peso). Pasa el ratón por una barra para ver sus pruebas.',
  evidenceCount: (n) => `${n} ${n === 1 ? 'hecho' : 'hechos'} como prueba`,
  scatterTitle: 'Dónde está cada cliente',
  scatterCaption: (n) =>
    `Cada una de las ${n} marcas es un cliente: más arriba, mejor encaje; más a la derecha, más parte de tus ingresos en su moneda. Formas: círculo mantener, cuadrado revisar, triángulo salir.`,
  xShare: 'parte de los ingresos',
  yFit: 'encaje',
  tableTitle: 'Peor encaje primero',
  historyTitle: 'El encaje a lo largo del tiempo',
  historyCaption: (n) => `${n} puntos, uno por fecha; las zonas sombreadas son las bandas de la rúbrica. Las etiquetas numeradas marcan los mayores cambios, explicados debajo.`,
  pointsTitle: 'Todos los puntos',
  generated: (version, date) => `Hecho con clientfit ${version} el ${date}. Una página autónoma: sin scripts y sin descargar nada; se imprime en A4.`,
  redacted: 'Anonimizado: se ocultan nombres, notas, referencias e importes.',
};
