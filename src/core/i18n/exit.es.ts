import type { exitEn } from './exit.en.js';

/**
 * Textos de `clientfit exit`, escritos directamente en español de España.
 *
 * Registro: tuteo profesional y constante. Con un cliente con el que se lleva tiempo
 * trabajando y al que se llama por su nombre, en el mundo de las agencias y los
 * autónomos en España el «usted» sonaría distante justo cuando se quiere dejar la puerta
 * abierta; el tuteo, con frases completas y sin coloquialismos, es lo que se usa en un
 * correo profesional. Se tutea a la persona de contacto («te escribo») y se usa
 * «vosotros» para su empresa («vuestro sector»). Las notas para el usuario también lo
 * tutean, como el resto de la herramienta. Los géneros se evitan donde no se conocen
 * (nombres de contacto y de referidos): «con Ana Pérez», nunca «con ella».
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Cierra una frase que acaba en un nombre: «ACME Retail S.L.» no lleva un segundo punto. */
const dot = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

export const exitEs: typeof exitEn = {
  cli: {
    description: 'Prepara la conversación de salida: qué decir, las fechas del preaviso, una confirmación por escrito y lecciones para la próxima vez',
    file: 'archivo del cliente (- lee la entrada estándar)',
    noticeDate: 'fecha en que se da el preaviso, AAAA-MM-DD (por defecto: la fecha de evaluación)',
    format: 'formato de salida: text o md',
    force: 'prepara el borrador aunque el veredicto sea mantener; con --out, sustituye un archivo existente',
    out: 'escribe el borrador en este archivo en lugar de la salida estándar (nunca a medias)',
  },
  err: {
    noTermination: 'el perfil no tiene `contract.termination`, así que no se puede calcular el preaviso ni el último día de contrato',
    noTerminationUnder:
      'dentro de `contract:`, añade  termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "la cláusula de resolución, copiada del contrato"}',
    noTerminationNew:
      'añade  contract: {termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "la cláusula de resolución, copiada del contrato"}}',
    noticeTooLong: (days) => `\`notice_days\` vale ${days}; un preaviso tan largo terminaría después del año 9999`,
    noticeTooLongExpected: 'el número de días del contrato, por ejemplo  notice_days: 30',
    keep: (name, fit) =>
      `${name} tiene un encaje de ${fit}/100 (mantener): los datos dicen que la relación va bien, así que no hay ninguna salida que preparar`,
    keepExpected: (cmd) => `un cliente con veredicto de revisar o de salida; para preparar la salida de todos modos, añade --force:  ${cmd}`,
    outExists: (f) => `${f} ya existe; clientfit no lo sobrescribe`,
    outExistsExpected: 'otro nombre de archivo, o --force para sustituirlo',
    outIsDir: (f) => `${f} es una carpeta`,
    outIsDirExpected: 'un nombre de archivo, por ejemplo  --out salida-acme.md',
    outNoDir: (f) => `la carpeta de ${f} no existe`,
    outNoDirExpected: 'un archivo en una carpeta que exista; crea antes la carpeta',
    outIsInput: (f) => `${f} es el propio archivo del cliente; escribir ahí el borrador lo destruiría`,
    outIsInputExpected: 'otro nombre de archivo, por ejemplo  --out salida-acme.md',
    outFailed: (f, why) => `no se puede escribir ${f} (${why})`,
    outFailedExpected: 'una ruta en la que tengas permiso de escritura',
    written: (f) => `Borrador guardado en ${f}`,
  },

  quote: (s) => `«${s}»`,
  title: (client) => `Borrador de la conversación de salida: ${client}`,
  meta: (file, asOf, fit, verdict) => `${file} · a fecha de ${asOf} · encaje ${fit}/100 · ${verdict}`,
  howToRead:
    'Todo esto es para que lo prepares. Al cliente solo van dirigidas las frases entre comillas y la confirmación por escrito; dilas con tus propias palabras.',
  step: (n, title) => `Paso ${n}: ${title}`,
  period: (n, unit) =>
    `${n} ${{ d: plural(n, 'día', 'días'), w: plural(n, 'semana', 'semanas'), m: plural(n, 'mes', 'meses'), y: plural(n, 'año', 'años') }[unit]}`,

  frankHeading: 'Antes de dejarlo: una conversación franca para reajustar expectativas',
  frankIntro: (fit, revenue, period) =>
    `Con un encaje de ${fit}/100, merece la pena tener una conversación de verdad antes de dar nada por terminado${revenue ? `: en los últimos ${period} le has facturado ${revenue}` : ''}. Explica con claridad qué no está funcionando, acordad qué cambia y poneos un plazo.`,
  frankSay: [
    'Valoro mucho trabajar con vosotros y quiero que esto siga funcionando. Para conseguirlo, creo que tenemos que reajustar algunas cosas de cómo trabajamos juntos. ¿Las repasamos?',
  ],
  agendaLead: 'Orden del día, un punto por cada señal de alerta (hechos y fechas, sin reproches):',
  agendaItem: (title, topic) => `${title}: ${topic}`,
  agenda: {
    payment: 'acordar cómo se pagarán las facturas a tiempo a partir de ahora (fechas, recordatorios y qué pasa si alguna se retrasa)',
    scope: 'acordar qué entra en el alcance y que cualquier extra se presupueste antes de empezar',
    communication: 'acordar cómo y cuándo os comunicáis, y un plazo de respuesta que podáis cumplir las dos partes',
    respect: 'hablar de cómo se comparten las opiniones y las decisiones, y de lo que necesitas para hacer un buen trabajo',
    fit: 'comprobar si lo que necesitan sigue encajando con lo que ofreces',
    profitability: 'revisar la tarifa o el alcance para que las horas que dedicas se paguen',
    team: 'ver qué hace que esta cuenta se le atragante al equipo y qué podría cambiarlo',
    other: 'hablarlo con franqueza y acordar qué cambia',
  },
  frankAfter:
    'Acordad qué cambia, confírmalo por correo ese mismo día y fijad una fecha para revisarlo (de cuatro a seis semanas suele bastar). Si para entonces siguen las mismas señales de alerta, aquí abajo tienes preparada la salida.',

  decisionHeading: 'La decisión y sus motivos',
  decisionExit: 'La decisión es dejar a este cliente. Tómala ahora, con calma, antes de la llamada: nada de lo que se diga en ella debería cambiarla.',
  decisionReview:
    'Si la conversación franca no cambia las cosas, la decisión es dejarlo. Tómala antes de la llamada y no la reabras durante la conversación.',
  decisionForced: (fit) =>
    `La puntuación dice mantener (encaje ${fit}/100) y aun así has pedido este borrador. Asegúrate de que tus motivos son sólidos, y de tenerlos por escrito, antes de llamar.`,
  dealbreaker: (titles) =>
    `Motivo de ruptura: ${titles}. Esto basta para terminar. Lo primero es tu seguridad y la de tu equipo: no debes a nadie una reunión en persona ni largas explicaciones.`,
  evidenceLead: 'Las pruebas de más peso:',
  evidenceNone: 'No hay ninguna señal de alerta.',
  evidenceItem: (title, metric, value, points) => `${title} — ${metric} ${value} (${points})`,
  evidenceLine: (date, summary, where) => (date ? `${date} · ${summary} · ${where}` : `${summary} · ${where}`),
  evidenceMore: (n) => `… y ${n} más`,
  stakeLead: 'Lo que está en juego, sopesado antes de decidir:',
  fullReport: (cmd) => `Todas las señales con sus pruebas: ${cmd}`,

  step1: 'Díselo en persona',
  step1How: (who) =>
    `Llama o queda en persona con ${who}; no des la noticia con un correo frío. Elige un momento tranquilo, no en mitad de una entrega, y sé breve y amable: bastan diez o quince minutos.`,
  yourContact: (client) => `tu contacto en ${client}`,
  step1Safety:
    'Por lo ocurrido, elige la vía más segura: una llamada o videollamada breve con alguien de tu equipo presente, o solo el aviso por escrito. No te reúnas a solas ni des la noticia por chat.',
  openingLead: 'Para empezar:',
  opening: (name, client) => [
    name
      ? `Gracias por sacar un momento, ${name}. Hay algo que prefería contarte en persona y no por correo.`
      : 'Gracias por sacar un momento. Hay algo que prefería contarte en persona y no por correo.',
    `${dot(`Lo hemos pensado con calma y hemos decidido poner fin a nuestra colaboración con ${client}`)} No es una decisión que hayamos tomado a la ligera.`,
    'Queremos hacerlo bien: respetando el preaviso del contrato, terminando lo acordado y dejándolo todo en orden.',
  ],
  openingDealbreaker: (client) => [
    `Hemos decidido poner fin a nuestra colaboración con ${client}, con el preaviso que establece el contrato.`,
    'Hoy mismo te confirmo por escrito las fechas y el traspaso.',
  ],

  step2: 'Habla de encaje, no de culpas',
  step2How:
    'Dilo con claridad: no somos la mejor solución para vuestro negocio. Habla de encaje, no de culpas: nada de listas de agravios ni de reproches. Elige una o dos de estas frases (las de más peso van primero) y dilas a tu manera:',
  notBestFit: (client) => `Ya no somos la mejor solución para ${client}, y os merecéis a alguien que lo sea.`,
  step2Generic: 'Lo que necesita vuestro negocio y nuestra forma de trabajar se han ido separando, y os merecéis un equipo que encaje del todo con vosotros.',
  step2Push:
    'Si te piden motivos, reconoce cómo se sienten y vuelve al encaje; no reabras la decisión ni discutas sobre lo que ya pasó:',
  step2PushSay: 'Lo entiendo, y te agradezco que lo preguntes. Sencillamente, no somos el equipo adecuado para lo que necesitáis ahora.',
  step2Dealbreaker: 'No tienes que explicar ni justificar la decisión. Basta con una frase:',

  step3: 'Ofrece una alternativa',
  referralsLead: (n, industry) =>
    n === 1 ? `Uno de tus contactos de confianza trabaja con clientes del sector ${industry}:` : `${n} de tus contactos de confianza trabajan con clientes del sector ${industry}:`,
  referralItem: (name, contact) => (contact ? `${name} — ${contact}` : name),
  referralSayOne: (name) =>
    `${dot(`Si os viene bien, puedo poneros en contacto con ${name}`)} Trabaja con empresas de vuestro sector y creo que encajaría muy bien.`,
  referralSayMany: 'Si os viene bien, puedo recomendaros a varios profesionales que trabajan con empresas de vuestro sector y poneros en contacto.',
  referralAsk: 'Pregúntales antes de dar su nombre, para que la presentación sea bienvenida por las dos partes.',
  noReferral: (industry) => `Ninguno de tus contactos de confianza incluye ${industry} en \`fits\`. Ofrécete a echarles una mano para encontrar a alguien:`,
  noIndustry: 'El perfil no tiene `industry:`, así que no se ha podido elegir a ningún contacto. Ofrécete a echarles una mano para encontrar a alguien:',
  helpFindSay: 'Si os sirve, os paso algunos nombres de profesionales que podrían hacerse cargo; esta semana pregunto a mi red.',
  referralHint:
    'Para la próxima vez: apunta en `referrals:` de .clientfit.yaml a los profesionales de confianza que puedas recomendar, con sus sectores en `fits:`.',

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

  closingHeading: 'Para cerrar: deja la puerta abierta',
  closingSay: (since, client) => [
    since
      ? `Gracias por la confianza que nos habéis dado desde ${since}. Hemos aprendido mucho trabajando con vosotros.`
      : 'Gracias por la confianza que nos habéis dado. Hemos aprendido mucho trabajando con vosotros.',
    dot(`Si las cosas cambian, por vuestra parte o por la nuestra, aquí nos tenéis, y me alegrará saber cómo le va a ${client}`),
  ],
  adviceLead: 'Después, ofrece un último consejo útil, algo que les sirva cuando ya no estés:',
  adviceSay: 'Antes de terminar, un consejo que creo que os ayudará con quien se haga cargo a partir de ahora.',
  adviceIdeas: 'Ideas a partir de lo que ha costado en esta cuenta (elige una que les ayude, no una que te dé la razón):',
  advice: {
    payment: 'acordar un calendario de pagos que vuestro departamento de administración pueda cumplir, y avisar con tiempo al próximo proveedor si un pago se va a retrasar',
    scope: 'dejar por escrito qué incluye cada proyecto antes de empezar y pedir presupuesto para cualquier novedad: así los plazos y los presupuestos se cumplen',
    communication: 'nombrar a una sola persona que responda las dudas del proveedor en uno o dos días: lo agiliza todo',
    respect: 'compartir los objetivos y dejar que el proveedor proponga cómo alcanzarlos: así os dará lo mejor de sí',
    fit: 'buscar a un especialista de vuestro sector y de vuestro rango de presupuesto: el encaje importa tanto como la experiencia',
    profitability: 'pedir una estimación de horas al principio y revisarla juntos cada mes: sin sorpresas para nadie',
    team: 'una breve reunión periódica con el equipo del proveedor mantiene a todo el mundo implicado',
    other: 'un consejo concreto sobre su proyecto que facilite la próxima colaboración',
  },
  closingDealbreaker: 'Cierra con brevedad y educación. Después de lo ocurrido no tienes por qué dejar la puerta abierta ni ofrecer consejos.',

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

  lessonsHeading: 'Solo para ti: lecciones para filtrar al próximo cliente',
  lessonsLead: 'No es para el cliente. Qué mirar antes de decir que sí al siguiente:',
  lessonItem: (theme, lesson) => `${theme}: ${lesson}`,
  lessonSignals: (titles) => `señales en este cliente: ${titles}`,
  themeName: {
    payment: 'Pagos',
    scope: 'Alcance',
    communication: 'Comunicación',
    respect: 'Respeto',
    fit: 'Encaje',
    profitability: 'Rentabilidad',
    team: 'Equipo',
    other: 'Otras señales',
  },
  lesson: {
    payment: 'pregunta cómo y cuándo pagan a sus proveedores; incluye en el contrato los plazos de pago, una cláusula por demora y un anticipo, y factura por fases.',
    scope: 'deja el alcance por escrito antes de empezar y acuerda cómo se presupuestan los cambios; cada «ya que estás» es un presupuesto nuevo.',
    communication: 'acuerda desde el principio una persona de contacto, un canal y un plazo de respuesta, y fíjate en lo que tardan en contestar mientras aún negociáis.',
    respect: 'fíjate en cómo hablan de sus proveedores anteriores y en cómo reciben tus recomendaciones en las primeras reuniones; acordad antes de empezar cómo se dan las opiniones y las aprobaciones.',
    fit: 'compara a cada cliente nuevo con tu perfil de cliente ideal (nicho, competencias, presupuesto) antes de decir que sí.',
    profitability: 'estima las horas con honestidad, regístralas desde el primer día y revisa la tarifa efectiva cada mes, no al final.',
    team: 'pregunta a quienes harán el trabajo antes de aceptar una cuenta y habla con ellos a menudo: su incomodidad es una señal temprana.',
    other: 'apunta la primera señal que viste y pregunta por ella antes la próxima vez.',
  },
  lessonsNone: 'No hay ninguna señal de alerta. Apunta qué te ha hecho decidir, para reconocerlo antes la próxima vez.',
  lessonDealbreaker: 'Nada justifica el maltrato ni las amenazas, y ningún filtro lo detecta todo. Lo importante es que has actuado y que te has protegido a ti y a tu equipo.',
  lessonsLog: 'Sigue registrando los eventos de cada cliente según ocurran: la próxima decisión será tan serena como esta.',
};
