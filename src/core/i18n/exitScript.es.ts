import type { exitScriptEn } from './exitScript.en.js';

// Registro: tuteo profesional y constante. Con un cliente con el que se lleva tiempo
// trabajando y al que se llama por su nombre, en el mundo de las agencias y los autónomos
// en España el «usted» sonaría distante justo cuando se quiere dejar la puerta abierta; el
// tuteo, con frases completas y sin coloquialismos, es lo que se usa en un correo
// profesional. Se tutea a la persona de contacto («te escribo») y se usa «vosotros» para
// su empresa («vuestro sector»). Las notas para el usuario también lo tutean, como el
// resto de la herramienta. Los géneros se evitan donde no se conocen (nombres de contacto
// y de referidos): «con Ana Pérez», nunca «con ella».
//
// Cada frase que el usuario dice o envía tiene dos formas: `i`, en primera persona del
// singular, para quien trabaja por su cuenta («he decidido», «mi forma de trabajar»), y
// `we`, en plural, para un estudio o una agencia («hemos decidido», «nuestra forma de
// trabajar»). La elige `me.voice` en la configuración (voiceOf en exit/plan.ts).

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Cierra una frase que acaba en un nombre: «Acme Inc.» no lleva un segundo punto. */
const dot = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** El borrador de salida en español: lo que se dice (la conversación franca, la decisión, los pasos 1 a 3 y el cierre). */
export const exitScriptEs: typeof exitScriptEn = {
  quote: (s) => `«${s}»`,
  title: (client) => `Borrador de la conversación de salida: ${client}`,
  titleNotice: (client) => `Borrador del preaviso por escrito: ${client}`,
  meta: (file, asOf, fit, verdict) => `${file} · a fecha de ${asOf} · encaje ${fit}/100 · ${verdict}`,
  howToRead: 'Al cliente solo van dirigidas las frases entre comillas y la confirmación por escrito; dilas con tus propias palabras.',
  howToReadNotice: 'Al cliente solo va dirigido el preaviso por escrito del final; todo lo demás es para ti.',
  fullHint: '--full añade la lista del traspaso, las lecciones y todas las señales con sus pruebas.',
  step: (n, title) => `Paso ${n}: ${title}`,
  period: (n, unit) =>
    `${n} ${{ d: plural(n, 'día', 'días'), w: plural(n, 'semana', 'semanas'), m: plural(n, 'mes', 'meses'), y: plural(n, 'año', 'años') }[unit]}`,
  frankHeading: 'Antes de dejarlo: una conversación franca para reajustar expectativas',
  frankIntro: (fit, revenue, period) =>
    `Con un encaje de ${fit}/100, merece la pena tener una conversación de verdad antes de dar nada por terminado${revenue ? `: en los últimos ${period} le has facturado ${revenue}` : ''}. Explica con claridad qué no está funcionando, acordad qué cambia y poneos un plazo.`,
  frankNext: 'Lleva las señales de más abajo, con hechos y fechas y sin reproches; confirma por correo ese mismo día lo que acordéis y volved a mirarlo en cuatro a seis semanas.',
  frankSay: {
    i: 'Valoro mucho trabajar con vosotros y quiero que esto siga funcionando. Para conseguirlo, creo que tenemos que reajustar algunas cosas de cómo trabajamos juntos. ¿Las repasamos?',
    we: 'Valoramos mucho trabajar con vosotros y queremos que esto siga funcionando. Para conseguirlo, creemos que hay que reajustar algunas cosas de cómo trabajamos juntos. ¿Las repasamos?',
  },
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
  decisionNotice: (titles) =>
    `Motivo de ruptura: ${titles}. Esto basta para terminar, y lo primero es tu seguridad y la de tu equipo. Por eso este borrador es solo un preaviso por escrito: ni llamada ni reunión, ni recomendaciones, nada que deje la puerta abierta y ninguna explicación que dar.`,
  evidenceLead: 'Las pruebas de más peso:',
  evidenceNone: 'No hay ninguna señal de alerta.',
  evidenceItem: (title, metric, value, points) => `${title} — ${metric} ${value} (${points})`,
  evidenceLatest: (item, date, summary) => (date ? `${item}; la más reciente: ${date}, ${summary}` : `${item}; la más reciente: ${summary}`),
  evidenceLine: (date, summary, where) => (date ? `${date} · ${summary} · ${where}` : `${summary} · ${where}`),
  evidenceMore: (n) => `… y ${n} más`,
  stakeLead: 'Lo que está en juego, sopesado antes de decidir:',
  stakeInline: (values) => `En juego: ${values}.`,
  fullReport: (cmd) => `Todas las señales con sus pruebas: ${cmd}`,
  step1: 'Díselo en persona',
  step1How: (who) =>
    `Habla con ${who} por teléfono o en persona; no des la noticia con un correo frío. Elige un momento tranquilo, no en mitad de una entrega, y sé breve y amable: bastan diez o quince minutos. Para empezar:`,
  yourContact: (client) => `tu contacto en ${client}`,
  opening: {
    i: (name, client) => [
      name
        ? `Gracias por sacar un momento, ${name}. Hay algo que prefería contarte en persona y no por correo.`
        : 'Gracias por sacar un momento. Hay algo que prefería contarte en persona y no por correo.',
      `${dot(`Lo he pensado con calma y he decidido poner fin a nuestra colaboración con ${client}`)} No es una decisión que haya tomado a la ligera.`,
    ],
    we: (name, client) => [
      name
        ? `Gracias por sacar un momento, ${name}. Hay algo que prefería contarte en persona y no por correo.`
        : 'Gracias por sacar un momento. Hay algo que prefería contarte en persona y no por correo.',
      `${dot(`Lo hemos pensado con calma y hemos decidido poner fin a nuestra colaboración con ${client}`)} No es una decisión que hayamos tomado a la ligera.`,
    ],
  },
  step1Notice: 'Da el preaviso por escrito, por una vía segura',
  step1NoticeHow:
    'Envía el preaviso de más abajo por una vía que deje constancia y te mantenga a distancia, como tu correo profesional; ni llamada, ni reunión, ni chat. Si llaman o se presentan, no entres en el tema: di que responderás por escrito.',
  step1Records:
    'Guarda pruebas (fechas, mensajes, capturas de pantalla) y cuéntaselo a alguien: a una persona de confianza y a tu equipo, y a las autoridades si las amenazas son graves.',
  step2: 'Habla de encaje, no de culpas',
  step2How:
    'Habla de encaje, no de culpas: nada de listas de agravios ni de reproches. Di la primera frase y luego una o dos de las demás (las de más peso van primero), a tu manera:',
  notBestFit: {
    i: (client) => `Ya no soy la mejor opción para ${client}, y os merecéis a alguien que lo sea.`,
    we: (client) => `Ya no somos la mejor solución para ${client}, y os merecéis a alguien que lo sea.`,
  },
  step2Generic: {
    i: 'Lo que necesita vuestro negocio y mi forma de trabajar se han ido separando, y os merecéis a alguien que encaje del todo con vosotros.',
    we: 'Lo que necesita vuestro negocio y nuestra forma de trabajar se han ido separando, y os merecéis un equipo que encaje del todo con vosotros.',
  },
  step2Push:
    'Si te piden motivos, reconoce cómo se sienten y vuelve al encaje; no reabras la decisión ni discutas sobre lo que ya pasó:',
  step2PushSay: {
    i: 'Lo entiendo, y te agradezco que lo preguntes. Sencillamente, no soy la persona adecuada para lo que necesitáis ahora.',
    we: 'Lo entiendo, y te agradezco que lo preguntes. Sencillamente, no somos el equipo adecuado para lo que necesitáis ahora.',
  },
  step2Notice: 'No debes ninguna explicación',
  step2NoticeHow: 'No tienes que explicar ni justificar la decisión. El preaviso dice solo lo que exige el contrato: la decisión, las fechas y el traspaso.',
  step3: 'Ofrece una alternativa',
  referralsLead: (n, industry) =>
    n === 1 ? `Uno de tus contactos de confianza trabaja con clientes del sector ${industry}:` : `${n} de tus contactos de confianza trabajan con clientes del sector ${industry}:`,
  referralsShort: (n, industry, who) =>
    n === 1
      ? `${who} trabaja con clientes del sector ${industry}. Pregúntale antes de dar su nombre y luego propón la presentación:`
      : `${who} trabajan con clientes del sector ${industry}. Pregúntales antes de dar sus nombres y luego propón las presentaciones:`,
  referralItem: (name, contact) => (contact ? `${name} — ${contact}` : name),
  referralWho: (name, contact) => (contact ? `${name} (${contact})` : name),
  referralSayOne: {
    i: (name) => `${dot(`Si os viene bien, puedo poneros en contacto con ${name}`)} Trabaja con empresas de vuestro sector y creo que encajaría muy bien.`,
    we: (name) => `${dot(`Si os viene bien, podemos poneros en contacto con ${name}`)} Trabaja con empresas de vuestro sector y creemos que encajaría muy bien.`,
  },
  referralSayMany: {
    i: 'Si os viene bien, puedo recomendaros a varios profesionales que trabajan con empresas de vuestro sector y poneros en contacto.',
    we: 'Si os viene bien, podemos recomendaros a varios profesionales que trabajan con empresas de vuestro sector y poneros en contacto.',
  },
  referralAsk: (n) =>
    n === 1
      ? 'Pregúntale antes de dar su nombre, para que la presentación sea bienvenida por las dos partes.'
      : 'Pregúntales antes de dar sus nombres, para que la presentación sea bienvenida por las dos partes.',
  noReferral: (industry) => `Ninguno de tus contactos de confianza incluye ${industry} en \`fits\`. Ofrécete a echarles una mano para encontrar a alguien:`,
  noIndustry: 'El perfil no tiene `industry:`, así que no se ha podido elegir a ningún contacto. Ofrécete a echarles una mano para encontrar a alguien:',
  helpFindSay: {
    i: 'Si os sirve, os paso algunos nombres de profesionales que podrían hacerse cargo; esta semana pregunto a mi red.',
    we: 'Si os sirve, os pasamos algunos nombres de profesionales que podrían hacerse cargo; esta semana preguntamos a nuestra red.',
  },
  referralHint:
    'Para la próxima vez: apunta en `referrals:` de .clientfit.yaml a los profesionales de confianza que puedas recomendar, con sus sectores en `fits:`.',
  step3Notice: 'Sin recomendaciones',
  step3NoticeHow: 'No ofrezcas ninguna alternativa: tras un maltrato o unas amenazas no debes ninguna presentación, y pasarle este cliente a un colega podría ponerlo en riesgo.',
  closingHeading: 'Para cerrar: deja la puerta abierta',
  closingSay: {
    i: (since, client, praised) =>
      `Gracias por la confianza que me habéis dado${since ? ` desde ${since}` : ''}; he aprendido mucho trabajando con vosotros.${praised ? ' Y gracias también por decirme cuándo algo salía bien: ha significado mucho para mí.' : ''} ${dot(`Si las cosas cambian, por vuestra parte o por la mía, aquí me tenéis, y me alegrará saber cómo le va a ${client}`)}`,
    we: (since, client, praised) =>
      `Gracias por la confianza que nos habéis dado${since ? ` desde ${since}` : ''}; hemos aprendido mucho trabajando con vosotros.${praised ? ' Y gracias también por decirnos cuándo algo salía bien: para el equipo ha significado mucho.' : ''} ${dot(`Si las cosas cambian, por vuestra parte o por la nuestra, aquí nos tenéis, y me alegrará saber cómo le va a ${client}`)}`,
  },
  praiseHint: (date, note) => (note ? `Si quieres mencionar un buen momento, el último elogio que anotaste: ${date}, «${note}».` : `Si quieres mencionar un buen momento, el último elogio que anotaste fue el ${date}.`),
  adviceLead: 'Después, ofrece un último consejo útil, algo que les sirva cuando ya no estés:',
  adviceSay: {
    i: 'Antes de terminar, un consejo que creo que os ayudará con quien se haga cargo a partir de ahora.',
    we: 'Antes de terminar, un consejo que creemos que os ayudará con quien se haga cargo a partir de ahora.',
  },
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
  closingNoticeHeading: 'Después: sin palabras de cierre',
  closingNotice: 'No añadas palabras de cierre ni consejos. Si contestan, responde solo sobre el contrato (fechas, traspaso, facturas), por escrito, y guarda todos los mensajes.',
};
