import type { exitTermsEn } from './exitTerms.en.js';

// Registro: el mismo que en exitScript.es.ts (tuteo profesional; «vosotros» para la empresa).

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** El borrador de salida en español: la parte del contrato (paso 4 y confirmación por escrito). */
export const exitTermsEs: typeof exitTermsEn = {
  step4: 'Cumple la cláusula de resolución',
  clauseLead: 'La cláusula, tal y como figura en el contrato:',
  noClause: 'El perfil no recoge el texto de la cláusula (`contract.termination.clause`): vuelve a leerla en el contrato firmado antes de la llamada.',
  noticeDateLabel: 'Fecha del preaviso',
  periodLabel: 'Plazo de preaviso',
  lastDayLabel: 'Último día de contrato',
  writtenLabel: 'Preaviso por escrito',
  feeLabel: 'Penalización por resolución anticipada',
  periodText: (n, basis) =>
    basis === 'calendar' ? `${n} ${plural(n, 'día natural', 'días naturales')}` : `${n} ${plural(n, 'día hábil', 'días hábiles')} (de lunes a viernes)`,
  periodNone: 'ninguno: el contrato termina el mismo día del preaviso',
  countsFrom: (date) => `como el preaviso cae en fin de semana, el plazo se cuenta desde el ${date}`,
  writtenRequired: 'obligatorio; envía la confirmación por escrito de más abajo ese mismo día',
  writtenNotRequired: 'no es obligatorio, pero envía igualmente la confirmación de más abajo para que las dos partes tengan las mismas fechas por escrito',
  writtenUnknown: 'el perfil no lo indica; por si acaso, hazlo por escrito',
  feeNone: 'ninguna',
  feeAmount: (money) => `${money} (comprueba en la cláusula quién la paga cuando eres tú quien resuelve el contrato)`,
  feeUnknown: 'el perfil no lo indica; revisa el contrato',
  unpaidLead: (n, total) => (n === 1 ? `1 factura pendiente de cobro, ${total}:` : `${n} facturas pendientes de cobro, ${total} en total:`),
  unpaidItem: (ref, amount, due, daysOverdue) =>
    daysOverdue > 0
      ? `${ref}: ${amount}, vencida el ${due} (hace ${daysOverdue} ${plural(daysOverdue, 'día', 'días')})`
      : `${ref}: ${amount}, vence el ${due}`,
  invoiceWithoutRef: (date) => `factura del ${date}`,
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
  confirmHeading: 'Confirmación por escrito: envíala después de la llamada',
  confirmLead: 'Envíala ese mismo día, para que la fecha del preaviso no deje lugar a dudas. Cámbiala a tu gusto, pero respeta las fechas y los importes.',
  subject: (client) => `Asunto: Fin de nuestra colaboración — ${client}`,
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  letterOpen: (date) =>
    `Gracias por tu tiempo hoy. Tal como hemos hablado, te escribo para confirmarte que ponemos fin a nuestra colaboración conforme a la cláusula de resolución del contrato, con preaviso dado el ${date}.`,
  letterLastDay: (period, date) => `Con el preaviso de ${period} que establece el contrato, el último día de contrato será el ${date}.`,
  letterNoNotice: (date) => `Como el contrato no fija plazo de preaviso, nuestra colaboración termina el ${date}.`,
  letterDeliverLead: 'Hasta esa fecha terminaremos y os entregaremos:',
  letterDeliverNone: 'Hasta esa fecha terminaremos el trabajo en curso y os entregaremos todo lo que es vuestro.',
  letterHandover: 'También os traspasaremos los archivos fuente y los accesos que tenemos, y eliminaremos los nuestros en cuanto nos confirméis que lo tenéis todo.',
  letterOwedLead: (n) => (n === 1 ? 'Queda pendiente de pago esta factura:' : 'Quedan pendientes de pago estas facturas:'),
  letterOwedItem: (ref, amount, due) => `${ref}: ${amount}, con vencimiento el ${due}`,
  letterOwedTotal: (total) => `Total pendiente: ${total}. Después os enviaremos una última factura por el trabajo realizado hasta el último día.`,
  letterOwedNone: 'No hay facturas pendientes; os enviaremos una última factura por el trabajo realizado hasta el último día.',
  letterFee: (money) => `El contrato fija una penalización por resolución anticipada de ${money} [indica quién la paga, según la cláusula].`,
  letterReferralOne: (name, contact) => `Como te comenté, puedes contactar con ${name} en ${contact}.`,
  letterReferralMany: 'Como te comenté, estos son los profesionales que te mencioné:',
  letterReferralNone: 'Como te comenté, te enviaré algunos nombres de profesionales que pueden hacerse cargo.',
  letterClose: (client) =>
    `Gracias de nuevo por la confianza. Os deseamos lo mejor a ti y a todo el equipo de ${client}, y aquí nos tenéis para lo que necesitéis.`,
  letterCloseDealbreaker: 'Completaremos el traspaso tal y como establece el contrato.',
  signOff: 'Un saludo,',
  yourName: '[tu nombre]',
  signHint: 'Añade  me: {name, business, email}  a .clientfit.yaml para firmar la confirmación.',
};
