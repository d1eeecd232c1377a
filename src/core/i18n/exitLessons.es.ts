import type { exitLessonsEn } from './exitLessons.en.js';

/** El borrador de salida en español: lecciones para la próxima vez, solo para el usuario. */
export const exitLessonsEs: typeof exitLessonsEn = {
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
