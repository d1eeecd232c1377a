import type { exitTermsEn } from './exitTerms.en.js';

// Registro: el mismo que en exitScript.es.ts (tuteo profesional; «vosotros» para la empresa;
// cada frase que se dice o se envía, en singular `i` y en plural `we`).

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** El borrador de salida en español: la parte del contrato (paso 4 y confirmación por escrito). */
export const exitTermsEs: typeof exitTermsEn = {
  step4: 'Cumple la cláusula de resolución',
  step4Say: {
    i: (period, date) => `Respetaré el preaviso del contrato, ${period}, así que nuestro último día de colaboración será el ${date}. Hasta entonces terminaré lo acordado y lo dejaré todo en orden.`,
    we: (period, date) => `Respetaremos el preaviso del contrato, ${period}, así que nuestro último día de colaboración será el ${date}. Hasta entonces terminaremos lo acordado y lo dejaremos todo en orden.`,
  },
  step4SayNone: {
    i: (date) => `El contrato no fija plazo de preaviso, así que nuestra colaboración termina hoy, ${date}. Lo dejaré todo en orden.`,
    we: (date) => `El contrato no fija plazo de preaviso, así que nuestra colaboración termina hoy, ${date}. Lo dejaremos todo en orden.`,
  },
  clauseLead: 'La cláusula, tal y como figura en el contrato:',
  noClause: 'El perfil no recoge el texto de la cláusula (`contract.termination.clause`): vuelve a leerla en el contrato firmado antes de la llamada.',
  noticeDateLabel: 'Fecha del preaviso',
  periodLabel: 'Plazo de preaviso',
  lastDayLabel: 'Último día de contrato',
  writtenLabel: 'Preaviso por escrito',
  feeLabel: 'Penalización por resolución anticipada',
  unpaidLabel: 'Pendiente de cobro',
  lastDayWithPeriod: (date, period) => `${date} (${period})`,
  periodText: (n, basis) =>
    basis === 'calendar' ? `${n} ${plural(n, 'día natural', 'días naturales')}` : `${n} ${plural(n, 'día hábil', 'días hábiles')} (de lunes a viernes)`,
  periodSaid: (n, basis) => `${n} ${basis === 'calendar' ? plural(n, 'día natural', 'días naturales') : plural(n, 'día hábil', 'días hábiles')}`,
  periodNone: 'ninguno: el contrato termina el mismo día del preaviso',
  countsFrom: (date) => `como el preaviso cae en fin de semana, el plazo se cuenta desde el ${date}`,
  weekendLastDay: (day, friday) => `El último día, ${day}, cae en fin de semana: acordad por escrito qué ocurre el ${friday}, el viernes anterior.`,
  writtenRequired: 'obligatorio; envía la confirmación por escrito de más abajo ese mismo día',
  writtenNotRequired: 'no es obligatorio, pero envía igualmente la confirmación de más abajo para que las dos partes tengan las mismas fechas por escrito',
  writtenUnknown: 'el perfil no lo indica; por si acaso, hazlo por escrito',
  feeNone: 'ninguna',
  feeAmount: (money) => `${money} (comprueba en la cláusula quién la paga cuando eres tú quien resuelve el contrato)`,
  feeUnknown: 'el perfil no lo indica; revisa el contrato',
  unpaidSummary: (n, total, daysOverdue) =>
    `${n === 1 ? total : `${total} en ${n} facturas`}${daysOverdue > 0 ? `, ${n === 1 ? 'vencida' : 'la más antigua vencida'} hace ${daysOverdue} ${plural(daysOverdue, 'día', 'días')}` : ', aún sin vencer'}`,
  unpaidSummaryNone: 'nada',
  unpaidLead: (n, total) => (n === 1 ? `1 factura pendiente de cobro, ${total}:` : `${n} facturas pendientes de cobro, ${total} en total:`),
  unpaidItem: (ref, amount, due, daysOverdue) =>
    daysOverdue > 0
      ? `${ref}: ${amount}, vencida el ${due} (hace ${daysOverdue} ${plural(daysOverdue, 'día', 'días')})`
      : `${ref}: ${amount}, vence el ${due}`,
  unpaidNone: 'No hay facturas pendientes de cobro a la fecha de evaluación.',
  finalInvoice: 'Emite una última factura por el trabajo realizado hasta el último día de contrato y acuerda cuándo se pagará todo lo pendiente.',
  openWorkLead: 'Termina y entrega antes del último día:',
  openWorkNone:
    'El perfil no tiene nada en `open_work:`: apunta lo que está acordado y falta por entregar, y termínalo antes del último día.',
  returnLead: 'Devuelve y cierra:',
  returnItems: [
    'Los archivos fuente y las versiones finales de todo lo entregado, en formatos que puedan usar.',
    'Los accesos a sus cuentas, hosting, herramientas y repositorios: devuélvelos y, cuando confirmen el traspaso, elimina los tuyos.',
    'Los documentos y datos que te hayan facilitado: devuélvelos o bórralos, y diles qué has hecho con ellos.',
  ],
  confirmHeading: 'Confirmación por escrito: envíala ese mismo día, después de la llamada',
  confirmLead: 'Si la envías ese mismo día, la fecha del preaviso no deja lugar a dudas. Cámbiala a tu gusto, pero respeta las fechas y los importes.',
  noticeHeading: 'Preaviso por escrito: envíalo por una vía segura',
  noticeLead: 'Breve y neutro a propósito: la decisión, las fechas y lo que exige el contrato, sin nada que discutir. Guarda una copia.',
  subject: (client) => `Asunto: Fin de nuestra colaboración — ${client}`,
  subjectNotice: (client) => `Asunto: Preaviso de resolución del contrato — ${client}`,
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  greetingNotice: (name) => (name ? `Buenos días, ${name}:` : 'Buenos días:'),
  letterOpen: {
    i: (date) =>
      `Gracias por tu tiempo hoy. Tal como hemos hablado, te escribo para confirmarte que pongo fin a nuestra colaboración conforme a la cláusula de resolución del contrato, con preaviso dado el ${date}.`,
    we: (date) =>
      `Gracias por tu tiempo hoy. Tal como hemos hablado, te escribo para confirmarte que ponemos fin a nuestra colaboración conforme a la cláusula de resolución del contrato, con preaviso dado el ${date}.`,
  },
  letterNoticeOpen: {
    i: (date) => `Te comunico que resuelvo el contrato conforme a su cláusula de resolución, con preaviso dado el ${date}.`,
    we: (date) => `Te comunicamos que resolvemos el contrato conforme a su cláusula de resolución, con preaviso dado el ${date}.`,
  },
  letterLastDay: {
    i: (period, date) => `Con el preaviso de ${period} que establece el contrato, el último día de contrato será el ${date}; os facturaré el trabajo realizado hasta ese día.`,
    we: (period, date) => `Con el preaviso de ${period} que establece el contrato, el último día de contrato será el ${date}; os facturaremos el trabajo realizado hasta ese día.`,
  },
  letterNoNotice: {
    i: (date) => `Como el contrato no fija plazo de preaviso, nuestra colaboración termina el ${date}; os facturaré el trabajo realizado hasta ese día.`,
    we: (date) => `Como el contrato no fija plazo de preaviso, nuestra colaboración termina el ${date}; os facturaremos el trabajo realizado hasta ese día.`,
  },
  letterDeliverLead: {
    i: 'Hasta esa fecha terminaré y os entregaré lo siguiente, con los archivos fuente y los accesos que tengo:',
    we: 'Hasta esa fecha terminaremos y os entregaremos lo siguiente, con los archivos fuente y los accesos que tenemos:',
  },
  letterDeliverNone: {
    i: 'Hasta esa fecha terminaré el trabajo en curso y os entregaré todo lo que es vuestro, con los archivos fuente y los accesos que tengo.',
    we: 'Hasta esa fecha terminaremos el trabajo en curso y os entregaremos todo lo que es vuestro, con los archivos fuente y los accesos que tenemos.',
  },
  letterOwedOne: (ref, amount, due) => `Queda pendiente de pago: ${ref}, ${amount}, con vencimiento el ${due}.`,
  letterOwedLead: (total) => `Quedan pendientes de pago, ${total} en total:`,
  letterOwedItem: (ref, amount, due) => `${ref}: ${amount}, con vencimiento el ${due}`,
  letterOwedNone: 'No hay facturas pendientes de pago.',
  letterFee: (money) => `El contrato fija una penalización por resolución anticipada de ${money} [indica quién la paga, según la cláusula].`,
  letterReferralOne: {
    i: (name, contact) => `Como te comenté, puedes contactar con ${name} en ${contact}.`,
    we: (name, contact) => `Como te comentamos, puedes contactar con ${name} en ${contact}.`,
  },
  letterReferralMany: {
    i: 'Como te comenté, estos son los profesionales que te mencioné:',
    we: 'Como te comentamos, estos son los profesionales que te mencionamos:',
  },
  letterReferralNone: {
    i: 'Como te comenté, te enviaré algunos nombres de profesionales que pueden hacerse cargo.',
    we: 'Como te comentamos, te enviaremos algunos nombres de profesionales que pueden hacerse cargo.',
  },
  letterClose: {
    i: (client) => `Gracias de nuevo por la confianza. Os deseo lo mejor a ti y a todo el equipo de ${client}, y aquí me tenéis para lo que necesitéis.`,
    we: (client) => `Gracias de nuevo por la confianza. Os deseamos lo mejor a ti y a todo el equipo de ${client}, y aquí nos tenéis para lo que necesitéis.`,
  },
  signOff: 'Un saludo,',
  signOffNotice: 'Saludos,',
  yourName: '[tu nombre]',
  signHint: 'Añade  me: {name, business, email}  a .clientfit.yaml para firmar la confirmación.',
};
